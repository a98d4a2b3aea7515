import { describe, expect, it } from 'vitest';
import type { PersonId, ProjectId } from '../../../src/domain/ids';
import type { Project } from '../../../src/domain/plan';
import type { Problem } from '../../../src/domain/result';
import { samplePlan } from '../../../src/domain/sample-plan';
import { createPlanStore } from '../../../src/store/plan-store';
import { idOf, makePlan, projectIdOf } from '../../fixtures/make-plan';
import { expectNoStep, expectOneStep, expectRefused } from './undo-steps';

const VIS = 'prj_vis' as ProjectId; // "A shared vision for learning", VIS, strategic, led by HO
const FBK = 'prj_fbk' as ProjectId;
const ATT = 'prj_att' as ProjectId;
const WEL = 'prj_wel' as ProjectId;

function sampleStore() {
  const store = createPlanStore(samplePlan());
  return { store, state: () => store.getState() };
}

const codeReason = 'a code is 2 to 4 letters or digits';

describe('addProject', () => {
  it('adds a project at the end, with an unused palette colour, as one step', () => {
    const { store, state } = sampleStore();
    let added: { id: ProjectId } | Problem | undefined;
    const plan = expectOneStep(store, 'addProject', () => {
      added = state().addProject({ name: ' Parents as partners ', code: 'PAR', isStrategic: true });
    });
    if (!added || !('id' in added)) throw new Error('expected the project to be added');
    expect(plan.projects[added.id]).toMatchObject({
      id: added.id,
      name: 'Parents as partners',
      code: 'PAR',
      colour: '#882255',
      isStrategic: true,
      leadId: null,
    });
    expect(plan.projectOrder).toEqual([...samplePlan().projectOrder, added.id]);
  });

  it('makes a code from the name when none is given', () => {
    const { store, state } = sampleStore();
    const added = state().addProject({ name: 'Parents as partners' });
    if (!('id' in added)) throw new Error('expected the project to be added');
    expect(store.getState().plan.projects[added.id]?.code).toBe('PAP');
  });

  it('refuses a blank name', () => {
    const { store, state } = sampleStore();
    expectRefused(store, () => state().addProject({ name: '  ' }), {
      where: 'name',
      reason: 'a project needs a name',
    });
  });

  it("refuses another project's code, whatever its case, naming that project", () => {
    const { store, state } = sampleStore();
    expectRefused(store, () => state().addProject({ name: 'Visits', code: 'vis' }), {
      where: 'code',
      reason: 'vis is already the code of "A shared vision for learning"',
    });
  });

  it('refuses a code that is not 2 to 4 letters or digits', () => {
    const { store, state } = sampleStore();
    for (const code of ['V', 'ABCDE', 'A-B', 'A B']) {
      expectRefused(store, () => state().addProject({ name: 'P', code }), {
        where: 'code',
        reason: codeReason,
      });
    }
  });

  it('refuses a colour that is not a colour', () => {
    const { store, state } = sampleStore();
    expectRefused(store, () => state().addProject({ name: 'Parents', colour: 'blue' }), {
      where: 'colour',
      reason: 'a colour is written like #1f77b4',
    });
  });
});

describe('updateProject', () => {
  it('changes every field a project editor shows, as one step', () => {
    const { store, state } = sampleStore();
    const changes: Partial<Project> = {
      name: 'Our vision for learning',
      code: 'VSN',
      colour: '#44AA99',
      isStrategic: false,
      leadId: 'per_mb' as PersonId,
      description: 'What good learning looks like here',
      addresses: 'Self-assessment: leadership',
      indicators: '1.2, 1.4',
      judgement: 'Requires improvement',
      successCriteria: 'Every department names the vision in its intent',
      risks: 'Consultation fatigue: keep it short',
    };
    const plan = expectOneStep(store, 'updateProject', () => state().updateProject(VIS, changes));
    expect(plan.projects[VIS]).toEqual({ ...samplePlan().projects[VIS], ...changes });
  });

  it('lets a project keep its own code in another case', () => {
    const { store, state } = sampleStore();
    const plan = expectOneStep(store, 'updateProject', () =>
      state().updateProject(VIS, { code: 'Vis' }),
    );
    expect(plan.projects[VIS]?.code).toBe('Vis');
  });

  it("refuses a blank name, another project's code and a bad code, changing nothing", () => {
    const { store, state } = sampleStore();
    expectRefused(store, () => state().updateProject(VIS, { name: '' }), {
      where: 'name',
      reason: 'a project needs a name',
    });
    expectRefused(store, () => state().updateProject(VIS, { code: 'fbk', name: 'Feedback' }), {
      where: 'code',
      reason: 'fbk is already the code of "Feedback that moves learning on"',
    });
    expectRefused(store, () => state().updateProject(VIS, { code: 'VISION' }), {
      where: 'code',
      reason: codeReason,
    });
    expectRefused(store, () => state().updateProject(VIS, { colour: '#12345' }), {
      where: 'colour',
      reason: 'a colour is written like #1f77b4',
    });
  });

  it('leaves the lead as it was when the one given is not in the plan', () => {
    const { store, state } = sampleStore();
    expectNoStep(store, () => state().updateProject(VIS, { leadId: 'per_gone' as PersonId }));
  });

  it('makes no step for a project not in the plan, or for no change', () => {
    const { store, state } = sampleStore();
    expectNoStep(store, () => state().updateProject('prj_gone' as ProjectId, { risks: 'x' }));
    expectNoStep(store, () => state().updateProject(VIS, { code: 'VIS', isStrategic: true }));
  });
});

describe('moveProject', () => {
  it('moves a project within the order as one step', () => {
    const { store, state } = sampleStore();
    let plan = expectOneStep(store, 'moveProject', () => state().moveProject(WEL, 0));
    expect(plan.projectOrder).toEqual([WEL, VIS, FBK, 'prj_rdg', ATT]);
    plan = expectOneStep(store, 'moveProject', () => state().moveProject(WEL, 99));
    expect(plan.projectOrder).toEqual([VIS, FBK, 'prj_rdg', ATT, WEL]);
  });

  it('makes no step for a move to where the project already is', () => {
    const { store, state } = sampleStore();
    expectNoStep(store, () => state().moveProject(VIS, 0));
    expectNoStep(store, () => state().moveProject('prj_gone' as ProjectId, 0));
  });
});

describe('deleteProject', () => {
  // LH's "Survey" is waited on by RV's "Review"; "Launch" waits on "Survey" within LH.
  const plan = () =>
    makePlan({
      projects: [{ code: 'LH' }, { code: 'RV' }, { code: 'PE' }],
      actions: [
        ['Survey', '2026-10', { project: 'LH' }],
        ['Launch', '2026-11', { project: 'LH', dependsOn: ['Survey'] }],
        ['Review', '2027-01', { project: 'RV', dependsOn: ['Survey'] }],
        ['Coffee morning', '2027-02', { project: 'PE' }],
      ],
    });
  const [LH, RV, PE] = ['LH', 'RV', 'PE'].map(projectIdOf) as [ProjectId, ProjectId, ProjectId];

  it('moves its actions to the project chosen, waits and all, as one step', () => {
    const store = createPlanStore(plan());
    const after = expectOneStep(store, 'deleteProject', () =>
      store.getState().deleteProject(LH, PE),
    );
    expect(after.projects[LH]).toBeUndefined();
    expect(after.projectOrder).toEqual([RV, PE]);
    expect(Object.values(after.actions).map((a) => [a.title, a.projectId, a.dependsOn])).toEqual([
      ['Survey', PE, []],
      ['Launch', PE, [idOf('Survey')]],
      ['Review', RV, [idOf('Survey')]],
      ['Coffee morning', PE, []],
    ]);
  });

  it('deletes its actions with it, and every wait on them, as one step', () => {
    const store = createPlanStore(plan());
    const after = expectOneStep(store, 'deleteProject', () =>
      store.getState().deleteProject(LH, null),
    );
    expect(after.projectOrder).toEqual([RV, PE]);
    expect(Object.values(after.actions).map((a) => [a.title, a.projectId, a.dependsOn])).toEqual([
      ['Review', RV, []],
      ['Coffee morning', PE, []],
    ]);
  });

  it('deletes a project with no actions', () => {
    const store = createPlanStore(makePlan({ projects: [{ code: 'LH' }, { code: 'RV' }] }));
    const after = expectOneStep(store, 'deleteProject', () =>
      store.getState().deleteProject(LH, null),
    );
    expect([Object.keys(after.projects), after.projectOrder]).toEqual([[RV], [RV]]);
  });

  it('changes nothing when asked to move the actions to a project not in the plan, or to itself', () => {
    const store = createPlanStore(plan());
    expectNoStep(store, () => store.getState().deleteProject(LH, 'prj_gone' as ProjectId));
    expectNoStep(store, () => store.getState().deleteProject(LH, LH));
    expectNoStep(store, () => store.getState().deleteProject('prj_gone' as ProjectId, null));
  });
});
