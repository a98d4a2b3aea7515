import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { generatedPlan } from '../../../src/domain/generated-plan';
import type { ActionId, PersonId, ProjectId } from '../../../src/domain/ids';
import type {
  Action,
  Person,
  Plan,
  PlanEvent,
  PlanEventKind,
  Project,
  RuleId,
  Settings,
  Status,
} from '../../../src/domain/plan';
import type { Problem } from '../../../src/domain/result';
import { samplePlan } from '../../../src/domain/sample-plan';
import { planProblems } from '../../../src/io/plan-file-checks';
import { planFileJson } from '../../../src/io/plan-file';
import {
  MAX_PLAN_FILE_BYTES,
  planFileSizeProblem,
  readPlanFile,
} from '../../../src/io/read-plan-file';
import { planSchema } from '../../../src/io/plan-file-schema';

const V1_FILE = readFileSync(new URL('../../fixtures/plan-v1.json', import.meta.url), 'utf8');

interface PlanFile {
  format: unknown;
  version: unknown;
  plan: Plan;
}

/** The sample plan's file, changed as a test needs: a file written by hand or by a broken app. */
function sampleFileWith(change: (file: PlanFile) => void): string {
  const file = JSON.parse(planFileJson(samplePlan())) as PlanFile;
  change(file);
  return JSON.stringify(file, null, 2);
}

/** A field of a record, as JSON allows it to be: of any type, or gone. */
function fieldsOf(record: object): Record<string, unknown> {
  return record as Record<string, unknown>;
}

const action = (file: PlanFile, id: string) => file.plan.actions[id as ActionId]!;
const project = (file: PlanFile, id: string) => file.plan.projects[id as ProjectId]!;

function problemsOf(text: string): Problem[] {
  const result = readPlanFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

const one = (where: string, reason: string) => [{ where, reason }];

describe('a plan file that reads back', () => {
  it('is the sample plan, exactly, after a round trip', () => {
    expect(readPlanFile(planFileJson(samplePlan()))).toStrictEqual({
      ok: true,
      value: samplePlan(),
    });
  });

  it('is a generated plan of 300 notes, exactly, after a round trip', () => {
    const plan = generatedPlan(300);
    expect(readPlanFile(planFileJson(plan))).toStrictEqual({ ok: true, value: plan });
  });

  it('loses keys it does not know instead of refusing them', () => {
    const text = sampleFileWith((file) => {
      fieldsOf(file).savedBy = 'Termboard 0.2';
      fieldsOf(file.plan).colourScheme = 'dark';
      fieldsOf(action(file, 'act_1_1')).colourTag = 'amber';
    });
    expect(readPlanFile(text)).toStrictEqual({ ok: true, value: samplePlan() });
  });

  it('may start with a byte order mark', () => {
    expect(readPlanFile(`\uFEFF${planFileJson(samplePlan())}`).ok).toBe(true);
  });

  it('keeps a pin, and reads a note without one as unpinned only from an older version', () => {
    const pinned = sampleFileWith((file) => (action(file, 'act_1_1').pinned = true));
    const result = readPlanFile(pinned);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.actions['act_1_1' as ActionId]!.pinned).toBe(true);
    expect(readPlanFile(planFileJson(result.value))).toStrictEqual(result);

    const v3 = sampleFileWith((file) => {
      file.version = 3;
      fieldsOf(file.plan).version = 3;
      for (const a of Object.values(file.plan.actions)) delete fieldsOf(a).pinned;
    });
    const read = readPlanFile(v3);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.value).toStrictEqual(samplePlan());
  });

  it('from version 1 becomes a valid version-4 plan', () => {
    const result = readPlanFile(V1_FILE);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const plan = result.value;
    expect(plan.version).toBe(4);
    expect(v.safeParse(planSchema, plan).success).toBe(true);
    expect(planProblems(plan)).toEqual([]);
    expect(Object.values(plan.people).map((p) => p.role)).toEqual(['', '', '', '', '']);
    expect(Object.values(plan.people).map((p) => p.memberIds)).toEqual(Array(5).fill([]));
    expect(Object.values(plan.actions).every((a) => a.timeLine === '')).toBe(true);
    expect(Object.values(plan.actions).every((a) => a.successCriteria === '')).toBe(true);
    expect(Object.values(plan.actions).every((a) => a.pinned === false)).toBe(true);
    expect([plan.notes, plan.reflection, plan.calendar]).toEqual([
      '',
      {},
      { templateId: 'england', terms: [] },
    ]);
    expect(plan.settings.maxActionsPerOwner).toBe(4);
    expect(plan.settings.termCapacity).toBe(6);
    expect(plan.people['per_za' as PersonId]!.name).toBe('Zoë Adeyemi');
    expect(plan.actions['act_rv3' as ActionId]!.ownerIds).toEqual(['per_za', 'per_dt']);
  });

  it('has a schema whose output is a Plan, field for field', () => {
    type Output = v.InferOutput<typeof planSchema>;
    expectTypeOf<Output>().toExtend<Plan>();
    expectTypeOf<keyof Output>().toEqualTypeOf<keyof Plan>();
    expectTypeOf<keyof Output['actions'][ActionId]>().toEqualTypeOf<keyof Action>();
    expectTypeOf<keyof Output['projects'][ProjectId]>().toEqualTypeOf<keyof Project>();
    expectTypeOf<keyof Output['people'][PersonId]>().toEqualTypeOf<keyof Person>();
    expectTypeOf<keyof Output['events'][number]>().toEqualTypeOf<keyof PlanEvent>();
    expectTypeOf<keyof Output['settings']>().toEqualTypeOf<keyof Settings>();
    expectTypeOf<Output['settings']['disabledRules'][number]>().toEqualTypeOf<RuleId>();
    expectTypeOf<Output['actions'][ActionId]['status']>().toEqualTypeOf<Status>();
    expectTypeOf<Output['events'][number]['kind']>().toEqualTypeOf<PlanEventKind>();
  });
});

describe('a file that is not a plan file', () => {
  it('is refused when empty', () => {
    expect(problemsOf('')).toEqual(one('', 'the file is empty'));
    expect(problemsOf(' \r\n\t')).toEqual(one('', 'the file is empty'));
  });

  it('is refused when larger than the limit, which the message states', () => {
    expect(problemsOf('x'.repeat(MAX_PLAN_FILE_BYTES + 1))).toEqual(
      one('', 'the file is 10.1 MB, more than the 10 MB a plan file may be'),
    );
    expect(planFileSizeProblem(20 * 1024 * 1024)).toEqual({
      where: '',
      reason: 'the file is 20 MB, more than the 10 MB a plan file may be',
    });
    expect(planFileSizeProblem(MAX_PLAN_FILE_BYTES)).toBeNull();
  });

  it('counts bytes, not characters, against the limit', () => {
    const text = 'é'.repeat(MAX_PLAN_FILE_BYTES / 2 + 1);
    expect(problemsOf(text)).toEqual(
      one('', 'the file is 10.1 MB, more than the 10 MB a plan file may be'),
    );
  });

  it('is refused when its JSON is broken, saying where', () => {
    expect(problemsOf('{\n  "format": "termboard-plan",\n}')).toEqual(
      one('', 'this is not a plan file: it is not valid JSON (line 3, column 1)'),
    );
  });

  it('is refused when it is JSON but not an object', () => {
    expect(problemsOf('[1, 2, 3]')).toEqual(
      one('', 'this is not a plan file: expected a JSON object'),
    );
  });

  it('is refused when its format is another', () => {
    const text = sampleFileWith((file) => (file.format = 'trello-board'));
    expect(problemsOf(text)).toEqual(
      one('format', 'expected "termboard-plan": this is not a Termboard plan file'),
    );
  });

  it('is refused with every problem of its envelope', () => {
    expect(problemsOf('{"version": "2"}')).toEqual([
      { where: 'format', reason: 'expected "termboard-plan": this is not a Termboard plan file' },
      { where: 'version', reason: 'expected a whole number from 1' },
      { where: 'plan', reason: 'expected a plan' },
    ]);
  });
});

describe('a plan file of a version this app cannot read', () => {
  it('is refused when newer, with the versions and what to do', () => {
    const text = sampleFileWith((file) => (file.version = 7));
    expect(problemsOf(text)).toEqual(
      one('version', 'version 7 is newer than this app reads (4): update Termboard'),
    );
  });

  it('is refused when not a whole number', () => {
    const text = sampleFileWith((file) => (file.version = 1.5));
    expect(problemsOf(text)).toEqual(one('version', 'expected a whole number from 1'));
  });
});

describe('a plan file with keys that could reach a prototype', () => {
  it('is refused for __proto__ deep inside an action, and pollutes nothing', () => {
    const text = sampleFileWith((file) => {
      fieldsOf(action(file, 'act_2_1')).extra = { links: [{}, { __x: { polluted: true } }] };
    }).replace('"__x"', '"__proto__"');
    expect(problemsOf(text)).toEqual(
      one('actions.act_2_1.extra.links[1].__proto__', 'this key is not allowed in a plan file'),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('is refused for constructor and prototype keys, each named', () => {
    const text = sampleFileWith((file) => {
      fieldsOf(file.plan.settings)['constructor'] = { prototype: { isAdmin: true } };
      fieldsOf(file.plan.events[1]!).prototype = {};
    });
    expect(problemsOf(text)).toEqual([
      { where: 'events[1].prototype', reason: 'this key is not allowed in a plan file' },
      { where: 'settings.constructor', reason: 'this key is not allowed in a plan file' },
    ]);
  });

  it('is refused when nested deeper than any plan', () => {
    const text = sampleFileWith((file) => {
      fieldsOf(action(file, 'act_1_1')).notes = JSON.parse(`${'['.repeat(40)}${']'.repeat(40)}`);
    });
    expect(problemsOf(text)).toEqual(
      one(`actions.act_1_1.notes${'[0]'.repeat(28)}`, 'nested deeper than any plan'),
    );
  });
});

describe('a plan file with a field that is wrong', () => {
  it('names a colour that is not a colour', () => {
    const text = sampleFileWith((file) => (project(file, 'prj_rdg').colour = 'yellow'));
    expect(problemsOf(text)).toEqual(
      one('projects.prj_rdg.colour', 'expected a colour like #1f77b4'),
    );
  });

  it('names months that are not months', () => {
    const text = sampleFileWith((file) => {
      file.plan.startMonth = 'September 2026' as Plan['startMonth'];
      fieldsOf(action(file, 'act_1_2')).month = '2026-13';
    });
    expect(problemsOf(text)).toEqual([
      { where: 'startMonth', reason: 'expected a month like 2026-10' },
      {
        where: 'actions.act_1_2.month',
        reason: 'expected a month like 2026-10, or null when unscheduled',
      },
    ]);
  });

  it('names a status, a length, a date, a language and a missing title in plain words', () => {
    const text = sampleFileWith((file) => {
      file.plan.lengthMonths = 40;
      fieldsOf(action(file, 'act_1_1')).status = 'done';
      delete fieldsOf(action(file, 'act_1_3')).title;
      fieldsOf(file.plan.events[0]!).date = '2027-02-30';
      file.plan.settings.locale = 'not a language';
    });
    expect(problemsOf(text)).toEqual([
      { where: 'lengthMonths', reason: 'expected a whole number from 1 to 36' },
      {
        where: 'actions.act_1_1.status',
        reason: 'expected one of: not-started, in-progress, met, partially-met, not-met',
      },
      { where: 'actions.act_1_3.title', reason: 'missing' },
      { where: 'events[0].date', reason: 'expected a date like 2027-06-15' },
      { where: 'settings.locale', reason: 'expected a language tag like en-GB' },
    ]);
  });

  it('names a pin that is not true or false, and a missing one', () => {
    const text = sampleFileWith((file) => {
      fieldsOf(action(file, 'act_1_1')).pinned = 'yes';
      delete fieldsOf(action(file, 'act_1_2')).pinned;
    });
    expect(problemsOf(text)).toEqual([
      { where: 'actions.act_1_1.pinned', reason: 'expected true or false' },
      { where: 'actions.act_1_2.pinned', reason: 'missing' },
    ]);
  });

  it('names text longer than a field holds', () => {
    const text = sampleFileWith((file) => {
      action(file, 'act_1_1').title = 'x'.repeat(501);
      action(file, 'act_1_2').notes = 'x'.repeat(20_001);
    });
    expect(problemsOf(text)).toEqual([
      { where: 'actions.act_1_1.title', reason: 'expected text of at most 500 characters' },
      { where: 'actions.act_1_2.notes', reason: 'expected text of at most 20,000 characters' },
    ]);
  });

  it('names a record written as a list', () => {
    const text = sampleFileWith((file) => {
      fieldsOf(file.plan).people = Object.values(file.plan.people);
    });
    expect(problemsOf(text)).toEqual(one('people', 'expected a record of entries by id'));
  });

  it('names an object written as a list', () => {
    const text = sampleFileWith((file) => {
      fieldsOf(file.plan.settings).weights = [1, 2, 3];
    });
    expect(problemsOf(text)).toEqual(
      one('settings.weights', 'expected weights for small, medium and large'),
    );
  });

  it('names records and lists longer than any plan has', () => {
    const text = sampleFileWith((file) => {
      for (let i = 0; i < 96; i++) {
        const id = `prj_${i}` as ProjectId;
        file.plan.projects[id] = { ...project(file, 'prj_vis'), id };
        file.plan.projectOrder.push(id);
      }
      action(file, 'act_1_1').tags = Array.from({ length: 101 }, (_, i) => `tag ${i}`);
    });
    expect(problemsOf(text)).toEqual([
      { where: 'projectOrder', reason: 'expected at most 100 items' },
      { where: 'projects', reason: 'expected at most 100 entries' },
      { where: 'actions.act_1_1.tags', reason: 'expected at most 100 items' },
    ]);
  });

  it('lists 20 problems and says how many more there are', () => {
    const text = sampleFileWith((file) => {
      for (const a of Object.values(file.plan.actions)) fieldsOf(a).kind = 'task';
    });
    const problems = problemsOf(text);
    expect(problems).toHaveLength(21);
    expect(problems[0]).toEqual({
      where: 'actions.act_1_1.kind',
      reason: 'expected one of: process, evidence',
    });
    expect(problems[20]).toEqual({ where: '', reason: 'and 7 more problems' });
  });
});

describe('a plan file whose records do not fit together', () => {
  it('names an event id used twice', () => {
    const text = sampleFileWith((file) => (file.plan.events[2]!.id = file.plan.events[0]!.id));
    expect(problemsOf(text)).toEqual(
      one('events[2].id', '"evt_review" appears earlier, at events[0].id'),
    );
  });

  it('names a record filed under a key that is not its id', () => {
    const text = sampleFileWith((file) => (action(file, 'act_2_1').id = 'act_9_9' as ActionId));
    expect(problemsOf(text)).toEqual(
      one('actions.act_2_1.id', 'expected "act_2_1", the key it is filed under'),
    );
  });

  it('names every reference that leads nowhere', () => {
    const text = sampleFileWith((file) => {
      action(file, 'act_1_1').projectId = 'prj_gone' as ProjectId;
      action(file, 'act_1_2').ownerIds = ['per_gone' as PersonId];
      action(file, 'act_1_3').dependsOn = ['act_gone' as ActionId];
      project(file, 'prj_fbk').leadId = 'per_left' as PersonId;
      file.plan.projectOrder = file.plan.projectOrder.filter((id) => id !== 'prj_att');
      file.plan.projectOrder.push('prj_old' as ProjectId);
    });
    expect(problemsOf(text)).toEqual([
      { where: 'projectOrder[4]', reason: 'no project has the id "prj_old"' },
      { where: 'projects.prj_fbk.leadId', reason: 'no person has the id "per_left"' },
      { where: 'projects.prj_att', reason: 'not listed in projectOrder' },
      { where: 'actions.act_1_1.projectId', reason: 'no project has the id "prj_gone"' },
      { where: 'actions.act_1_2.ownerIds[0]', reason: 'no person has the id "per_gone"' },
      { where: 'actions.act_1_3.dependsOn[0]', reason: 'no action has the id "act_gone"' },
    ]);
  });

  it('names an owner listed twice', () => {
    const text = sampleFileWith((file) => {
      action(file, 'act_2_1').ownerIds = ['per_mb', 'per_ps', 'per_mb'] as PersonId[];
    });
    expect(problemsOf(text)).toEqual(
      one(
        'actions.act_2_1.ownerIds[2]',
        '"per_mb" appears earlier, at actions.act_2_1.ownerIds[0]',
      ),
    );
  });

  it('names the titles of actions that wait for each other in a circle', () => {
    const text = sampleFileWith((file) => {
      action(file, 'act_1_1').dependsOn = ['act_1_4' as ActionId];
      action(file, 'act_5_1').dependsOn = ['act_5_1' as ActionId];
    });
    expect(problemsOf(text)).toEqual([
      {
        where: 'actions.act_1_1.dependsOn',
        reason:
          '"Launch the vision consultation with staff", "Embed the vision in the curriculum intent" and "Agree the vision statement with governors" depend on each other in a circle',
      },
      { where: 'actions.act_5_1.dependsOn', reason: '"Staff workload survey" depends on itself' },
    ]);
  });
});

describe('circles of actions in a plan file', () => {
  it('are found in a plan of 10,000 actions that wait for each other in one long circle', () => {
    const plan = generatedPlan(10_000);
    const ids = Object.keys(plan.actions) as ActionId[];
    ids.forEach(
      (id, i) => (plan.actions[id]!.dependsOn = [ids[(i + ids.length - 1) % ids.length]!]),
    );
    const titles = ['act_1', 'act_10000', 'act_9999', 'act_9998', 'act_9997'].map(
      (id) => `"${plan.actions[id as ActionId]!.title}"`,
    );
    expect(problemsOf(planFileJson(plan))).toEqual(
      one(
        'actions.act_1.dependsOn',
        `${titles.join(', ')} and 9,995 more depend on each other in a circle`,
      ),
    );
  });
});
