import type { ActionId } from './ids';
import type { Plan } from './plan';

/**
 * Every set of actions that wait for each other in a circle: the strongly connected components of
 * the dependency graph (Tarjan), so that overlapping circles are one set naming all their notes;
 * members in the order the search reached them. Walked with a list instead of recursion, so that
 * a plan holding one long chain of 10,000 actions cannot overflow the stack.
 */
export function dependencyCycles(plan: Pick<Plan, 'actions'>): ActionId[][] {
  const { actions } = plan;
  const index = new Map<ActionId, number>();
  const low = new Map<ActionId, number>();
  const stack: ActionId[] = [];
  const onStack = new Set<ActionId>();
  const circles: ActionId[][] = [];
  const enter = (id: ActionId) => {
    index.set(id, index.size);
    low.set(id, index.size - 1);
    stack.push(id);
    onStack.add(id);
  };
  const lower = (id: ActionId, value: number) => low.set(id, Math.min(low.get(id)!, value));
  for (const root of Object.keys(actions).sort() as ActionId[]) {
    if (index.has(root)) continue;
    enter(root);
    const path = [{ id: root, next: 0 }];
    while (path.length > 0) {
      const frame = path[path.length - 1]!;
      const dependsOn = actions[frame.id]!.dependsOn;
      if (frame.next < dependsOn.length) {
        const before = dependsOn[frame.next++]!;
        if (!Object.hasOwn(actions, before)) continue;
        if (!index.has(before)) {
          enter(before);
          path.push({ id: before, next: 0 });
        } else if (onStack.has(before)) {
          lower(frame.id, index.get(before)!);
        }
        continue;
      }
      path.pop();
      const parent = path[path.length - 1];
      if (parent) lower(parent.id, low.get(frame.id)!);
      if (low.get(frame.id) !== index.get(frame.id)) continue;
      const component: ActionId[] = [];
      let member: ActionId;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.id);
      if (component.length > 1 || dependsOn.includes(frame.id)) {
        circles.push(component.sort((a, b) => index.get(a)! - index.get(b)!));
      }
    }
  }
  return circles;
}
