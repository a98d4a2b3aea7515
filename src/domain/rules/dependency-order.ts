import { dependencyCycles } from '../dependency-cycles';
import type { ActionId } from '../ids';
import { addMonthsToKey, monthLabel } from '../month';
import type { Action } from '../plan';
import type { Rule, Warning } from './rule';
import { listOf, moveFix, quoted } from './rule-helpers';

/** PRODUCT.md: A depends on B means A may only be placed after B. */
export const dependencyOrder: Rule = {
  id: 'dependency-order',
  readsMonths: true,
  check(plan, context) {
    const warnings: Warning[] = [];
    const inCycle = new Set<ActionId>();
    for (const cycle of dependencyCycles(plan)) {
      cycle.forEach((id) => inCycle.add(id));
      const titles = cycle.map((id) => quoted(plan.actions[id] as Action));
      warnings.push({
        ruleId: 'dependency-order',
        severity: 'error',
        message:
          cycle.length === 1
            ? `${titles[0]} depends on itself, so it can never be placed.`
            : `${listOf(titles)} depend on each other in a circle, so none of them can go first.`,
        actionIds: cycle,
        termIds: [],
      });
    }
    const termIds = (...actions: Action[]) => [
      ...new Set(actions.flatMap((a) => (a.month ? (context.termOf(a.month)?.id ?? []) : []))),
    ];
    for (const action of Object.values(plan.actions)) {
      if (!action.month || inCycle.has(action.id)) continue;
      for (const beforeId of action.dependsOn) {
        const before = plan.actions[beforeId];
        if (!before || inCycle.has(beforeId)) continue;
        if (!before.month) {
          warnings.push({
            ruleId: 'dependency-order',
            severity: 'error',
            message: `${quoted(action)} depends on ${quoted(before)}, which is not scheduled yet.`,
            actionIds: [action.id, before.id],
            termIds: termIds(action),
          });
          continue;
        }
        if (action.month > before.month) continue;
        const where =
          action.month === before.month
            ? `is in the same month as ${quoted(before)} (${monthLabel(action.month)})`
            : `is in ${monthLabel(action.month)}, before ${quoted(before)} in ${monthLabel(before.month)}`;
        const next = addMonthsToKey(before.month, 1);
        warnings.push({
          ruleId: 'dependency-order',
          severity: 'error',
          message: `${quoted(action)} ${where}, but depends on it and must come after.`,
          actionIds: [action.id, before.id],
          termIds: termIds(action, before),
          ...(context.calendar.termOf.has(next) ? { fix: moveFix(action, next) } : {}),
        });
      }
    }
    return warnings;
  },
};
