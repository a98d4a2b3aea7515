import type { ActionId, TermId } from './ids';
import type { MonthKey } from './month';
import { weightOf, type Plan } from './plan';
import { termCapacity, type PlanCalendar } from './plan-calendar';

export interface TermLoad {
  /** This plan's actions in the term, by weight. */
  own: number;
  /** What the school's other plans put in the term. */
  other: number;
  load: number;
  capacity: number;
}

/** The load of each term: its actions' weights plus what the school's other plans put there. */
export function termLoads(plan: Plan, calendar: PlanCalendar): Map<TermId, TermLoad> {
  const loads = new Map<TermId, TermLoad>(
    calendar.terms.map((t) => {
      const other = plan.settings.otherPlans.reduce((sum, o) => sum + (o.loadByTerm[t.id] ?? 0), 0);
      return [t.id, { own: 0, other, load: other, capacity: termCapacity(plan, t.id) }];
    }),
  );
  for (const action of Object.values(plan.actions)) {
    if (!action.month) continue;
    const term = calendar.termOf.get(action.month);
    const entry = term && loads.get(term.id);
    if (!entry) continue;
    const weight = weightOf(plan, action);
    entry.own += weight;
    entry.load += weight;
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
  const weight = weightOf(plan, action);
  const fromLoad = from && after.get(from.id);
  if (fromLoad) {
    fromLoad.own -= weight;
    fromLoad.load -= weight;
  }
  const toLoad = to && after.get(to.id);
  if (toLoad) {
    toLoad.own += weight;
    toLoad.load += weight;
  }
  return after;
}
