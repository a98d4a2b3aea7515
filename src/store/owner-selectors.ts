import type { PersonId, TermId } from '../domain/ids';
import { actionsByOwnerAndTerm } from '../domain/owner-terms';
import type { Plan } from '../domain/plan';
import { placedActions } from '../domain/rules/rule-helpers';
import { selectCalendar } from './selectors';

const cache = new WeakMap<Plan, Map<PersonId, Map<TermId, number>>>();

/** How many actions each person holds in each term, for the lanes by owner; once per plan. */
export function selectOwnerTermCounts(plan: Plan): Map<PersonId, Map<TermId, number>> {
  let counts = cache.get(plan);
  if (!counts) {
    const calendar = selectCalendar(plan);
    const held = actionsByOwnerAndTerm(
      plan,
      placedActions(plan),
      (m) => calendar.termOf.get(m) ?? null,
    );
    counts = new Map(
      [...held].map(([person, terms]) => [
        person,
        new Map([...terms].map(([term, ids]) => [term, ids.length])),
      ]),
    );
    cache.set(plan, counts);
  }
  return counts;
}
