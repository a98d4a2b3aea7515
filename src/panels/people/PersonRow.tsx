import { initialsProblem, personNameProblem } from '../../domain/editing/person-edits';
import type { PersonId } from '../../domain/ids';
import type { Plan } from '../../domain/plan';
import { usePlanStoreApi } from '../../store/store-context';
import { CommitField } from '../CommitField';
import { RemovePerson } from './RemovePerson';

/** One person or group of the directory, edited in place; each change is one undo step. */
export function PersonRow({ plan, id }: { plan: Plan; id: PersonId }) {
  const store = usePlanStoreApi();
  const person = plan.people[id];
  if (!person) return null;
  const update = store.getState().updatePerson;
  const owned = Object.values(plan.actions).filter((a) => a.ownerIds.includes(id)).length;
  const persons = Object.values(plan.people).filter((p) => !p.isGroup && p.id !== id);

  return (
    <li className="person-row" aria-label={`${person.name} (${person.initials})`}>
      <CommitField
        label="Name"
        value={person.name}
        validate={(raw) => personNameProblem(raw)?.reason ?? null}
        onCommit={(raw) => update(id, { name: raw })}
      />
      <CommitField
        label="Initials"
        value={person.initials}
        validate={(raw) => initialsProblem(plan, raw, id)?.reason ?? null}
        onCommit={(raw) => update(id, { initials: raw })}
      />
      <CommitField label="Role" value={person.role} onCommit={(raw) => update(id, { role: raw })} />
      <label className="check">
        <input
          type="checkbox"
          checked={person.isGroup}
          onChange={(e) => update(id, { isGroup: e.target.checked })}
        />
        Group
      </label>
      <span className="person-owned">
        {owned} {owned === 1 ? 'action' : 'actions'}
      </span>
      <RemovePerson plan={plan} id={id} />
      {person.isGroup && persons.length > 0 && (
        <fieldset className="group-members">
          <legend>Members of {person.name}</legend>
          {persons.map((p) => (
            <label key={p.id} className="check">
              <input
                type="checkbox"
                checked={person.memberIds.includes(p.id)}
                onChange={(e) =>
                  update(id, {
                    memberIds: e.target.checked
                      ? [...person.memberIds, p.id]
                      : person.memberIds.filter((m) => m !== p.id),
                  })
                }
              />
              {p.initials} · {p.name}
            </label>
          ))}
        </fieldset>
      )}
    </li>
  );
}
