import type { ActionId } from '../domain/ids';
import type { Action, Plan } from '../domain/plan';
import type { Problem } from '../domain/result';
import { listOf, quoted } from '../domain/rules/rule-helpers';

/*
 * What a plan file's schema cannot say, because it concerns two records at once: every record
 * is filed under its own id, no id is used twice, every reference leads somewhere, and no
 * actions wait for each other in a circle.
 */

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;
const LONGEST_KEY = 40;

/** `actions.act_3.ownerIds[0]`, with unusual keys quoted and long ones shortened. */
export function pathText(keys: readonly (string | number)[]): string {
  return keys
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      if (PLAIN_KEY.test(key)) return i === 0 ? key : `.${key}`;
      const shown = key.length > LONGEST_KEY ? `${key.slice(0, LONGEST_KEY)}…` : key;
      return `[${JSON.stringify(shown)}]`;
    })
    .join('');
}

const at = (...keys: (string | number)[]) => pathText(keys);

type Named = 'projects' | 'actions' | 'people';

function keyProblems(plan: Plan): Problem[] {
  const problems: Problem[] = [];
  for (const name of ['projects', 'actions', 'people'] as const satisfies Named[]) {
    for (const [key, item] of Object.entries(plan[name])) {
      if (item.id !== key) {
        problems.push({
          where: at(name, key, 'id'),
          reason: `expected "${key}", the key it is filed under`,
        });
      }
    }
  }
  return problems;
}

/** Each id in a list that an earlier entry of the list already has. */
function repeats(ids: readonly string[], path: (string | number)[], field?: string): Problem[] {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  ids.forEach((id, i) => {
    const earlier = first.get(id);
    const where = field ? at(...path, i, field) : at(...path, i);
    if (earlier === undefined) first.set(id, i);
    else problems.push({ where, reason: `"${id}" is already used by ${at(...path, earlier)}` });
  });
  return problems;
}

function duplicateProblems(plan: Plan): Problem[] {
  return [
    ...repeats(
      plan.events.map((e) => e.id),
      ['events'],
      'id',
    ),
    ...repeats(
      plan.settings.otherPlans.map((o) => o.id),
      ['settings', 'otherPlans'],
      'id',
    ),
    ...repeats(plan.projectOrder, ['projectOrder']),
    ...Object.entries(plan.actions).flatMap(([key, a]) => [
      ...repeats(a.ownerIds, ['actions', key, 'ownerIds']),
      ...repeats(a.dependsOn, ['actions', key, 'dependsOn']),
    ]),
  ];
}

function referenceProblems(plan: Plan): Problem[] {
  const problems: Problem[] = [];
  const missing = (where: string, record: Named, id: string, what: string) => {
    if (!Object.hasOwn(plan[record], id)) {
      problems.push({ where, reason: `no ${what} has the id "${id}"` });
    }
  };
  plan.projectOrder.forEach((id, i) => missing(at('projectOrder', i), 'projects', id, 'project'));
  const ordered = new Set<string>(plan.projectOrder);
  for (const [key, project] of Object.entries(plan.projects)) {
    if (!ordered.has(key)) {
      problems.push({ where: at('projects', key), reason: 'not listed in projectOrder' });
    }
    if (project.leadId !== null) {
      missing(at('projects', key, 'leadId'), 'people', project.leadId, 'person');
    }
  }
  for (const [key, action] of Object.entries(plan.actions)) {
    missing(at('actions', key, 'projectId'), 'projects', action.projectId, 'project');
    action.ownerIds.forEach((id, i) =>
      missing(at('actions', key, 'ownerIds', i), 'people', id, 'person'),
    );
    action.dependsOn.forEach((id, i) =>
      missing(at('actions', key, 'dependsOn', i), 'actions', id, 'action'),
    );
  }
  return problems;
}

/**
 * Every set of actions that wait for each other in a circle: the strongly connected components of
 * the dependency graph (Tarjan), members in the order the search reached them. The same answer as
 * `dependencyCycles` in the dependency-order rule, but walked with a list instead of recursion, so
 * that a file holding one long chain of 10,000 actions cannot overflow the stack.
 */
export function dependencyCircles(actions: Record<ActionId, Action>): ActionId[][] {
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

/** A circle of a few hundred notes is named by its first few. */
const NAMED_IN_CIRCLE = 5;

function cycleProblems(plan: Plan): Problem[] {
  return dependencyCircles(plan.actions).map((cycle) => {
    const titles = cycle.slice(0, NAMED_IN_CIRCLE).map((id) => quoted(plan.actions[id]!));
    const others = cycle.length - titles.length;
    if (others > 0) titles.push(`${others.toLocaleString('en-GB')} more`);
    return {
      where: at('actions', cycle[0]!, 'dependsOn'),
      reason:
        cycle.length === 1
          ? `${titles[0]} depends on itself`
          : `${listOf(titles)} depend on each other in a circle`,
    };
  });
}

/** Every problem of a plan whose fields each passed the schema. */
export function planProblems(plan: Plan): Problem[] {
  return [
    ...keyProblems(plan),
    ...duplicateProblems(plan),
    ...referenceProblems(plan),
    ...cycleProblems(plan),
  ];
}
