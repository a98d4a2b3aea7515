import {
  addPerson,
  initialsProblem,
  personNameProblem,
  removePerson,
  updatePerson,
  type NewPerson,
} from '../../domain/editing/person-edits';
import { newId, type PersonId } from '../../domain/ids';
import type { Person, Plan } from '../../domain/plan';
import type { Problem } from '../../domain/result';
import { READ_ONLY, type Commit } from './commit';

export interface PeopleCommands {
  /** Refuses an empty name and initials someone else has. */
  addPerson(input: NewPerson): { id: PersonId } | Problem;
  updatePerson(id: PersonId, changes: Partial<Omit<Person, 'id'>>): Problem | null;
  /** Their actions pass to `handTo`, or lose this owner when it is null. */
  removePerson(id: PersonId, handTo: PersonId | null): void;
}

export function peopleCommands(commit: Commit, current: () => Plan): PeopleCommands {
  return {
    addPerson: (input) => {
      const problem =
        personNameProblem(input.name) ??
        (input.initials ? initialsProblem(current(), input.initials) : null);
      if (problem) return problem;
      const id = newId<'PersonId'>('per');
      const added = commit('addPerson', (plan) => {
        addPerson(plan as Plan, input, id);
      });
      return added ? { id } : READ_ONLY;
    },
    updatePerson: (id, changes) => {
      const problem =
        (changes.name === undefined ? null : personNameProblem(changes.name)) ??
        (changes.initials === undefined ? null : initialsProblem(current(), changes.initials, id));
      if (problem) return problem;
      commit('updatePerson', (plan) => updatePerson(plan as Plan, id, changes));
      return null;
    },
    removePerson: (id, handTo) =>
      commit('removePerson', (plan) => removePerson(plan as Plan, id, handTo)),
  };
}
