import { PLAN_VERSION, type Plan } from './plan';
import { ok, refused, type Problem, type Result } from './result';

/**
 * One step from a stored shape of a plan to the next (STYLE §2, after tldraw). `up` gets a plan
 * that may come from a file nobody has checked yet, so it must cope with any value where a field
 * should be, and it returns a new object rather than changing the one it was given.
 */
export interface Migration {
  from: number;
  to: number;
  name: string;
  up(plan: Record<string, unknown>): Record<string, unknown>;
}

/** The first version a plan was ever stored at. */
export const FIRST_PLAN_VERSION = 1;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Each value of a record through `change`, when the record and the value are objects at all. */
function eachEntry(
  record: unknown,
  change: (entry: Record<string, unknown>) => Record<string, unknown>,
): unknown {
  if (!isRecord(record)) return record;
  return Object.fromEntries(
    Object.entries(record).map(([key, entry]) => [key, isRecord(entry) ? change(entry) : entry]),
  );
}

/** In order, oldest first: each step's `to` is the next step's `from`, the last one's is PLAN_VERSION. */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    to: 2,
    name: 'people have roles, actions keep their time-line',
    up: (plan) => ({
      ...plan,
      people: eachEntry(plan.people, (person) => ({ role: '', ...person })),
      actions: eachEntry(plan.actions, (action) => ({ timeLine: '', ...action })),
    }),
  },
  {
    from: 2,
    to: 3,
    name: 'groups have members, projects their indicators, plans notes and a reflection',
    up: (plan) => ({
      notes: '',
      reflection: {},
      ...plan,
      calendar: isRecord(plan.calendar) ? { terms: [], ...plan.calendar } : plan.calendar,
      settings: isRecord(plan.settings)
        ? { maxActionsPerOwner: 4, ...plan.settings }
        : plan.settings,
      people: eachEntry(plan.people, (person) => ({ memberIds: [], ...person })),
      projects: eachEntry(plan.projects, (project) => ({
        indicators: '',
        judgement: '',
        ...project,
      })),
      actions: eachEntry(plan.actions, (action) => ({ successCriteria: '', ...action })),
    }),
  },
  {
    from: 3,
    to: 4,
    name: 'actions can be pinned',
    up: (plan) => ({
      ...plan,
      actions: eachEntry(plan.actions, (action) => ({ pinned: false, ...action })),
    }),
  },
];

/** Why a plan stored at `version` cannot be read, or `null` when it can. */
export function versionProblem(version: unknown): Problem | null {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < FIRST_PLAN_VERSION) {
    return { where: 'version', reason: `expected a whole number from ${FIRST_PLAN_VERSION}` };
  }
  if (version > PLAN_VERSION) {
    return {
      where: 'version',
      reason: `version ${version} is newer than this app reads (${PLAN_VERSION}): update Termboard`,
    };
  }
  return null;
}

/**
 * A plan stored at `fromVersion`, brought up to PLAN_VERSION one step at a time, as a new object:
 * the input is never changed. The steps only reshape: whether every field then holds what the Plan type says
 * is for the caller to check (a plan file is checked against its schema afterwards).
 */
export function migratePlan(data: unknown, fromVersion: number): Result<Plan> {
  const problem = versionProblem(fromVersion);
  if (problem) return refused([problem]);
  if (!isRecord(data)) return refused([{ where: 'plan', reason: 'expected a plan' }]);
  let plan = data;
  for (const step of MIGRATIONS) if (step.from >= fromVersion) plan = step.up(plan);
  // The version it was stored at is the caller's word; the plan's own field follows it.
  return ok({ ...plan, version: PLAN_VERSION } as unknown as Plan);
}
