import type { ActionId } from '../ids';
import type { Plan } from '../plan';
import type { Problem } from '../result';

/** Whether `from` already waits, directly or through others, on `to`. */
function waitsOn(plan: Plan, from: ActionId, to: ActionId): boolean {
  const seen = new Set<ActionId>();
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(plan.actions[id]?.dependsOn ?? []));
  }
  return false;
}

/** Why `action` cannot wait on `before`, or null when it can. */
export function dependencyProblem(plan: Plan, action: ActionId, before: ActionId): Problem | null {
  const a = plan.actions[action];
  const b = plan.actions[before];
  if (!a || !b) return { where: 'depends on', reason: 'that action is no longer in the plan' };
  if (action === before) return { where: 'depends on', reason: 'an action cannot wait on itself' };
  if (waitsOn(plan, before, action)) {
    return {
      where: 'depends on',
      reason: `"${b.title}" already waits on "${a.title}"; the two would wait on each other`,
    };
  }
  return null;
}

/**
 * Why `action` cannot wait on each of `dependsOn`, as an editor lists them, or null when it can.
 * Notes no longer in the plan are passed over: they are dropped, not refused.
 */
export function dependsOnProblem(
  plan: Plan,
  action: ActionId,
  dependsOn: readonly ActionId[],
): Problem | null {
  for (const before of dependsOn) {
    const problem = Object.hasOwn(plan.actions, before)
      ? dependencyProblem(plan, action, before)
      : null;
    if (problem) return problem;
  }
  return null;
}

/** Makes `action` wait on `before` unless that would close a circle; returns why not. */
export function addDependency(plan: Plan, action: ActionId, before: ActionId): Problem | null {
  const problem = dependencyProblem(plan, action, before);
  if (problem) return problem;
  const dependsOn = plan.actions[action]!.dependsOn;
  if (!dependsOn.includes(before)) dependsOn.push(before);
  return null;
}

export function removeDependency(plan: Plan, action: ActionId, before: ActionId): void {
  const a = plan.actions[action];
  if (a?.dependsOn.includes(before)) a.dependsOn = a.dependsOn.filter((d) => d !== before);
}
