import type { PersonId } from '../../domain/ids';
import type { Person } from '../../domain/plan';

/** The value of the owner select that keeps an imported action's several owners as they are. */
export const KEEP_OWNERS = 'keep';

interface OwnerFieldProps {
  people: Person[];
  current: PersonId[];
  value: string;
  onChange(value: string): void;
}

/** One accountable owner, picked from the directory; says so plainly when there are none or several. */
export function OwnerField({ people, current, value, onChange }: OwnerFieldProps) {
  const names = current.map((id) => people.find((p) => p.id === id)?.initials ?? '?');
  const chosen = people.find((p) => p.id === value);
  let prompt = '';
  if (value === '') prompt = 'No one is accountable yet: choose one person.';
  else if (value === KEEP_OWNERS)
    prompt = `${current.length} owners (${names.join(', ')}): choose the one person accountable.`;
  else if (chosen?.isGroup) prompt = `${chosen.name} is a group: name one person in it if you can.`;
  return (
    <label>
      Owner
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">— No owner —</option>
        {current.length > 1 && (
          <option value={KEEP_OWNERS}>
            Keep all {current.length} ({names.join(', ')})
          </option>
        )}
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.initials} · {p.name}
            {p.isGroup ? ' (group)' : p.role ? ` (${p.role})` : ''}
          </option>
        ))}
      </select>
      {prompt && <span className="field-hint">{prompt}</span>}
    </label>
  );
}
