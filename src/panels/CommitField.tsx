import { useId, useState, type KeyboardEvent } from 'react';

type FieldElement = HTMLInputElement | HTMLTextAreaElement;

interface CommitFieldProps {
  label: string;
  value: string;
  type?: 'number' | 'date' | 'month' | 'text' | 'multiline';
  hint?: string;
  /** A message saying why the value cannot be used, or null. */
  validate?: (raw: string) => string | null;
  onCommit: (raw: string) => void;
}

/**
 * A field that changes the plan when the person is done typing (Enter or leaving the
 * field), so one edit is one undo step; an impossible value is refused with a message beside it.
 */
export function CommitField({
  label,
  value,
  type = 'text',
  hint,
  validate,
  onCommit,
}: CommitFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const shown = draft ?? value;

  const commit = () => {
    if (draft === null || draft === value) {
      setDraft(null);
      setProblem(null);
      return;
    }
    const reason = validate?.(draft) ?? null;
    setProblem(reason);
    if (reason) return;
    onCommit(draft);
    setDraft(null);
  };

  const onKeyDown = (event: KeyboardEvent<FieldElement>) => {
    // Enter makes a new line in a long text; leaving the field commits it.
    if (event.key === 'Enter' && type !== 'multiline') commit();
    if (event.key === 'Escape' && draft !== null) {
      event.preventDefault();
      setDraft(null);
      setProblem(null);
    }
  };

  const describedBy =
    [problem && `${id}-problem`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined;
  const handlers = {
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': describedBy,
    onChange: (e: { target: FieldElement }) => setDraft(e.target.value),
    onBlur: commit,
    onKeyDown,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {type === 'multiline' ? (
        <textarea id={id} rows={3} value={shown} {...handlers} />
      ) : (
        <input id={id} type={type} value={shown} {...handlers} />
      )}
      {hint && (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      )}
      {problem && (
        <span id={`${id}-problem`} role="alert" className="field-problem">
          {problem}
        </span>
      )}
    </div>
  );
}

export const toNumber = (raw: string) => (raw.trim() === '' ? NaN : Number(raw));
