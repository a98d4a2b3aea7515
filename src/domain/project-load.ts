import type { ProjectId, TermId } from './ids';
import { weightOf, type Plan } from './plan';
import type { PlanCalendar } from './plan-calendar';

/** One project's share of each term's load: the weights of its actions placed in the term. */
export function projectTermLoads(
  plan: Plan,
  calendar: PlanCalendar,
  projectId: ProjectId,
): Map<TermId, number> {
  const loads = new Map<TermId, number>(calendar.terms.map((t) => [t.id, 0]));
  for (const action of Object.values(plan.actions)) {
    if (action.projectId !== projectId || !action.month) continue;
    const term = calendar.termOf.get(action.month);
    if (term) loads.set(term.id, (loads.get(term.id) ?? 0) + weightOf(plan, action));
  }
  return loads;
}
