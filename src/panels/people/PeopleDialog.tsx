import { useState, type FormEvent } from 'react';
import { usePlanStore, usePlanStoreApi } from '../../store/store-context';
import { CommitField, toNumber } from '../CommitField';
import { useModal } from '../use-modal';
import { PersonRow } from './PersonRow';

/** The people and groups who own actions; initials are unique within the plan. */
export function PeopleDialog({ onClose }: { onClose: () => void }) {
  const store = usePlanStoreApi();
  const plan = usePlanStore((s) => s.plan);
  const isReadOnly = usePlanStore((s) => s.access === 'read-only');
  const dialog = useModal();
  const [problem, setProblem] = useState('');
  const people = Object.values(plan.people).sort(
    (a, b) => Number(a.isGroup) - Number(b.isGroup) || a.name.localeCompare(b.name),
  );

  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const result = store.getState().addPerson({
      name: String(data.get('name') ?? ''),
      initials: String(data.get('initials') ?? '').trim() || undefined,
      role: String(data.get('role') ?? '').trim(),
      isGroup: data.get('group') === 'on',
    });
    if ('reason' in result) return setProblem(`Not added: ${result.reason}.`);
    setProblem('');
    form.reset();
    (form.elements.namedItem('name') as HTMLInputElement).focus();
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby="people-title"
      className="dialog people-dialog"
      onClose={onClose}
    >
      <div className="settings-header">
        <h2 id="people-title">People</h2>
        <button className="primary" onClick={onClose}>
          Done
        </button>
      </div>
      <fieldset disabled={isReadOnly} className="plain-fieldset">
        {people.length === 0 && <p>No one yet: add the people who will own actions.</p>}
        <ul className="people-list">
          {people.map((p) => (
            <PersonRow key={p.id} plan={plan} id={p.id} />
          ))}
        </ul>
        <form className="add-person" onSubmit={add} noValidate>
          <h3>Add a person or group</h3>
          <label>
            Person's name
            <input name="name" data-autofocus />
          </label>
          <label>
            Initials (optional)
            <input name="initials" maxLength={6} size={6} />
          </label>
          <label>
            Role
            <input name="role" placeholder="English lead" />
          </label>
          <label className="check">
            <input type="checkbox" name="group" /> A group (a team, the governors)
          </label>
          <button type="submit">Add person</button>
          {problem && (
            <p role="alert" className="field-problem">
              {problem}
            </p>
          )}
        </form>
        <CommitField
          label="Most actions one person holds in a term"
          type="number"
          value={String(plan.settings.maxActionsPerOwner)}
          hint="More than this and the load-per-person warning shows."
          validate={(raw) =>
            Number.isInteger(toNumber(raw)) && toNumber(raw) >= 1
              ? null
              : 'A whole number, at least 1.'
          }
          onCommit={(raw) => store.getState().setMaxActionsPerOwner(toNumber(raw))}
        />
      </fieldset>
    </dialog>
  );
}
