import type { TermDraft } from '../../domain/custom-terms';

interface CustomTermsFieldProps {
  terms: TermDraft[];
  onChange(terms: TermDraft[]): void;
}

const BLANK: TermDraft = { name: '', start: '', end: '' };

/** The school's own terms, one row each: name, first day, last day. */
export function CustomTermsField({ terms, onChange }: CustomTermsFieldProps) {
  const change = (index: number, field: keyof TermDraft, value: string) =>
    onChange(terms.map((t, i) => (i === index ? { ...t, [field]: value } : t)));
  return (
    <fieldset className="custom-terms">
      <legend>Your terms</legend>
      {terms.map((term, i) => (
        <div key={i} className="custom-term" role="group" aria-label={`Term ${i + 1}`}>
          <label>
            Term name
            <input value={term.name} onChange={(e) => change(i, 'name', e.target.value)} />
          </label>
          <label>
            First day
            <input
              type="date"
              value={term.start}
              onChange={(e) => change(i, 'start', e.target.value)}
            />
          </label>
          <label>
            Last day
            <input
              type="date"
              value={term.end}
              onChange={(e) => change(i, 'end', e.target.value)}
            />
          </label>
          <button
            type="button"
            className="link-button"
            onClick={() => onChange(terms.filter((_, j) => j !== i))}
          >
            Remove term {i + 1}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...terms, BLANK])}>
        Add a term
      </button>
    </fieldset>
  );
}
