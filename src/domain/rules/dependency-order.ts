import type { ActionId } from '../ids';
import { addMonthsToKey, monthLabel } from '../month';
import type { Action, Plan } from '../plan';
import type { Rule, Warning } from './rule';
import { listOf, moveFix, quoted } from './rule-helpers';

/**
 * Every set of actions that depend on each other in a circle, each found once: the strongly
 * connected components of the dependency graph (Tarjan), so that overlapping circles are one set
 * naming all their notes. Members are listed in the order the search first reached them.
 */
export function dependencyCycles(plan: Plan): ActionId[][] {
  const index = new Map<ActionId, number>();
  const low = new Map<ActionId, number>();
  const stack: ActionId[] = [];
  const onStack = new Set<ActionId>();
  const cycles: ActionId[][] = [];
  const visit = (id: ActionId) => {
    index.set(id, index.size);
    low.set(id, index.get(id)!);
    stack.push(id);
    onStack.add(id);
    for (const next of plan.actions[id]?.dependsOn ?? []) {
      if (!plan.actions[next]) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(id, Math.min(low.get(id)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(id, Math.min(low.get(id)!, index.get(next)!));
      }
    }
    if (low.get(id) !== index.get(id)) return;
    const component: ActionId[] = [];
    let member: ActionId | undefined;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== id);
    const isCircle = component.length > 1 || plan.actions[id]?.dependsOn.includes(id);
    if (isCircle) cycles.push(component.sort((a, b) => index.get(a)! - index.get(b)!));
  };
  for (const id of Object.keys(plan.actions).sort() as ActionId[]) if (!index.has(id)) visit(id);
  return cycles;
}

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
