import { createPerson } from '../create-plan';
import { newId, type PersonId } from '../ids';
import type { Person } from '../plan';
import type { OwnerName } from './owners';

/**
 * The plan's directory of people, filled as owner cells are read: one person per distinct
 * initials (any case), so `SENCo` on one row and `SENCO` on another are the same person. Two
 * different full names that give the same initials (`Sam Reid`, `Siân Roberts`) stay two people,
 * the second with a number added (`SR2`).
 */
export function peopleDirectory(people: Record<PersonId, Person> = {}) {
  const byInitials = new Map<string, Person>();
  // People already in the plan (an import added to it) are found by their initials too.
  for (const person of Object.values(people))
    byInitials.set(person.initials.toLocaleUpperCase(), person);

  function hasOwnName(owner: OwnerName): boolean {
    return owner.name !== owner.initials;
  }

  function personFor(owner: OwnerName): Person {
    for (let n = 1; ; n++) {
      const initials = n === 1 ? owner.initials : `${owner.initials}${n}`;
      const known = byInitials.get(initials.toLocaleUpperCase());
      if (!known) {
        const person = createPerson({ ...owner, id: newId<'PersonId'>('per'), initials });
        people[person.id] = person;
        byInitials.set(initials.toLocaleUpperCase(), person);
        return person;
      }
      const isSomeoneElse = hasOwnName(owner) && hasOwnName(known) && known.name !== owner.name;
      if (!isSomeoneElse) {
        // A later cell may name someone an earlier one gave only as initials.
        if (!hasOwnName(known) && hasOwnName(owner)) Object.assign(known, { ...owner, initials });
        return known;
      }
    }
  }

  return {
    people,
    idsOf(owners: readonly OwnerName[]): PersonId[] {
      return [...new Set(owners.map((owner) => personFor(owner).id))];
    },
  };
}
