import { describe, expect, it } from 'vitest';
import type { PersonId, ProjectId } from '../../../src/domain/ids';
import type { Plan } from '../../../src/domain/plan';
import type { Problem } from '../../../src/domain/result';
import { samplePlan } from '../../../src/domain/sample-plan';
import { createPlanStore } from '../../../src/store/plan-store';
import { expectNoStep, expectOneStep, expectRefused, titled } from './undo-steps';

const HO = 'per_ho' as PersonId; // Helen Okafor, leads VIS
const GL = 'per_gl' as PersonId; // Gemma Lyons, owns the five ATT actions and leads ATT
const SC = 'per_sc' as PersonId;
const GOV = 'per_gov' as PersonId; // Governing body, a group
const ATT = 'prj_att' as ProjectId;

function sampleStore() {
  const store = createPlanStore(samplePlan());
  return { store, state: () => store.getState() };
}

function addedId(result: { id: PersonId } | Problem | undefined): PersonId {
  if (!result || !('id' in result)) throw new Error('expected the person to be added');
  return result.id;
}

/** The owners of the notes with these titles. */
const ownersOf = (plan: Plan, titles: string[]) =>
  titles.map((t) => plan.actions[titled(plan, t)]?.ownerIds);

const ATTENDANCE = [
  'Publish attendance expectations to families',
  'Daily attendance calls from 8:30',
  'Attendance panel for persistent absence',
  'Rewards for improved attendance',
  'Attendance review with governors',
];

describe('addPerson', () => {
  it('adds a person with the initials and role given, as one step', () => {
    const { store, state } = sampleStore();
    let id: PersonId | undefined;
    const plan = expectOneStep(store, 'addPerson', () => {
      id = addedId(state().addPerson({ name: ' Amara Nwosu ', initials: 'AmN', role: 'SENCo' }));
    });
    expect(plan.people[id!]).toEqual({
      id,
      name: 'Amara Nwosu',
      initials: 'AmN',
      role: 'SENCo',
      isGroup: false,
      memberIds: [],
    });
  });

  it('makes initials from the name when none are given, unused in the plan', () => {
    const { store, state } = sampleStore();
    const first = addedId(state().addPerson({ name: 'Amara Nwosu' }));
    const second = addedId(state().addPerson({ name: 'Ade Njoku' }));
    const third = addedId(state().addPerson({ name: 'Helen Ogundipe' }));
    const people = store.getState().plan.people;
    expect([first, second, third].map((id) => people[id]?.initials)).toEqual(['AN', 'AN2', 'HO2']);
  });

  it('finds free initials when the initials of a long name are taken', () => {
    const { store, state } = sampleStore();
    const name = 'Anna Beth Clare Dawn Eve Fay';
    const first = addedId(state().addPerson({ name }));
    const second = addedId(state().addPerson({ name }));
    const people = store.getState().plan.people;
    expect([people[first]?.initials, people[second]?.initials]).toEqual(['ABCDEF', 'ABCDE2']);
  });

  it('adds a group with its members, each once and each in the plan', () => {
    const { store, state } = sampleStore();
    const id = addedId(
      state().addPerson({
        name: 'Attendance team',
        isGroup: true,
        memberIds: [GL, SC, GL, 'per_gone' as PersonId],
      }),
    );
    expect(store.getState().plan.people[id]).toMatchObject({
      initials: 'AT',
      isGroup: true,
      memberIds: [GL, SC],
    });
  });

  it('gives a person, as against a group, no members', () => {
    const { store, state } = sampleStore();
    const id = addedId(state().addPerson({ name: 'Amara Nwosu', memberIds: [GL] }));
    expect(store.getState().plan.people[id]?.memberIds).toEqual([]);
  });

  it("refuses a blank name, and someone else's initials whatever their case", () => {
    const { store, state } = sampleStore();
    expectRefused(store, () => state().addPerson({ name: ' ' }), {
      where: 'name',
      reason: 'a person or group needs a name',
    });
    expectRefused(store, () => state().addPerson({ name: 'Harry Owen', initials: 'ho' }), {
      where: 'initials',
      reason: "ho are already Helen Okafor's initials",
    });
    expectRefused(store, () => state().addPerson({ name: 'Harry Owen', initials: 'HARRYOW' }), {
      where: 'initials',
      reason: 'initials are at most 6 letters',
    });
  });
});

describe('updatePerson', () => {
  it('renames a person and changes their initials and role, as one step', () => {
    const { store, state } = sampleStore();
    const plan = expectOneStep(store, 'updatePerson', () =>
      state().updatePerson(GL, { name: 'Gemma Lyons-Hart', initials: 'GLH', role: 'Deputy' }),
    );
    expect(plan.people[GL]).toMatchObject({
      name: 'Gemma Lyons-Hart',
      initials: 'GLH',
      role: 'Deputy',
    });
  });

  it('lets a person keep their own initials in another case', () => {
    const { store, state } = sampleStore();
    const plan = expectOneStep(store, 'updatePerson', () =>
      state().updatePerson(GL, { initials: 'Gl' }),
    );
    expect(plan.people[GL]?.initials).toBe('Gl');
  });

  it("sets a group's members, each once, and a person's members stay empty", () => {
    const { store, state } = sampleStore();
    const plan = expectOneStep(store, 'updatePerson', () =>
      state().updatePerson(GOV, { memberIds: [HO, GL, HO, GOV] }),
    );
    expect(plan.people[GOV]?.memberIds).toEqual([HO, GL]);
    expectNoStep(store, () => state().updatePerson(SC, { memberIds: [HO] }));
  });

  it("refuses a blank name and someone else's initials, changing nothing", () => {
    const { store, state } = sampleStore();
    expectRefused(store, () => state().updatePerson(GL, { name: '', role: 'Deputy' }), {
      where: 'name',
      reason: 'a person or group needs a name',
    });
    expectRefused(store, () => state().updatePerson(GL, { initials: 'sc' }), {
      where: 'initials',
      reason: "sc are already Siân Carter's initials",
    });
    expectRefused(store, () => state().updatePerson(GL, { initials: ' ' }), {
      where: 'initials',
      reason: 'initials are needed: notes show them',
    });
  });

  it('makes no step for a person not in the plan, or for no change', () => {
    const { store, state } = sampleStore();
    expectNoStep(store, () => state().updatePerson('per_gone' as PersonId, { role: 'x' }));
    expectNoStep(store, () => state().updatePerson(GL, { name: 'Gemma Lyons', initials: 'GL' }));
  });
});

describe('removePerson', () => {
  it('hands their actions and the projects they lead to someone else, as one step', () => {
    const { store, state } = sampleStore();
    const plan = expectOneStep(store, 'removePerson', () => state().removePerson(GL, HO));
    expect(plan.people[GL]).toBeUndefined();
    expect(ownersOf(plan, ATTENDANCE)).toEqual(Array(5).fill([HO]));
    expect(plan.projects[ATT]?.leadId).toBe(HO);
  });

  it('leaves their actions without that owner, and their projects without a lead, when asked', () => {
    const { store, state } = sampleStore();
    const plan = expectOneStep(store, 'removePerson', () => state().removePerson(GL, null));
    expect(ownersOf(plan, ATTENDANCE)).toEqual(Array(5).fill([]));
    expect(plan.projects[ATT]?.leadId).toBeNull();
  });

  it('keeps the other owners of a shared action, and gives the heir it once', () => {
    const { store, state } = sampleStore();
    const [calls, panel] = ATTENDANCE.slice(1, 3).map((t) => titled(state().plan, t));
    state().updateAction(calls!, { ownerIds: [GL, HO] });
    state().updateAction(panel!, { ownerIds: [SC, GL] });
    const plan = expectOneStep(store, 'removePerson', () => state().removePerson(GL, HO));
    expect([plan.actions[calls!]?.ownerIds, plan.actions[panel!]?.ownerIds]).toEqual([
      [HO],
      [SC, HO],
    ]);
  });

  it('takes them out of every group they belonged to', () => {
    const { store, state } = sampleStore();
    state().updatePerson(GOV, { memberIds: [HO, GL] });
    state().updatePerson('per_hod' as PersonId, { memberIds: [GL] });
    const plan = expectOneStep(store, 'removePerson', () => state().removePerson(GL, SC));
    expect(plan.people[GOV]?.memberIds).toEqual([HO]);
    expect(plan.people['per_hod' as PersonId]?.memberIds).toEqual([]);
  });

  it('removes a group whose actions go to a person', () => {
    const { store, state } = sampleStore();
    const plan = expectOneStep(store, 'removePerson', () => state().removePerson(GOV, HO));
    expect(ownersOf(plan, ['Agree the vision statement with governors'])).toEqual([[HO]]);
  });

  it('changes nothing when the heir is not in the plan, or is the person removed', () => {
    const { store, state } = sampleStore();
    expectNoStep(store, () => state().removePerson(GL, 'per_gone' as PersonId));
    expectNoStep(store, () => state().removePerson(GL, GL));
    expectNoStep(store, () => state().removePerson('per_gone' as PersonId, null));
  });
});
