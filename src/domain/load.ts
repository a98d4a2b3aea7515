import type { ActionId, TermId } from './ids';
import type { MonthKey } from './month';
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

/** The term loads as they would be if one note moved to `month` (`null` = the tray). */
export function termLoadsAfterMove(
  plan: Plan,
  calendar: PlanCalendar,
  loads: ReadonlyMap<TermId, TermLoad>,
  actionId: ActionId,
  month: MonthKey | null,
): Map<TermId, TermLoad> {
  const after = new Map([...loads].map(([id, l]) => [id, { ...l }]));
  const action = plan.actions[actionId];
  if (!action) return after;
  const from = action.month ? calendar.termOf.get(action.month) : null;
  const to = month ? calendar.termOf.get(month) : null;
  if (from?.id === to?.id) return after;
  const fromLoad = from && after.get(from.id);
  if (fromLoad) fromLoad.load -= action.weight;
  const toLoad = to && after.get(to.id);
  if (toLoad) toLoad.load += action.weight;
  return after;
}
