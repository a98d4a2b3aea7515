import type { TermId } from './ids';
import type { Plan } from './plan';
import { termCapacity, type PlanCalendar } from './plan-calendar';

export interface TermLoad {
  load: number;
  capacity: number;
}

/** The load of each term: the weights of the actions placed in its months. */
export function termLoads(plan: Plan, calendar: PlanCalendar): Map<TermId, TermLoad> {
  const loads = new Map<TermId, TermLoad>(
    calendar.terms.map((t) => [t.id, { load: 0, capacity: termCapacity(plan, t.id) }]),
  );
  for (const action of Object.values(plan.actions)) {
    if (!action.month) continue;
    const term = calendar.termOf.get(action.month);
    const entry = term && loads.get(term.id);
    if (entry) entry.load += action.weight;
  }
  return loads;
}
