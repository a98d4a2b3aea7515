import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIRST_PLAN_VERSION, MIGRATIONS, migratePlan } from '../../src/domain/migrate';
import { PLAN_VERSION } from '../../src/domain/plan';
import { samplePlan } from '../../src/domain/sample-plan';

type Json = Record<string, unknown>;

/** The plan inside the version-1 fixture file, made before people had roles. */
function v1Plan(): Json {
  const text = readFileSync(new URL('../fixtures/plan-v1.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { plan: Json }).plan;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** The fixture's plan brought up to `version` by every step before it. */
function fixtureAt(version: number): Json {
  return MIGRATIONS.filter((step) => step.to <= version).reduce(
    (plan, step) => step.up(plan),
    v1Plan(),
  );
}

/** Each entry of a record with one more field, set to `value`. */
const withField = (record: unknown, field: string, value: unknown) =>
  Object.fromEntries(
    Object.entries(record as Json).map(([k, e]) => [k, { ...(e as Json), [field]: value }]),
  );

/** Each entry of a record with one more field, empty. */
const withBlank = (record: unknown, field: string) => withField(record, field, '');

const entries = (plan: Json, record: string) => Object.values(plan[record] as Record<string, Json>);

describe('the migrations', () => {
  it('run from the first version to the current one, one version a step', () => {
    expect(MIGRATIONS.map((step) => [step.from, step.to])).toEqual(
      Array.from({ length: PLAN_VERSION - FIRST_PLAN_VERSION }, (_, i) => [
        FIRST_PLAN_VERSION + i,
        FIRST_PLAN_VERSION + i + 1,
      ]),
    );
  });

  it('1 to 2: people have roles, actions keep their time-line', () => {
    const step = MIGRATIONS.find((s) => s.from === 1)!;
    expect(step.name).toBe('people have roles, actions keep their time-line');
    const before = deepFreeze(fixtureAt(1));
    const after = step.up(before);

    expect(entries(before, 'people').some((p) => 'role' in p)).toBe(false);
    expect(entries(after, 'people').map((p) => p.role)).toEqual(['', '', '', '', '']);
    expect(entries(after, 'actions').map((a) => a.timeLine)).toEqual(Array(10).fill(''));
    expect(after).toEqual({
      ...v1Plan(),
      people: withBlank(v1Plan().people, 'role'),
      actions: withBlank(v1Plan().actions, 'timeLine'),
    });
  });

  it('2 to 3: groups have members, projects their indicators, plans notes and a reflection', () => {
    const step = MIGRATIONS.find((s) => s.from === 2)!;
    expect(step.name).toBe(
      'groups have members, projects their indicators, plans notes and a reflection',
    );
    const before = deepFreeze(fixtureAt(2));
    const after = step.up(before);

    expect(['notes', 'reflection'].filter((field) => field in before)).toEqual([]);
    expect(entries(before, 'people').some((p) => 'memberIds' in p)).toBe(false);
    expect(entries(after, 'people').map((p) => p.memberIds)).toEqual(Array(5).fill([]));
    expect(entries(after, 'projects').map((p) => [p.indicators, p.judgement])).toEqual(
      Array(3).fill(['', '']),
    );
    expect(entries(after, 'actions').map((a) => a.successCriteria)).toEqual(Array(10).fill(''));
    expect(after.calendar).toEqual({ templateId: 'england', terms: [] });
    expect(after.settings).toEqual({ ...(before.settings as Json), maxActionsPerOwner: 4 });
    expect(after).toEqual({
      ...before,
      notes: '',
      reflection: {},
      calendar: { templateId: 'england', terms: [] },
      settings: { ...(before.settings as Json), maxActionsPerOwner: 4 },
      people: withField(before.people, 'memberIds', []),
      projects: withField(withBlank(before.projects, 'indicators'), 'judgement', ''),
      actions: withBlank(before.actions, 'successCriteria'),
    });
  });

  it('2 to 3: keeps what a plan already has in the new fields', () => {
    const step = MIGRATIONS.find((s) => s.from === 2)!;
    const plan = {
      ...fixtureAt(2),
      notes: 'Kept',
      calendar: { templateId: 'custom', terms: [{ id: 't1' }] },
      settings: { maxActionsPerOwner: 6 },
    };
    const after = step.up(deepFreeze(plan));
    expect([after.notes, after.calendar, after.settings]).toEqual([
      'Kept',
      { templateId: 'custom', terms: [{ id: 't1' }] },
      { maxActionsPerOwner: 6 },
    ]);
  });

  it('3 to 4: actions can be pinned', () => {
    const step = MIGRATIONS.find((s) => s.from === 3)!;
    expect(step.name).toBe('actions can be pinned');
    const before = deepFreeze(fixtureAt(3));
    const after = step.up(before);

    expect(entries(before, 'actions').some((a) => 'pinned' in a)).toBe(false);
    expect(entries(after, 'actions').map((a) => a.pinned)).toEqual(Array(10).fill(false));
    expect(after).toEqual({ ...before, actions: withField(before.actions, 'pinned', false) });
  });

  it('3 to 4: keeps a pin a plan already has', () => {
    const step = MIGRATIONS.find((s) => s.from === 3)!;
    const plan = { ...fixtureAt(3), actions: { act_a: { id: 'act_a', pinned: true }, act_b: 7 } };
    expect(step.up(deepFreeze(plan)).actions).toEqual({
      act_a: { id: 'act_a', pinned: true },
      act_b: 7,
    });
  });

  it('cope with any value where a record should be, and change nothing they are given', () => {
    const anyPlan = fc.dictionary(
      fc.constantFrom('people', 'actions', 'projects', 'name'),
      fc.oneof(
        fc.jsonValue({ maxDepth: 3 }),
        fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 })),
      ),
    );
    fc.assert(
      fc.property(anyPlan, (plan) => {
        const copy = structuredClone(plan);
        for (const step of MIGRATIONS) step.up(deepFreeze(plan));
        expect(plan).toEqual(copy);
      }),
      { numRuns: 200 },
    );
  });
});

describe('migratePlan', () => {
  it('brings the version-1 fixture to the current version without changing it', () => {
    const plan = deepFreeze(v1Plan());
    const result = migratePlan(plan, 1);
    expect(result).toEqual({
      ok: true,
      value: { ...fixtureAt(PLAN_VERSION), version: PLAN_VERSION },
    });
    expect(plan).toEqual(v1Plan());
  });

  it('leaves a current plan as it is, in a new object', () => {
    const plan = deepFreeze(samplePlan());
    const result = migratePlan(plan, PLAN_VERSION);
    expect(result).toEqual({ ok: true, value: samplePlan() });
    expect(result.ok && result.value).not.toBe(plan);
  });

  it('refuses a version newer than this app, one it never had, and a plan that is not an object', () => {
    expect(migratePlan(samplePlan(), 5)).toEqual({
      ok: false,
      problems: [
        {
          where: 'version',
          reason: 'version 5 is newer than this app reads (4): update Termboard',
        },
      ],
    });
    expect(migratePlan(samplePlan(), 0)).toEqual({
      ok: false,
      problems: [{ where: 'version', reason: 'expected a whole number from 1' }],
    });
    expect(migratePlan([samplePlan()], 1)).toEqual({
      ok: false,
      problems: [{ where: 'plan', reason: 'expected a plan' }],
    });
  });
});
