import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActionId, PersonId, ProjectId } from '../../../src/domain/ids';
import type { MonthKey } from '../../../src/domain/month';
import { planCalendar } from '../../../src/domain/plan-calendar';
import { samplePlan } from '../../../src/domain/sample-plan';
import { HISTORY_LIMIT } from '../../../src/store/history';
import { createPlanStore } from '../../../src/store/plan-store';

const survey = 'act_5_1' as ActionId; // "Staff workload survey", November 2026

describe('moving notes', () => {
  it('moves a note to a month and to the tray, one undo step each', () => {
    const store = createPlanStore(samplePlan());
    store.getState().moveAction(survey, { month: '2027-02' });
    expect(store.getState().plan.actions[survey]?.month).toBe('2027-02');
    store.getState().moveAction(survey, { month: null });
    expect(store.getState().plan.actions[survey]?.month).toBeNull();
    expect(store.getState().past.map((e) => e.command)).toEqual(['moveAction', 'moveAction']);
  });

  it('changes the project or the owner when a note moves to another lane', () => {
    const store = createPlanStore(samplePlan());
    store.getState().moveAction(survey, {
      month: '2026-11',
      lane: { mode: 'project', projectId: 'prj_att' as ProjectId },
    });
    expect(store.getState().plan.actions[survey]?.projectId).toBe('prj_att');
    store.getState().moveAction(survey, {
      month: '2026-11',
      lane: { mode: 'owner', ownerId: 'per_gov' as PersonId },
    });
    expect(store.getState().plan.actions[survey]?.ownerIds).toEqual(['per_gov']);
    store
      .getState()
      .moveAction(survey, { month: '2026-11', lane: { mode: 'owner', ownerId: null } });
    expect(store.getState().plan.actions[survey]?.ownerIds).toEqual([]);
    expect(store.getState().past).toHaveLength(3);
  });

  it('records no undo step for a drop where the note already was', () => {
    const store = createPlanStore(samplePlan());
    const before = store.getState().plan;
    store.getState().moveAction(survey, { month: '2026-11' });
    store.getState().moveAction(survey, {
      month: '2026-11',
      lane: { mode: 'owner', ownerId: 'per_sc' as PersonId },
    });
    expect(store.getState().plan).toBe(before);
    expect(store.getState().past).toEqual([]);
  });
});

describe('undo and redo', () => {
  it('step back and forward through moves, and a new move clears what could be redone', () => {
    const store = createPlanStore(samplePlan());
    const start = store.getState().plan;
    store.getState().moveAction(survey, { month: '2027-01' });
    const moved = store.getState().plan;
    store.getState().undo();
    expect(store.getState().plan).toBe(start);
    store.getState().redo();
    expect(store.getState().plan).toBe(moved);
    store.getState().undo();
    store.getState().moveAction(survey, { month: '2027-03' });
    expect(store.getState().future).toEqual([]);
    store.getState().redo();
    expect(store.getState().plan.actions[survey]?.month).toBe('2027-03');
  });

  it('do nothing when there is nothing to undo or redo', () => {
    const store = createPlanStore(samplePlan());
    const start = store.getState().plan;
    store.getState().undo();
    store.getState().redo();
    expect(store.getState().plan).toBe(start);
  });

  it(`keep at least 100 steps and at most ${HISTORY_LIMIT}`, () => {
    const store = createPlanStore(samplePlan());
    const months = planCalendar(store.getState().plan).months;
    for (let i = 0; i < HISTORY_LIMIT + 50; i++)
      store.getState().moveAction(survey, { month: months[i % 12]! });
    expect(store.getState().past).toHaveLength(HISTORY_LIMIT);
    for (let i = 0; i < 100; i++) store.getState().undo();
    expect(store.getState().past).toHaveLength(HISTORY_LIMIT - 100);
    expect(store.getState().future).toHaveLength(100);
  });

  it('return the starting plan after undoing any sequence of moves, and the end plan after redoing it', () => {
    const initial = samplePlan();
    const ids = Object.keys(initial.actions) as ActionId[];
    const places: (MonthKey | null)[] = [...planCalendar(initial).months, null];
    const move = fc.record({ id: fc.constantFrom(...ids), month: fc.constantFrom(...places) });
    fc.assert(
      fc.property(fc.array(move, { maxLength: 40 }), (moves) => {
        const store = createPlanStore(initial);
        for (const m of moves) store.getState().moveAction(m.id, { month: m.month });
        const end = store.getState().plan;
        const steps = store.getState().past.length;
        for (let i = 0; i < steps; i++) store.getState().undo();
        expect(store.getState().plan).toBe(initial);
        expect(store.getState().plan).toEqual(samplePlan());
        for (let i = 0; i < steps; i++) store.getState().redo();
        expect(store.getState().plan).toBe(end);
      }),
    );
  });
});

describe('a new plan', () => {
  it('starts empty with the months asked for and no history', () => {
    const store = createPlanStore(samplePlan());
    store.getState().moveAction(survey, { month: '2027-01' });
    store
      .getState()
      .newPlan({ name: 'Silver plan', phase: 'silver', startMonth: '2027-09', lengthMonths: 18 });
    const { plan, past, future } = store.getState();
    expect(plan.name).toBe('Silver plan');
    expect(Object.keys(plan.actions)).toEqual([]);
    expect(planCalendar(plan).months.at(-1)).toBe('2029-02');
    expect([past, future]).toEqual([[], []]);
  });
});
