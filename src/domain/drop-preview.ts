import type { ActionId } from './ids';
import type { MonthKey } from './month';
import type { Plan, RuleId } from './plan';
import type { PlanCalendar } from './plan-calendar';
import { checkPlan, ruleContext } from './rules/index';
import type { Warning } from './rules/rule';

export interface DropPreview {
  /** Rules the drop would newly break, and rules it would clear, each listed once. */
  breaks: RuleId[];
  clears: RuleId[];
  warningsAfter: Warning[];
}

const key = (w: Warning) => `${w.ruleId}|${w.message}`;

/** What dropping a note in `month` would do to the warnings, before it is let go. */
export function dropPreview(
  plan: Plan,
  calendar: PlanCalendar,
  warningsBefore: readonly Warning[],
  actionId: ActionId,
  month: MonthKey | null,
): DropPreview {
  const action = plan.actions[actionId];
  const isMove = action !== undefined && action.month !== month;
  const moved: Plan = isMove
    ? { ...plan, actions: { ...plan.actions, [actionId]: { ...action, month } } }
    : plan;
  const warningsAfter = isMove
    ? checkPlan(moved, ruleContext(moved, calendar))
    : [...warningsBefore];
  const before = new Set(warningsBefore.map(key));
  const after = new Set(warningsAfter.map(key));
  const rules = (ws: readonly Warning[], other: Set<string>) => [
    ...new Set(ws.filter((w) => w.severity !== 'info' && !other.has(key(w))).map((w) => w.ruleId)),
  ];
  return {
    breaks: rules(warningsAfter, before),
    clears: rules(warningsBefore, after),
    warningsAfter,
  };
}
