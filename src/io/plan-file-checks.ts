import { dependencyCycles } from '../domain/dependency-cycles';
import type { Plan } from '../domain/plan';
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
function repeats(ids: readonly string[], where: (index: number) => string): Problem[] {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  ids.forEach((id, i) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, i);
    else
      problems.push({ where: where(i), reason: `"${id}" appears earlier, at ${where(earlier)}` });
  });
  return problems;
}

function duplicateProblems(plan: Plan): Problem[] {
  const events = plan.events.map((e) => e.id);
  const otherPlans = plan.settings.otherPlans.map((o) => o.id);
  return [
    ...repeats(events, (i) => at('events', i, 'id')),
    ...repeats(otherPlans, (i) => at('settings', 'otherPlans', i, 'id')),
    ...repeats(plan.projectOrder, (i) => at('projectOrder', i)),
    ...Object.entries(plan.actions).flatMap(([key, a]) => [
      ...repeats(a.ownerIds, (i) => at('actions', key, 'ownerIds', i)),
      ...repeats(a.dependsOn, (i) => at('actions', key, 'dependsOn', i)),
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

/** A circle of a few hundred notes is named by its first few. */
const NAMED_IN_CIRCLE = 5;

function cycleProblems(plan: Plan): Problem[] {
  return dependencyCycles(plan).map((cycle) => {
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
