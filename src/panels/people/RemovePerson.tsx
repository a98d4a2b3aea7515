import { useState } from 'react';
import { actionsOwnedBy } from '../../domain/editing/person-edits';
import type { PersonId } from '../../domain/ids';
import type { Plan } from '../../domain/plan';
import { usePlanStoreApi } from '../../store/store-context';

const NOBODY = '';

/** Removing someone who owns actions asks who takes those actions over. */
export function RemovePerson({ plan, id }: { plan: Plan; id: PersonId }) {
  const store = usePlanStoreApi();
  const person = plan.people[id];
  const owned = actionsOwnedBy(plan, id).length;
  const [asking, setAsking] = useState(false);
  const [heir, setHeir] = useState(NOBODY);
  if (!person) return null;
  const remove = () => store.getState().removePerson(id, (heir || null) as PersonId | null);

  if (!asking) {
    return (
      <button
        type="button"
        className="link-button danger"
        onClick={() => (owned === 0 ? remove() : setAsking(true))}
      >
        Remove {person.name}
      </button>
    );
  }
  return (
    <span className="remove-person" role="group" aria-label={`Remove ${person.name}`}>
      <label>
        {person.name} owns {owned} {owned === 1 ? 'action' : 'actions'}: hand{' '}
        {owned === 1 ? 'it' : 'them'} to
        <select value={heir} onChange={(e) => setHeir(e.target.value)}>
          <option value={NOBODY}>nobody (no owner)</option>
          {Object.values(plan.people)
            .filter((p) => p.id !== id)
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.initials} · {p.name}
              </option>
            ))}
        </select>
      </label>
      <button type="button" className="danger" onClick={remove}>
        Remove
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Keep {person.name}
      </button>
    </span>
  );
}
