import type { PlanCalendar } from '../plan-calendar';
import { termLoads } from '../load';
import type { ActionId } from '../ids';
import type { Plan, RuleId } from '../plan';
import { isInBuffer, placedActions } from './rule-helpers';
import { dependencyOrder } from './dependency-order';
import { focus } from './focus';
import { holidayMonth } from './holiday-month';
import { planLength } from './plan-length';
import { reviewBuffer } from './review-buffer';
import type { Rule, RuleContext, Severity, Warning } from './rule';
import { ownerLoad } from './owner-load';
import { singleOwner } from './single-owner';
import { strategicEarly } from './strategic-early';
import { termOverload } from './term-overload';
import { trainingFirst } from './training-first';
import { unscheduled } from './unscheduled';

/** Every rule, in the order PRODUCT.md lists them. */
export const RULES: readonly Rule[] = [
  termOverload,
  reviewBuffer,
  dependencyOrder,
  strategicEarly,
  trainingFirst,
  singleOwner,
  ownerLoad,
  planLength,
  holidayMonth,
  focus,
  unscheduled,
];

export const RULE_NAMES: Record<RuleId, string> = {
  'term-overload': 'Overloaded terms',
  'review-buffer': 'Buffer before the review',
  'dependency-order': 'Order between actions',
  'strategic-early': 'Strategic projects start early',
  'training-first': 'Training before the work it informs',
  'single-owner': 'One accountable owner',
  'owner-load': 'Load per person',
  'plan-length': 'Plan length',
  'holiday-month': 'Holiday months',
  focus: 'Focus',
  unscheduled: 'Unscheduled actions',
};

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function ruleContext(
  plan: Plan,
  calendar: PlanCalendar,
  loads: RuleContext['loads'] = termLoads(plan, calendar),
): RuleContext {
  const dependents = new Map<ActionId, ActionId[]>();
  for (const action of Object.values(plan.actions)) {
    for (const before of action.dependsOn) {
      const list = dependents.get(before);
      if (list) list.push(action.id);
      else dependents.set(before, [action.id]);
    }
  }
  const buffer = new Set(calendar.months.filter((m) => isInBuffer(plan, m)));
  const none: readonly ActionId[] = [];
  return {
    calendar,
    loads,
    termOf: (month) => calendar.termOf.get(month) ?? null,
    placed: placedActions(plan),
    dependentsOf: (id) => dependents.get(id) ?? none,
    // Months outside the plan can still be before the review: ask the date arithmetic for those.
    isInBuffer: (month) =>
      buffer.has(month) || (!calendar.termOf.has(month) && isInBuffer(plan, month)),
  };
}

/**
 * Every warning the plan's enabled rules give, most severe first, in rule order within.
 * `reuse` supplies earlier warnings for rules that need not run again.
 */
export function checkPlan(
  plan: Plan,
  context: RuleContext,
  reuse?: { warnings: readonly Warning[]; rules: (rule: Rule) => boolean },
): Warning[] {
  const disabled = new Set(plan.settings.disabledRules);
  return RULES.filter((r) => !disabled.has(r.id))
    .flatMap((r) =>
      reuse?.rules(r) ? reuse.warnings.filter((w) => w.ruleId === r.id) : r.check(plan, context),
    )
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
