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

/**
 * What a warning is about, so that a warning whose numbers or notes change (Spring 13 over
 * becoming 14 over; a person over their limit with other notes) counts as the same warning,
 * neither broken nor cleared by a move.
 */
export function warningSubject(w: Warning): string {
  if (w.ruleId === 'term-overload') return `${w.ruleId}|${w.termIds.join()}`;
  if (w.personId) return `${w.ruleId}|${w.personId}|${w.termIds.join()}`;
  if (w.projectId) return `${w.ruleId}|${w.projectId}`;
  return w.actionIds.length ? `${w.ruleId}|${w.actionIds.join()}` : `${w.ruleId}|${w.message}`;
}

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
    ? checkPlan(moved, ruleContext(moved, calendar), {
        warnings: warningsBefore,
        rules: (rule) => !rule.readsMonths,
      })
    : [...warningsBefore];
  return { ...ruleChanges(warningsBefore, warningsAfter), warningsAfter };
}

/** The rules a change breaks and clears, each once, judged by what each warning is about. */
export function ruleChanges(
  warningsBefore: readonly Warning[],
  warningsAfter: readonly Warning[],
): Pick<DropPreview, 'breaks' | 'clears'> {
  const before = new Set(warningsBefore.map(warningSubject));
  const after = new Set(warningsAfter.map(warningSubject));
  const rules = (ws: readonly Warning[], other: Set<string>) => [
    ...new Set(
      ws.filter((w) => w.severity !== 'info' && !other.has(warningSubject(w))).map((w) => w.ruleId),
    ),
  ];
  return { breaks: rules(warningsAfter, before), clears: rules(warningsBefore, after) };
}
