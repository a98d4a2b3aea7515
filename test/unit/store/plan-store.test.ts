import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPlan } from '../../../src/domain/create-plan';
import type { ActionId, PersonId, ProjectId } from '../../../src/domain/ids';
import { monthLabel, type MonthKey } from '../../../src/domain/month';
import type { Plan } from '../../../src/domain/plan';
import { planCalendar } from '../../../src/domain/plan-calendar';
import { samplePlan } from '../../../src/domain/sample-plan';
import { HISTORY_LIMIT } from '../../../src/store/history';
import { createPlanStore, type Placement, type PlanStore } from '../../../src/store/plan-store';

const SURVEY = 'Staff workload survey'; // November 2026, project WEL, owner Sam Carter

function idOf(plan: Plan, title: string): ActionId {
  const action = Object.values(plan.actions).find((a) => a.title === title);
  if (!action) throw new Error(`No note titled "${title}"`);
  return action.id;
}

/** What the board shows about a note: where it sits, its project's code and its owners' initials. */
function note(store: PlanStore, title: string) {
  const plan = store.getState().plan;
  const action = plan.actions[idOf(plan, title)];
  return {
    month: action?.month ? monthLabel(action.month) : 'Unscheduled',
    project: action && plan.projects[action.projectId]?.code,
    owners: action?.ownerIds.map((id) => plan.people[id]?.initials),
  };
}

function sampleStore() {
  const store = createPlanStore(samplePlan());
  const survey = idOf(store.getState().plan, SURVEY);
  const move = (to: Placement) => store.getState().moveAction(survey, to);
  return { store, survey, move };
}

const steps = (store: PlanStore) => store.getState().past.map((e) => e.command);

describe('moving notes', () => {
  it('moves a note to another month', () => {
    const { store, move } = sampleStore();
    expect(note(store, SURVEY).month).toBe('November 2026');
    move({ month: '2027-02' });
    expect(note(store, SURVEY).month).toBe('February 2027');
  });

  it('moves a note to the Unscheduled tray and back onto the board', () => {
    const { store, move } = sampleStore();
    move({ month: null });
    expect(note(store, SURVEY).month).toBe('Unscheduled');
    move({ month: '2027-03' });
    expect(note(store, SURVEY).month).toBe('March 2027');
  });

  it('changes the project of a note dropped in another project lane', () => {
    const { store, move } = sampleStore();
    move({ month: '2027-01', lane: { mode: 'project', projectId: 'prj_att' as ProjectId } });
    expect(note(store, SURVEY)).toEqual({ month: 'January 2027', project: 'ATT', owners: ['SC'] });
  });

  it('makes the person of an owner lane the one owner, and the No owner lane clears owners', () => {
    const { store, move } = sampleStore();
    move({ month: '2026-11', lane: { mode: 'owner', ownerId: 'per_gov' as PersonId } });
    expect(note(store, SURVEY).owners).toEqual(['GOV']);
    move({ month: '2026-11', lane: { mode: 'owner', ownerId: null } });
    expect(note(store, SURVEY).owners).toEqual([]);
  });

  it('records each move as one undo step, even one that changes month and lane together', () => {
    const { store, move } = sampleStore();
    move({ month: '2027-02' });
    move({ month: null });
    move({ month: '2027-01', lane: { mode: 'project', projectId: 'prj_att' as ProjectId } });
    expect(steps(store)).toEqual(['moveAction', 'moveAction', 'moveAction']);
    store.getState().undo();
    expect(note(store, SURVEY)).toEqual({ month: 'Unscheduled', project: 'WEL', owners: ['SC'] });
  });

  it('records no undo step for a drop where the note already was', () => {
    const { store, move } = sampleStore();
    const before = store.getState().plan;
    move({ month: '2026-11' });
    move({ month: '2026-11', lane: { mode: 'owner', ownerId: 'per_sc' as PersonId } });
    move({ month: '2026-11', lane: { mode: 'project', projectId: 'prj_wel' as ProjectId } });
    move({ month: '2026-11', lane: { mode: 'none' } });
    expect(store.getState().plan).toBe(before);
    expect(steps(store)).toEqual([]);
  });

  it('ignores a move of a note that is not in the plan', () => {
    const store = createPlanStore(samplePlan());
    const before = store.getState().plan;
    store.getState().moveAction('act_missing' as ActionId, { month: '2027-02' });
    expect(store.getState().plan).toBe(before);
    expect(steps(store)).toEqual([]);
  });
});

describe('undo and redo', () => {
  it('return exactly the plan before and after a move', () => {
    const { store, move } = sampleStore();
    const start = store.getState().plan;
    move({ month: '2027-01' });
    const moved = store.getState().plan;
    store.getState().undo();
    expect(store.getState().plan).toBe(start);
    expect(note(store, SURVEY).month).toBe('November 2026');
    store.getState().redo();
    expect(store.getState().plan).toBe(moved);
    expect(note(store, SURVEY).month).toBe('January 2027');
  });

  it('put back the project and owner a lane move changed', () => {
    const { store, move } = sampleStore();
    move({ month: '2027-01', lane: { mode: 'project', projectId: 'prj_att' as ProjectId } });
    move({ month: '2027-01', lane: { mode: 'owner', ownerId: 'per_gl' as PersonId } });
    expect(note(store, SURVEY)).toEqual({ month: 'January 2027', project: 'ATT', owners: ['GL'] });
    store.getState().undo();
    store.getState().undo();
    expect(note(store, SURVEY)).toEqual({ month: 'November 2026', project: 'WEL', owners: ['SC'] });
  });

  it('forget what could be redone once a new move is made', () => {
    const { store, move } = sampleStore();
    move({ month: '2027-01' });
    store.getState().undo();
    expect(store.getState().future).toHaveLength(1);
    move({ month: '2027-03' });
    expect(store.getState().future).toEqual([]);
    store.getState().redo();
    expect(note(store, SURVEY).month).toBe('March 2027');
  });

  it('do nothing when there is nothing to undo or redo', () => {
    const store = createPlanStore(samplePlan());
    const start = store.getState().plan;
    store.getState().undo();
    store.getState().redo();
    expect(store.getState().plan).toBe(start);
    expect([store.getState().past, store.getState().future]).toEqual([[], []]);
  });

  it(`keep the last ${HISTORY_LIMIT} steps, dropping the oldest`, () => {
    const { store, move } = sampleStore();
    const months = planCalendar(store.getState().plan).months;
    const monthOfMove = (i: number) => months[i % months.length] ?? null;
    const moves = HISTORY_LIMIT + 50;
    for (let i = 0; i < moves; i++) move({ month: monthOfMove(i) });
    expect(store.getState().past).toHaveLength(HISTORY_LIMIT);

    for (let i = 0; i < HISTORY_LIMIT + 10; i++) store.getState().undo();
    expect(store.getState().past).toEqual([]);
    expect(store.getState().future).toHaveLength(HISTORY_LIMIT);
    // The oldest step left undoes move 51, so the note stays where move 50 put it.
    const where = monthOfMove(49);
    expect(note(store, SURVEY).month).toBe(where && monthLabel(where));
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
        const count = store.getState().past.length;
        expect(count).toBeLessThanOrEqual(moves.length);
        for (let i = 0; i < count; i++) store.getState().undo();
        expect(store.getState().plan).toBe(initial);
        expect(store.getState().plan).toEqual(samplePlan());
        for (let i = 0; i < count; i++) store.getState().redo();
        expect(store.getState().plan).toBe(end);
        const last = moves.at(-1);
        if (last) expect(end.actions[last.id]?.month).toBe(last.month);
      }),
    );
  });
});

describe('a new or opened plan', () => {
  it('starts empty with the months asked for and no history', () => {
    const { store, move } = sampleStore();
    move({ month: '2027-01' });
    store.getState().openPlan(
      createPlan({
        name: 'Silver plan',
        phase: 'silver',
        startMonth: '2027-09',
        lengthMonths: 18,
      }),
    );
    const { plan, past, future } = store.getState();
    expect(plan.name).toBe('Silver plan');
    expect(Object.keys(plan.actions)).toEqual([]);
    expect(Object.keys(plan.projects)).toEqual([]);
    const months = planCalendar(plan).months.map(monthLabel);
    expect([months.length, months[0], months.at(-1)]).toEqual([
      18,
      'September 2027',
      'February 2029',
    ]);
    expect([past, future]).toEqual([[], []]);
    store.getState().undo();
    expect(store.getState().plan).toBe(plan);
  });

  it('shows an opened plan with history started afresh', () => {
    const { store, move } = sampleStore();
    move({ month: '2027-01' });
    store.getState().undo();
    const opened = createPlan({
      name: 'Opened plan',
      phase: 'bronze',
      startMonth: '2026-09',
      lengthMonths: 12,
    });
    store.getState().openPlan(opened);
    expect(store.getState().plan).toBe(opened);
    expect([store.getState().past, store.getState().future]).toEqual([[], []]);
  });
});
