import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { dependencyCycles } from '../../../src/domain/dependency-cycles';
import type { ActionId, PersonId } from '../../../src/domain/ids';
import type { MonthKey } from '../../../src/domain/month';
import { PROJECT_PALETTE } from '../../../src/domain/palette';
import type { Plan, Status } from '../../../src/domain/plan';
import { planCalendar } from '../../../src/domain/plan-calendar';
import { samplePlan } from '../../../src/domain/sample-plan';
import { planProblems } from '../../../src/io/plan-file-checks';
import { planSchema } from '../../../src/io/plan-file-schema';
import { createPlanStore, type PlanStore } from '../../../src/store/plan-store';

/*
 * Random sequences of the editing commands a planning meeting makes, over the sample plan. The
 * steps name notes, projects and people by position, resolved against the plan as it is when
 * the step runs, so later steps reach what earlier ones added; one position past the end names
 * something that is not in the plan, as a stale editor would.
 */

const initial = samplePlan();
const MONTHS: (MonthKey | null)[] = [...planCalendar(initial).months, null, '2031-01'];
const STATUSES: Status[] = ['not-started', 'in-progress', 'met', 'partially-met', 'not-met'];

type Position = number;

const pick = fc.nat({ max: 60 });
const picks = fc.array(pick, { maxLength: 4 });
/** Mostly what a user would accept, sometimes what the commands must refuse. */
const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) =>
  fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: bad });
const text = mostly(
  fc.oneof(fc.string({ minLength: 1, maxLength: 14 }), fc.constant('Reading')),
  fc.constantFrom('', '  ', 'x'.repeat(501)),
);
const month = fc.constantFrom(...MONTHS);
const status = fc.constantFrom(...STATUSES);
const code = mostly(
  fc.oneof(fc.stringMatching(/^[A-Za-z0-9]{2,4}$/), fc.constant(undefined)),
  fc.oneof(fc.stringMatching(/^[A-Za-z0-9-]{1,5}$/), fc.constantFrom('vis', 'FBK', 'RDG')),
);
const initials = mostly(
  fc.oneof(fc.stringMatching(/^[A-Za-z]{1,6}$/), fc.constant(undefined)),
  fc.constantFrom('', 'ABCDEFG', 'ho', 'GOV', 'HoD'),
);
const colour = fc.constantFrom<string | undefined>(...PROJECT_PALETTE, undefined, 'blue');

const step = fc.oneof(
  fc.record({ kind: fc.constant('addAction'), title: text, month, project: pick }),
  fc.record({
    kind: fc.constant('updateAction'),
    action: pick,
    title: fc.option(text, { nil: undefined }),
    month: fc.option(month, { nil: undefined }),
    project: fc.option(pick, { nil: undefined }),
    owners: fc.option(picks, { nil: undefined }),
    dependsOn: fc.option(picks, { nil: undefined }),
    status: fc.option(status, { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('duplicateAction'), action: pick }),
  fc.record({ kind: fc.constant('deleteActions'), actions: picks }),
  fc.record({ kind: fc.constant('moveActions'), actions: picks, month }),
  fc.record({ kind: fc.constant('setOwner'), actions: picks, person: fc.option(pick) }),
  fc.record({ kind: fc.constant('setProject'), actions: picks, project: pick }),
  fc.record({ kind: fc.constant('setStatus'), actions: picks, status }),
  fc.record({ kind: fc.constant('setPinned'), actions: picks, pinned: fc.boolean() }),
  fc.record({ kind: fc.constant('addDependency'), action: pick, before: pick }),
  fc.record({ kind: fc.constant('removeDependency'), action: pick, before: pick }),
  fc.record({ kind: fc.constant('addProject'), name: text, code, colour }),
  fc.record({
    kind: fc.constant('updateProject'),
    project: pick,
    name: fc.option(text, { nil: undefined }),
    code,
    colour,
    lead: fc.option(fc.option(pick), { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant('moveProject'),
    project: pick,
    index: fc.integer({ min: -1, max: 8 }),
  }),
  fc.record({ kind: fc.constant('deleteProject'), project: pick, moveTo: fc.option(pick) }),
  fc.record({
    kind: fc.constant('addPerson'),
    name: text,
    initials,
    isGroup: fc.boolean(),
    members: picks,
  }),
  fc.record({
    kind: fc.constant('updatePerson'),
    person: pick,
    name: fc.option(text, { nil: undefined }),
    initials,
    isGroup: fc.option(fc.boolean(), { nil: undefined }),
    members: fc.option(picks, { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('removePerson'), person: pick, handTo: fc.option(pick) }),
);

type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

/** The thing at `position` among `ids`, or, one past the end, an id the plan does not have. */
function at<T extends string>(ids: readonly T[], position: Position, missing: string): T {
  const i = position % (ids.length + 1);
  return (ids[i] ?? missing) as T;
}

function run(store: PlanStore, s: Step): void {
  const state = store.getState();
  const plan = state.plan;
  const action = (p: Position) => at(Object.keys(plan.actions) as ActionId[], p, 'act_gone');
  const project = (p: Position) => at(plan.projectOrder, p, 'prj_gone');
  const person = (p: Position) => at(Object.keys(plan.people) as PersonId[], p, 'per_gone');
  switch (s.kind) {
    case 'addAction':
      state.addAction({ title: s.title, month: s.month, projectId: project(s.project) });
      return;
    case 'updateAction':
      state.updateAction(action(s.action), {
        title: s.title,
        month: s.month,
        status: s.status,
        projectId: s.project === undefined ? undefined : project(s.project),
        ownerIds: s.owners?.map(person),
        dependsOn: s.dependsOn?.map(action),
      });
      return;
    case 'duplicateAction':
      state.duplicateAction(action(s.action));
      return;
    case 'deleteActions':
      state.deleteActions(s.actions.map(action));
      return;
    case 'moveActions':
      state.moveActions(s.actions.map(action), s.month);
      return;
    case 'setOwner':
      state.setOwner(s.actions.map(action), s.person === null ? null : person(s.person));
      return;
    case 'setProject':
      state.setProject(s.actions.map(action), project(s.project));
      return;
    case 'setStatus':
      state.setStatus(s.actions.map(action), s.status);
      return;
    case 'setPinned':
      state.setPinned(s.actions.map(action), s.pinned);
      return;
    case 'addDependency':
      state.addDependency(action(s.action), action(s.before));
      return;
    case 'removeDependency': {
      // One of the waits there are, which a random pair of notes would seldom hit.
      const waiting = Object.values(plan.actions).filter((a) => a.dependsOn.length > 0);
      const id = at(
        waiting.map((a) => a.id),
        s.action,
        'act_gone',
      );
      state.removeDependency(id, at(plan.actions[id]?.dependsOn ?? [], s.before, 'act_gone'));
      return;
    }
    case 'addProject':
      state.addProject({ name: s.name, code: s.code, colour: s.colour });
      return;
    case 'updateProject':
      state.updateProject(project(s.project), {
        name: s.name,
        code: s.code,
        colour: s.colour,
        leadId: s.lead === undefined ? undefined : s.lead === null ? null : person(s.lead),
      });
      return;
    case 'moveProject':
      state.moveProject(project(s.project), s.index);
      return;
    case 'deleteProject':
      state.deleteProject(project(s.project), s.moveTo === null ? null : project(s.moveTo));
      return;
    case 'addPerson':
      state.addPerson({
        name: s.name,
        initials: s.initials,
        isGroup: s.isGroup,
        memberIds: s.members.map(person),
      });
      return;
    case 'updatePerson':
      state.updatePerson(person(s.person), {
        name: s.name,
        initials: s.initials,
        isGroup: s.isGroup,
        memberIds: s.members?.map(person),
      });
      return;
    case 'removePerson':
      state.removePerson(person(s.person), s.handTo === null ? null : person(s.handTo));
      return;
  }
}

const CODE = /^[\p{L}\p{N}]{2,4}$/u;

const repeated = (values: readonly string[]) =>
  values.filter((value, i) => values.indexOf(value) !== i);

/** Everything a valid plan promises, as one list of what is wrong: empty when all holds. */
function wrongs(plan: Plan): string[] {
  const has = (record: object, id: string) => Object.hasOwn(record, id);
  const wrong: string[] = [];
  for (const a of Object.values(plan.actions)) {
    if (!has(plan.projects, a.projectId)) wrong.push(`${a.id}: project ${a.projectId}`);
    for (const o of a.ownerIds) if (!has(plan.people, o)) wrong.push(`${a.id}: owner ${o}`);
    for (const d of a.dependsOn) if (!has(plan.actions, d)) wrong.push(`${a.id}: waits on ${d}`);
    if (!a.title.trim()) wrong.push(`${a.id}: blank title`);
  }
  const projectIds = Object.keys(plan.projects);
  if ([...plan.projectOrder].sort().join() !== projectIds.sort().join()) {
    wrong.push(`projectOrder ${plan.projectOrder.join()} is not ${projectIds.join()}`);
  }
  const projects = Object.values(plan.projects);
  for (const p of projects) {
    if (!CODE.test(p.code)) wrong.push(`${p.id}: code ${p.code}`);
    if (p.leadId !== null && !has(plan.people, p.leadId)) wrong.push(`${p.id}: lead ${p.leadId}`);
  }
  const codes = projects.map((p) => p.code.toLocaleUpperCase());
  for (const c of repeated(codes)) wrong.push(`code ${c} twice`);
  const people = Object.values(plan.people);
  const initials = people.map((p) => p.initials.toLocaleUpperCase());
  for (const i of repeated(initials)) wrong.push(`initials ${i} twice`);
  for (const p of people) {
    if (!p.initials.trim() || p.initials.length > 6) wrong.push(`${p.id}: initials ${p.initials}`);
    if (!p.isGroup && p.memberIds.length > 0) wrong.push(`${p.id}: a person with members`);
    for (const m of p.memberIds) if (!has(plan.people, m)) wrong.push(`${p.id}: member ${m}`);
  }
  for (const cycle of dependencyCycles(plan)) wrong.push(`circle ${cycle.join(' ')}`);
  const parsed = v.safeParse(planSchema, plan);
  for (const issue of parsed.issues ?? []) {
    wrong.push(`schema: ${v.getDotPath(issue) ?? ''} ${issue.message}`);
  }
  if (parsed.success) for (const p of planProblems(plan)) wrong.push(`${p.where}: ${p.reason}`);
  return wrong;
}

// A full check after every step is most of the time taken: allow for a busy machine.
describe('random sequences of edits', { timeout: 30_000 }, () => {
  it('start from a valid plan', () => {
    expect(wrongs(initial)).toEqual([]);
  });

  it('keep the plan valid at every step, and undo back to the very plan they started from', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30, size: 'max' }), (steps) => {
        const store = createPlanStore(initial);
        for (const s of steps) {
          const before = store.getState().past.length;
          run(store, s);
          // One command is at most one undo step.
          expect(store.getState().past.length - before).toBeLessThanOrEqual(1);
          expect(wrongs(store.getState().plan)).toEqual([]);
        }
        const end = store.getState().plan;
        const count = store.getState().past.length;
        for (let i = 0; i < count; i++) store.getState().undo();
        expect(store.getState().plan).toBe(initial);
        expect(store.getState().plan).toEqual(samplePlan());
        for (let i = 0; i < count; i++) store.getState().redo();
        expect(store.getState().plan).toBe(end);
      }),
      { numRuns: 50 },
    );
  });
});
