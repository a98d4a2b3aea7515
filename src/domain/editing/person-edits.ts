import { createPerson } from '../create-plan';
import { newId, type PersonId } from '../ids';
import { initialsOf } from '../initials';
import type { Person, Plan } from '../plan';
import type { Problem } from '../result';
import { setChanged } from './changed-fields';
import { MAX_NAME, nameProblem } from './text-limits';

/** Initials are short enough to sit on a note beside the project's code. */
const MAX_INITIALS = 6;

/** Why a person cannot have these initials, or null; `except` is the person being edited. */
export function initialsProblem(plan: Plan, initials: string, except?: PersonId): Problem | null {
  const wanted = initials.trim();
  if (!wanted) return { where: 'initials', reason: 'initials are needed: notes show them' };
  if (wanted.length > MAX_INITIALS) {
    return { where: 'initials', reason: `initials are at most ${MAX_INITIALS} letters` };
  }
  const other = Object.values(plan.people).find(
    (p) => p.id !== except && p.initials.toLocaleUpperCase() === wanted.toLocaleUpperCase(),
  );
  return other
    ? { where: 'initials', reason: `${wanted} are already ${other.name}'s initials` }
    : null;
}

export function personNameProblem(name: string): Problem | null {
  return nameProblem(name, 'name', {
    blank: 'a person or group needs a name',
    long: `a name is at most ${MAX_NAME} characters`,
  });
}

/** Initials from a name that no one in the plan has yet (`HO`, then `HO2`; `ABCDEF`, then `ABCDE2`). */
export function freeInitials(plan: Plan, name: string): string {
  const base = initialsOf(name) || 'P';
  let candidate = base;
  for (let n = 2; initialsProblem(plan, candidate); n++) {
    // The number takes the place of the last letters, so the initials stay short enough.
    const suffix = String(n);
    candidate = `${base.slice(0, MAX_INITIALS - suffix.length)}${suffix}`;
  }
  return candidate;
}

/** Each member once, and only people of the plan other than the group itself. */
function membersOf(plan: Plan, id: PersonId, memberIds: readonly PersonId[]): PersonId[] {
  return [...new Set(memberIds)].filter((m) => m !== id && Object.hasOwn(plan.people, m));
}

export type NewPerson = Partial<Omit<Person, 'id'>> & { name: string };

export function addPerson(plan: Plan, input: NewPerson, id = newId<'PersonId'>('per')): PersonId {
  const initials =
    input.initials && !initialsProblem(plan, input.initials)
      ? input.initials.trim()
      : freeInitials(plan, input.name);
  plan.people[id] = createPerson({
    ...input,
    id,
    name: input.name.trim() || initials,
    initials,
    memberIds: input.isGroup ? membersOf(plan, id, input.memberIds ?? []) : [],
  });
  return id;
}

/**
 * Changes a person's fields, keeping name and initials when the new ones are not allowed. A field
 * given its current value is not touched, so an unchanged editor is no undo step.
 */
export function updatePerson(plan: Plan, id: PersonId, changes: Partial<Omit<Person, 'id'>>): void {
  const person = plan.people[id];
  if (!person) return;
  const { name, initials, memberIds, ...rest } = changes;
  const allowed: Partial<Person> = {
    ...rest,
    name: name !== undefined && !personNameProblem(name) ? name.trim() : undefined,
    initials:
      initials !== undefined && !initialsProblem(plan, initials, id) ? initials.trim() : undefined,
  };
  setChanged(person, allowed);
  const members = person.isGroup ? membersOf(plan, id, memberIds ?? person.memberIds) : [];
  setChanged(person, { memberIds: members });
}

/** The actions someone owns, so deleting them can ask what happens to those actions. */
export function actionsOwnedBy(plan: Plan, id: PersonId) {
  return Object.values(plan.actions).filter((a) => a.ownerIds.includes(id));
}

/**
 * Removes a person or group: their actions pass to `handTo` (or are left without this owner),
 * projects they led lose their lead, groups lose them as a member.
 */
export function removePerson(plan: Plan, id: PersonId, handTo: PersonId | null): void {
  if (!plan.people[id] || handTo === id) return;
  // An heir not in the plan is a mistake, not a wish to leave the actions without an owner.
  if (handTo !== null && !plan.people[handTo]) return;
  const heir = handTo;
  for (const action of actionsOwnedBy(plan, id)) {
    const others = action.ownerIds.filter((o) => o !== id);
    action.ownerIds = heir && !others.includes(heir) ? [...others, heir] : others;
  }
  for (const project of Object.values(plan.projects)) {
    if (project.leadId === id) project.leadId = heir;
  }
  for (const person of Object.values(plan.people)) {
    if (person.memberIds.includes(id)) person.memberIds = person.memberIds.filter((m) => m !== id);
  }
  delete plan.people[id];
}
