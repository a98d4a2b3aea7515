import type { Term } from './calendar';
import type { ActionId, PersonId, TermId } from './ids';
import type { MonthKey } from './month';
import type { Action, Plan } from './plan';

/** The placed actions each person (not group) owns, term by term. */
export function actionsByOwnerAndTerm(
  plan: Plan,
  placed: readonly (Action & { month: MonthKey })[],
  termOf: (month: MonthKey) => Term | null,
): Map<PersonId, Map<TermId, ActionId[]>> {
  const held = new Map<PersonId, Map<TermId, ActionId[]>>();
  for (const action of placed) {
    const term = termOf(action.month);
    if (!term) continue;
    for (const personId of action.ownerIds) {
      const person = plan.people[personId];
      if (!person || person.isGroup) continue;
      let terms = held.get(personId);
      if (!terms) held.set(personId, (terms = new Map()));
      const ids = terms.get(term.id);
      if (ids) ids.push(action.id);
      else terms.set(term.id, [action.id]);
    }
  }
  return held;
}
