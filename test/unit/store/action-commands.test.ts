import { describe, expect, it } from 'vitest';
import { createPlan } from '../../../src/domain/create-plan';
import type { ActionId, PersonId, ProjectId } from '../../../src/domain/ids';
import type { Problem } from '../../../src/domain/result';
import { samplePlan } from '../../../src/domain/sample-plan';
import { createPlanStore, type PlanStore } from '../../../src/store/plan-store';
import { expectNoStep, expectOneStep, expectRefused, titled } from './undo-steps';

const SURVEY = 'Staff workload survey'; // November 2026, WEL, Siân Carter
const AUDIT = 'Audit feedback in exercise books'; // 2.1
const POLICY = 'Draft the feedback policy'; // 2.2, waits on 2.1
const TRAINING = 'Feedback training for all staff'; // 2.3, waits on 2.2
const LIBRARY = 'Library refit for reading for pleasure'; // unscheduled, RDG

const HO = 'per_ho' as PersonId;
const GL = 'per_gl' as PersonId;
const ATT = 'prj_att' as ProjectId;

function sampleStore() {
  const store = createPlanStore(samplePlan());
  const id = (title: string) => titled(store.getState().plan, title);
  return { store, id, state: () => store.getState() };
}

const note = (store: PlanStore, id: ActionId) => store.getState().plan.actions[id];

describe('addAction', () => {
  it('adds a note with the title typed, in the month and project given, as one step', () => {
    const { store, state } = sampleStore();
    let added: { id: ActionId } | Problem | undefined;
    const plan = expectOneStep(store, 'addAction', () => {
      added = state().addAction({ title: '  Parent survey  ', month: '2027-03', projectId: ATT });
    });
    if (!added || !('id' in added)) throw new Error('expected the note to be added');
    expect(plan.actions[added.id]).toMatchObject({
      title: 'Parent survey',
      month: '2027-03',
      projectId: ATT,
      status: 'not-started',
      ownerIds: [],
      dependsOn: [],
    });
    expect(Object.keys(plan.actions)).toHaveLength(Object.keys(samplePlan().actions).length + 1);
  });

  it('adds a note to the Unscheduled tray, in the first project when none is given', () => {
    const { store, state } = sampleStore();
    const added = state().addAction({ title: 'Open evening', month: null });
    if (!('id' in added)) throw new Error('expected the note to be added');
    expect(note(store, added.id)).toMatchObject({ month: null, projectId: 'prj_vis' });
  });

  it('gives a note added in an owner lane that owner', () => {
    const { store, state } = sampleStore();
    const added = state().addAction({
      title: 'Attendance letters',
      month: '2026-10',
      lane: { mode: 'owner', ownerId: GL },
    });
    if (!('id' in added)) throw new Error('expected the note to be added');
    expect(note(store, added.id)?.ownerIds).toEqual([GL]);
  });

  it('makes a first project when a new plan has none, in the same step', () => {
    const plan = createPlan({
      name: 'New',
      phase: 'bronze',
      startMonth: '2026-09',
      lengthMonths: 12,
    });
    const store = createPlanStore(plan);
    const after = expectOneStep(store, 'addAction', () =>
      store.getState().addAction({ title: 'First idea', month: '2026-09' }),
    );
    const [project] = Object.values(after.projects);
    expect(project).toMatchObject({ name: 'Actions' });
    expect(after.projectOrder).toEqual([project!.id]);
    expect(Object.values(after.actions).map((a) => [a.title, a.projectId])).toEqual([
      ['First idea', project!.id],
    ]);
  });

  it('refuses an empty or blank title, changing nothing', () => {
    const { store, state } = sampleStore();
    const problem = { where: 'title', reason: 'an action needs a title' };
    expectRefused(store, () => state().addAction({ title: '', month: '2026-10' }), problem);
    expectRefused(store, () => state().addAction({ title: ' \t\n', month: null }), problem);
  });

  it('keeps a long title whole', () => {
    const { store, state } = sampleStore();
    const title = `Review ${'the reading strategy '.repeat(15).trim()}`;
    expect(title.length).toBeGreaterThan(200);
    const added = state().addAction({ title, month: null });
    if (!('id' in added)) throw new Error('expected the note to be added');
    expect(note(store, added.id)?.title).toBe(title);
  });

  it('refuses a title longer than a plan file keeps, so the plan can still be saved', () => {
    const { store, state } = sampleStore();
    expectRefused(store, () => state().addAction({ title: 'x'.repeat(501), month: null }), {
      where: 'title',
      reason: 'a title is at most 500 characters; put the rest in the notes',
    });
  });
});

describe('updateAction', () => {
  it("saves an editor's changes to one note as one step", () => {
    const { store, state, id } = sampleStore();
    const survey = id(SURVEY);
    const changes = {
      title: 'Staff workload and wellbeing survey ',
      kind: 'evidence',
      size: 'medium',
      status: 'in-progress',
      reference: '5.1a',
      resources: 'Survey licence (new, £200)',
      successCriteria: '80% of staff respond',
      monitoring: 'Governors',
      notes: 'Anonymous',
      tags: ['funded'],
      ownerIds: [HO],
      projectId: ATT,
      month: '2027-01',
    } as const;
    const plan = expectOneStep(store, 'updateAction', () =>
      state().updateAction(survey, { ...changes, tags: [...changes.tags], ownerIds: [HO] }),
    );
    expect(plan.actions[survey]).toEqual({
      ...samplePlan().actions[survey],
      ...changes,
      title: 'Staff workload and wellbeing survey',
    });
  });

  it('refuses a blank title, changing nothing', () => {
    const { store, state, id } = sampleStore();
    expectRefused(store, () => state().updateAction(id(SURVEY), { title: '  ', notes: 'x' }), {
      where: 'title',
      reason: 'an action needs a title',
    });
  });

  it('refuses waits that would close a circle, naming the two notes', () => {
    const { store, state, id } = sampleStore();
    expectRefused(store, () => state().updateAction(id(AUDIT), { dependsOn: [id(TRAINING)] }), {
      where: 'depends on',
      reason: `"${TRAINING}" already waits on "${AUDIT}"; the two would wait on each other`,
    });
    expectRefused(store, () => state().updateAction(id(AUDIT), { dependsOn: [id(AUDIT)] }), {
      where: 'depends on',
      reason: 'an action cannot wait on itself',
    });
  });

  it('keeps the waits it is given once each, and only on notes in the plan', () => {
    const { store, state, id } = sampleStore();
    const plan = expectOneStep(store, 'updateAction', () =>
      state().updateAction(id(SURVEY), {
        dependsOn: [id(AUDIT), id(AUDIT), 'act_gone' as ActionId, id(POLICY)],
      }),
    );
    expect(plan.actions[id(SURVEY)]?.dependsOn).toEqual([id(AUDIT), id(POLICY)]);
  });

  it('keeps owners once each, and only people in the plan', () => {
    const { store, state, id } = sampleStore();
    const plan = expectOneStep(store, 'updateAction', () =>
      state().updateAction(id(SURVEY), { ownerIds: [HO, HO, 'per_gone' as PersonId, GL] }),
    );
    expect(plan.actions[id(SURVEY)]?.ownerIds).toEqual([HO, GL]);
  });

  it('leaves the project as it was when the one given is not in the plan', () => {
    const { store, state, id } = sampleStore();
    expectNoStep(store, () =>
      state().updateAction(id(SURVEY), { projectId: 'prj_gone' as ProjectId }),
    );
    expect(note(store, id(SURVEY))?.projectId).toBe('prj_wel');
  });

  it('makes no step for a note that is not in the plan, or for no change', () => {
    const { store, state, id } = sampleStore();
    expectNoStep(store, () => state().updateAction('act_gone' as ActionId, { notes: 'x' }));
    expectNoStep(store, () => state().updateAction(id(SURVEY), { title: SURVEY }));
  });
});

describe('duplicateAction', () => {
  it('copies a note beside it, waiting on what it waits on, not started, as one step', () => {
    const { store, state, id } = sampleStore();
    state().setStatus([id(POLICY)], 'met');
    let copyId: ActionId | null = null;
    const plan = expectOneStep(store, 'duplicateAction', () => {
      copyId = state().duplicateAction(id(POLICY));
    });
    expect(copyId).not.toBeNull();
    expect(copyId).not.toBe(id(POLICY));
    expect(plan.actions[copyId!]).toEqual({
      ...plan.actions[id(POLICY)],
      id: copyId,
      status: 'not-started',
    });
    expect(plan.actions[copyId!]?.dependsOn).toEqual([id(AUDIT)]);
    // Nothing waited on the copy before it existed, so nothing waits on it now.
    expect(Object.values(plan.actions).filter((a) => a.dependsOn.includes(copyId!))).toEqual([]);
  });

  it('gives a copy its own lists, so editing one leaves the other', () => {
    const { store, state, id } = sampleStore();
    const copyId = state().duplicateAction(id(POLICY))!;
    state().addDependency(copyId, id(SURVEY));
    expect(note(store, id(POLICY))?.dependsOn).toEqual([id(AUDIT)]);
    expect(note(store, copyId)?.dependsOn).toEqual([id(AUDIT), id(SURVEY)]);
  });

  it('returns null and makes no step for a note that is not in the plan', () => {
    const { store, state } = sampleStore();
    expect(expectNoStep(store, () => state().duplicateAction('act_gone' as ActionId))).toBeNull();
  });
});

describe('deleteActions', () => {
  it('deletes several notes as one step, and every wait on them', () => {
    const { store, state, id } = sampleStore();
    const [audit, policy, training, survey] = [id(AUDIT), id(POLICY), id(TRAINING), id(SURVEY)];
    const plan = expectOneStep(store, 'deleteActions', () =>
      state().deleteActions([audit, survey]),
    );
    expect([plan.actions[audit], plan.actions[survey]]).toEqual([undefined, undefined]);
    expect(plan.actions[policy]?.dependsOn).toEqual([]);
    expect(plan.actions[training]?.dependsOn).toEqual([policy]);
    expect(Object.keys(plan.actions)).toHaveLength(Object.keys(samplePlan().actions).length - 2);
  });

  it('makes no step when none of the notes is in the plan', () => {
    const { store, state } = sampleStore();
    expectNoStep(store, () => state().deleteActions(['act_gone' as ActionId]));
    expectNoStep(store, () => state().deleteActions([]));
  });
});

describe('changing several notes at once', () => {
  it('moves a selection to a month, or to the tray, as one step', () => {
    const { store, state, id } = sampleStore();
    const ids = [id(SURVEY), id(LIBRARY), id(AUDIT)];
    let plan = expectOneStep(store, 'moveActions', () => state().moveActions(ids, '2027-04'));
    expect(ids.map((i) => plan.actions[i]?.month)).toEqual(['2027-04', '2027-04', '2027-04']);
    plan = expectOneStep(store, 'moveActions', () => state().moveActions(ids, null));
    expect(ids.map((i) => plan.actions[i]?.month)).toEqual([null, null, null]);
  });

  it('gives a selection one owner, or none, as one step', () => {
    const { store, state, id } = sampleStore();
    const ids = [id(SURVEY), id(AUDIT)];
    let plan = expectOneStep(store, 'setOwner', () => state().setOwner(ids, HO));
    expect(ids.map((i) => plan.actions[i]?.ownerIds)).toEqual([[HO], [HO]]);
    plan = expectOneStep(store, 'setOwner', () => state().setOwner(ids, null));
    expect(ids.map((i) => plan.actions[i]?.ownerIds)).toEqual([[], []]);
  });

  it('moves a selection to another project as one step', () => {
    const { store, state, id } = sampleStore();
    const ids = [id(SURVEY), id(LIBRARY)];
    const plan = expectOneStep(store, 'setProject', () => state().setProject(ids, ATT));
    expect(ids.map((i) => plan.actions[i]?.projectId)).toEqual([ATT, ATT]);
  });

  it('sets the status of a selection as one step', () => {
    const { store, state, id } = sampleStore();
    const ids = [id(SURVEY), id(AUDIT), id(POLICY)];
    const plan = expectOneStep(store, 'setStatus', () => state().setStatus(ids, 'partially-met'));
    expect(ids.map((i) => plan.actions[i]?.status)).toEqual([
      'partially-met',
      'partially-met',
      'partially-met',
    ]);
  });

  it('pins a selection as one step, and unpins it as one step', () => {
    const { store, state, id } = sampleStore();
    const ids = [id(SURVEY), id(AUDIT)];
    let plan = expectOneStep(store, 'setPinned', () => state().setPinned(ids, true));
    expect(ids.map((i) => plan.actions[i]?.pinned)).toEqual([true, true]);
    expect(plan.actions[id(POLICY)]?.pinned).toBe(false);
    expectNoStep(store, () => state().setPinned(ids, true));
    plan = expectOneStep(store, 'setPinned', () => state().setPinned([id(SURVEY)], false));
    expect(ids.map((i) => plan.actions[i]?.pinned)).toEqual([false, true]);
    state().undo();
    expect(ids.map((i) => state().plan.actions[i]?.pinned)).toEqual([true, true]);
    state().undo();
    expect(ids.map((i) => state().plan.actions[i]?.pinned)).toEqual([false, false]);
  });

  it('skips notes no longer in the plan and changes the rest', () => {
    const { store, state, id } = sampleStore();
    const plan = expectOneStep(store, 'setStatus', () =>
      state().setStatus(['act_gone' as ActionId, id(SURVEY)], 'met'),
    );
    expect(plan.actions[id(SURVEY)]?.status).toBe('met');
    expect(plan.actions['act_gone' as ActionId]).toBeUndefined();
  });

  it('makes no step for a project or person not in the plan', () => {
    const { store, state, id } = sampleStore();
    expectNoStep(store, () => state().setProject([id(SURVEY)], 'prj_gone' as ProjectId));
    expectNoStep(store, () => state().setOwner([id(SURVEY)], 'per_gone' as PersonId));
  });
});

describe('dependencies', () => {
  it('makes one note wait on another as one step, and removes the wait as one step', () => {
    const { store, state, id } = sampleStore();
    let problem: unknown = 'not called';
    let plan = expectOneStep(store, 'addDependency', () => {
      problem = state().addDependency(id(SURVEY), id(AUDIT));
    });
    expect(problem).toBeNull();
    expect(plan.actions[id(SURVEY)]?.dependsOn).toEqual([id(AUDIT)]);
    plan = expectOneStep(store, 'removeDependency', () =>
      state().removeDependency(id(SURVEY), id(AUDIT)),
    );
    expect(plan.actions[id(SURVEY)]?.dependsOn).toEqual([]);
  });

  it('makes no step for a wait that is already there, or one that is not there to remove', () => {
    const { store, state, id } = sampleStore();
    expect(expectNoStep(store, () => state().addDependency(id(POLICY), id(AUDIT)))).toBeNull();
    expectNoStep(store, () => state().removeDependency(id(SURVEY), id(AUDIT)));
  });

  it('refuses a wait on a note that waits on this one, naming both', () => {
    const { store, state, id } = sampleStore();
    expectRefused(store, () => state().addDependency(id(AUDIT), id(POLICY)), {
      where: 'depends on',
      reason: `"${POLICY}" already waits on "${AUDIT}"; the two would wait on each other`,
    });
  });

  it('refuses a wait that would close a circle through a chain of notes, naming both ends', () => {
    const { store, state, id } = sampleStore();
    expectRefused(store, () => state().addDependency(id(AUDIT), id(TRAINING)), {
      where: 'depends on',
      reason: `"${TRAINING}" already waits on "${AUDIT}"; the two would wait on each other`,
    });
  });

  it('refuses a note waiting on itself, or on a note not in the plan', () => {
    const { store, state, id } = sampleStore();
    expectRefused(store, () => state().addDependency(id(AUDIT), id(AUDIT)), {
      where: 'depends on',
      reason: 'an action cannot wait on itself',
    });
    expectRefused(store, () => state().addDependency(id(AUDIT), 'act_gone' as ActionId), {
      where: 'depends on',
      reason: 'that action is no longer in the plan',
    });
  });
});
