import { describe, expect, it } from 'vitest';
import { addImported } from '../../../src/domain/import/add-imported';
import type { Plan } from '../../../src/domain/plan';
import { samplePlan } from '../../../src/domain/sample-plan';
import { createPlanStore } from '../../../src/store/plan-store';
import { makePlan } from '../../fixtures/make-plan';

const imported = () =>
  makePlan({
    projects: [
      { code: 'FBK', name: 'Feedback that moves learning on' },
      { code: 'SND', name: 'Strengthen SEND provision' },
    ],
    people: [
      { initials: 'ZP', name: 'Zoë Price' },
      { initials: 'AO', name: 'Aoife O’Brien' },
    ],
    actions: [
      ['Moderate feedback across departments', '2027-03', { project: 'FBK', owners: ['ZP'] }],
      ['Train TAs in precision teaching', '2026-11', { project: 'SND', owners: ['AO'] }],
      [
        'Review provision maps',
        null,
        { project: 'SND', owners: ['AO'], dependsOn: ['Train TAs in precision teaching'] },
      ],
    ],
  });

function titledIn(plan: Plan, title: string) {
  const action = Object.values(plan.actions).find((a) => a.title === title);
  if (!action) throw new Error(`no action "${title}"`);
  return {
    project: plan.projects[action.projectId]?.name,
    owners: action.ownerIds.map((id) => plan.people[id]?.name),
    dependsOn: action.dependsOn.map((id) => plan.actions[id]?.title),
    month: action.month,
  };
}

describe('adding an imported plan to the open one', () => {
  it('joins projects by name and people by initials, and adds the rest', () => {
    const plan = samplePlan();
    const before = structuredClone(plan);
    addImported(plan, imported());

    expect(Object.keys(plan.actions)).toHaveLength(Object.keys(before.actions).length + 3);
    // The sample already has the feedback project and Zoë Price: they are used, not copied.
    expect(plan.projectOrder).toHaveLength(before.projectOrder.length + 1);
    expect(Object.keys(plan.people)).toHaveLength(Object.keys(before.people).length + 1);
    expect(titledIn(plan, 'Moderate feedback across departments')).toEqual({
      project: 'Feedback that moves learning on',
      owners: ['Zoë Price'],
      dependsOn: [],
      month: '2027-03',
    });
    expect(titledIn(plan, 'Review provision maps')).toEqual({
      project: 'Strengthen SEND provision',
      owners: ['Aoife O’Brien'],
      dependsOn: ['Train TAs in precision teaching'],
      month: null,
    });
    // Nothing the plan had is changed, and the new project has a code and colour of its own.
    for (const action of Object.values(before.actions))
      expect(plan.actions[action.id]).toEqual(action);
    const added = plan.projects[plan.projectOrder.at(-1)!]!;
    const others = before.projectOrder.map((id) => before.projects[id]!);
    expect(others.map((p) => p.code)).not.toContain(added.code);
    expect(others.map((p) => p.colour.toUpperCase())).not.toContain(added.colour.toUpperCase());
  });

  it('is one undo step in the store', () => {
    const store = createPlanStore(samplePlan());
    const before = store.getState().plan;
    store.getState().importActions(imported());
    expect(Object.keys(store.getState().plan.actions)).toHaveLength(
      Object.keys(before.actions).length + 3,
    );
    expect(store.getState().past.map((entry) => entry.command)).toEqual(['importActions']);
    store.getState().undo();
    expect(store.getState().plan).toBe(before);
  });
});
