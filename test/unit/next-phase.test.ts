import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { PlanId } from '../../src/domain/ids';
import { nextPhasePlan } from '../../src/domain/next-phase';
import type { Phase, Plan, Status } from '../../src/domain/plan';
import { samplePlan } from '../../src/domain/sample-plan';
import { planProblems } from '../../src/io/plan-file-checks';
import { planSchema } from '../../src/io/plan-file-schema';
import { idOf, makePlan } from '../fixtures/make-plan';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** A Bronze plan from September 2026, for 12 months, with an action of each status. */
function bronzePlan(): Plan {
  const plan = makePlan({
    review: '2027-06-15',
    actions: [
      ['Vision day', '2026-09'],
      ['Write policy', '2026-10', { dependsOn: ['Vision day'] }],
      ['Train staff', '2026-11', { dependsOn: ['Write policy', 'Vision day'] }],
      ['Survey parents', '2027-01'],
      ['Library refit', null, { dependsOn: ['Survey parents'] }],
    ],
  });
  const statuses: Record<string, Status> = {
    'Vision day': 'met',
    'Write policy': 'in-progress',
    'Train staff': 'not-started',
    'Survey parents': 'partially-met',
    'Library refit': 'not-met',
  };
  for (const [title, status] of Object.entries(statuses))
    plan.actions[idOf(title)]!.status = status;
  plan.notes = 'Agreed in July';
  plan.reflection = { momentum: 'Termly review' };
  return plan;
}

const byTitle = (plan: Plan) =>
  new Map(Object.values(plan.actions).map((a) => [a.title, a] as const));

describe('nextPhasePlan', () => {
  it('carries every action not met, unplaced, keeping where it stands', () => {
    const next = nextPhasePlan(deepFreeze(bronzePlan()));
    expect(Object.values(next.actions).map((a) => [a.title, a.month, a.status])).toEqual([
      ['Write policy', null, 'in-progress'],
      ['Train staff', null, 'not-started'],
      ['Survey parents', null, 'partially-met'],
      ['Library refit', null, 'not-met'],
    ]);
  });

  it('gives carried actions new ids, and keeps the waits between them on the new ids', () => {
    const earlier = deepFreeze(bronzePlan());
    const next = nextPhasePlan(earlier);
    const ids = Object.keys(next.actions);
    expect(new Set(ids).size).toBe(4);
    expect(ids.filter((id) => Object.hasOwn(earlier.actions, id))).toEqual([]);
    expect(Object.entries(next.actions).every(([key, a]) => a.id === key)).toBe(true);

    const actions = byTitle(next);
    // "Train staff" waited on "Write policy" (carried) and "Vision day" (met, so done).
    expect(actions.get('Train staff')?.dependsOn).toEqual([actions.get('Write policy')?.id]);
    expect(actions.get('Write policy')?.dependsOn).toEqual([]);
    expect(actions.get('Library refit')?.dependsOn).toEqual([actions.get('Survey parents')?.id]);
  });

  it('moves Bronze on to Silver, 18 months from the month after the earlier plan ends', () => {
    const next = nextPhasePlan(deepFreeze(bronzePlan()), 'plan_next' as PlanId);
    expect([next.id, next.name, next.phase, next.startMonth, next.lengthMonths]).toEqual([
      'plan_next',
      'Test plan (next phase)',
      'silver',
      '2027-09',
      18,
    ]);
  });

  it('moves Silver on to Gold and keeps Gold, each 18 months; a custom plan keeps its length', () => {
    const after = (phase: Phase, lengthMonths: number) => {
      const next = nextPhasePlan(deepFreeze({ ...bronzePlan(), phase, lengthMonths }));
      return [next.phase, next.startMonth, next.lengthMonths];
    };
    expect(after('silver', 18)).toEqual(['gold', '2028-03', 18]);
    expect(after('gold', 20)).toEqual(['gold', '2028-05', 18]);
    expect(after('custom', 9)).toEqual(['custom', '2027-06', 9]);
  });

  it('keeps the projects, people, calendar and settings, and starts without events, notes or answers', () => {
    const earlier = deepFreeze(bronzePlan());
    const next = nextPhasePlan(earlier);
    expect([next.projectOrder, next.projects, next.people, next.calendar, next.settings]).toEqual([
      earlier.projectOrder,
      earlier.projects,
      earlier.people,
      earlier.calendar,
      earlier.settings,
    ]);
    expect([next.events, next.notes, next.reflection]).toEqual([[], '', {}]);
  });

  it('leaves the earlier plan as it was, sharing nothing with the new one', () => {
    const earlier = deepFreeze(bronzePlan());
    const next = nextPhasePlan(earlier);
    expect(earlier).toEqual(bronzePlan());
    expect(Object.isFrozen(next)).toBe(false);
    expect(next.projects).not.toBe(earlier.projects);
    Object.values(next.people)[0]!.name = 'Changed';
    expect(earlier).toEqual(bronzePlan());
  });

  it('makes a plan that a plan file keeps, from the sample plan', () => {
    const next = nextPhasePlan(deepFreeze(samplePlan()));
    expect(v.safeParse(planSchema, next).issues).toBeUndefined();
    expect(planProblems(next)).toEqual([]);
    expect(Object.values(next.actions).every((a) => a.month === null)).toBe(true);
    expect(Object.keys(next.actions)).toHaveLength(Object.keys(samplePlan().actions).length);
  });

  it('carries nothing when every action is met', () => {
    const plan = bronzePlan();
    for (const action of Object.values(plan.actions)) action.status = 'met';
    expect(nextPhasePlan(deepFreeze(plan)).actions).toEqual({});
  });
});
