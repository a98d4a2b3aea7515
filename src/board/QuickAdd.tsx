import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ProjectId } from '../domain/ids';
import type { MonthKey } from '../domain/month';
import { usePlanStore, usePlanStoreApi } from '../store/store-context';
import { focusNextFrame } from './note-focus';
import { useQuickAddMemory } from './quick-add-memory';

interface QuickAddProps {
  month: MonthKey | null;
  /** `October 2026`, or `Unscheduled`: what the button and the field are named after. */
  place: string;
}

/**
 * The `Add` button of a month or the tray: it opens a field, Enter adds a note there and leaves
 * the field open for the next one, so a team can type as fast as ideas are called out.
 */
export function QuickAdd({ month, place }: QuickAddProps) {
  const store = usePlanStoreApi();
  const isReadOnly = usePlanStore((s) => s.access === 'read-only');
  const projects = usePlanStore((s) => s.plan.projectOrder);
  const names = usePlanStore((s) => s.plan.projects);
  const memory = useQuickAddMemory();
  // While the board is focused on a project, a new note belongs to it, or it would vanish at once.
  const focused = usePlanStore((s) => s.view.focusProjectId);
  const [isOpen, setOpen] = useState(false);
  const [problem, setProblem] = useState('');
  const [projectId, setProjectId] = useState<ProjectId | ''>('');
  const button = useRef<HTMLButtonElement>(null);
  const ids = useId();
  const chosen = focused ?? (projectId || memory.project()) ?? '';
  const project = projects.includes(chosen as ProjectId) ? chosen : (projects[0] ?? '');

  const close = () => {
    setOpen(false);
    setProblem('');
    focusNextFrame(() => button.current);
  };

  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const field = form.elements.namedItem('title') as HTMLInputElement;
    const result = store.getState().addAction({
      title: field.value,
      month,
      projectId: (project || null) as ProjectId | null,
    });
    if ('where' in result) {
      // A blank title is the usual slip; a read-only tab or an over-long title says its own reason.
      setProblem(
        field.value.trim()
          ? `Not added: ${result.reason}.`
          : `Type a title first: ${result.reason}.`,
      );
      return;
    }
    setProblem('');
    field.value = '';
    field.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };

  if (isReadOnly) return null;
  if (!isOpen) {
    return (
      <button
        ref={button}
        type="button"
        className="quick-add-button"
        aria-label={`Add an action to ${place}`}
        onClick={() => setOpen(true)}
      >
        + Add
      </button>
    );
  }
  return (
    <form className="quick-add" onSubmit={add} onKeyDown={onKeyDown} noValidate>
      <input
        name="title"
        aria-label={`New action in ${place}`}
        aria-describedby={problem ? `${ids}-problem` : undefined}
        aria-invalid={problem ? true : undefined}
        placeholder="Title, then Enter"
        autoComplete="off"
        autoFocus
        maxLength={500}
      />
      {projects.length > 1 && (
        <select
          aria-label={`Project of new actions in ${place}`}
          value={project}
          onChange={(e) => {
            setProjectId(e.target.value as ProjectId);
            memory.remember(e.target.value as ProjectId);
          }}
        >
          {projects.map((id) => (
            <option key={id} value={id}>
              {names[id]?.code} · {names[id]?.name}
            </option>
          ))}
        </select>
      )}
      {problem && (
        <p id={`${ids}-problem`} role="alert" className="field-problem">
          {problem}
        </p>
      )}
    </form>
  );
}
