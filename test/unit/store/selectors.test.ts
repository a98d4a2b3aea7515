import { describe, expect, it } from 'vitest';
import type { ActionId, ProjectId, TermId } from '../../../src/domain/ids';
import { laneKey, type LaneMode } from '../../../src/domain/lanes';
import type { MonthKey } from '../../../src/domain/month';
import type { Plan } from '../../../src/domain/plan';
import { samplePlan } from '../../../src/domain/sample-plan';
import { createPlanStore } from '../../../src/store/plan-store';
import {
  cellKey,
  selectCalendar,
  selectCell,
  selectLanes,
  selectMonthCount,
  selectMonthEvents,
  selectTermLoads,
  TRAY,
} from '../../../src/store/selectors';

/** The titles of the notes in one cell, in the order the board shows them. */
const cellTitles = (plan: Plan, mode: LaneMode, key: string) =>
  selectCell(plan, mode, key).map((id) => plan.actions[id]?.title);

const monthCell = (month: MonthKey) => cellKey(month, laneKey({ mode: 'none' }));

/** Every cell of the board without lanes, plus the tray: key to titles. */
function board(plan: Plan): Map<string, (string | undefined)[]> {
  const keys = [...selectCalendar(plan).months.map(monthCell), TRAY];
  return new Map(keys.map((key) => [key, cellTitles(plan, 'none', key)]));
}

/** Load as the term band shows it: `13 / 8`. */
const loadText = (plan: Plan, termId: string) => {
  const load = selectTermLoads(plan).get(termId as TermId);
  return load && `${load.load} / ${load.capacity}`;
};

const surveyId = 'act_5_1' as ActionId; // "Staff workload survey", November 2026

describe('the notes in a cell', () => {
  it('lists a month without lanes in project order, then by reference', () => {
    const plan = samplePlan();
    expect(cellTitles(plan, 'none', monthCell('2027-01'))).toEqual([
      'Feedback training for all staff',
      'Form reading champions in each department',
      'Daily attendance calls from 8:30',
      'Meeting-free week each half term',
    ]);
    expect(selectMonthCount(plan, '2027-01')).toBe(4);
  });

  it('lists the unscheduled notes in the tray and nothing for an empty month', () => {
    const plan = samplePlan();
    expect(cellTitles(plan, 'none', TRAY)).toEqual([
      'Peer observation of feedback practice',
      'Library refit for reading for pleasure',
    ]);
    expect(cellTitles(plan, 'none', monthCell('2027-04'))).toEqual([]);
    expect(selectMonthCount(plan, '2027-04')).toBe(0);
  });

  it('splits a month by project lane and by owner lane, with a No owner lane', () => {
    const plan = samplePlan();
    const fbk = laneKey({ mode: 'project', projectId: 'prj_fbk' as ProjectId });
    expect(cellTitles(plan, 'project', cellKey('2027-02', fbk))).toEqual([
      'Trial whole-class feedback in English and maths',
    ]);
    const noOwner = laneKey({ mode: 'owner', ownerId: null });
    expect(cellTitles(plan, 'owner', cellKey('2027-02', noOwner))).toEqual([
      'Embed the vision in the curriculum intent',
    ]);
    expect(
      selectLanes(plan, 'owner')
        .map((l) => l.label)
        .at(-1),
    ).toBe('No owner');
  });

  it('gives the same array when a cell is read twice from the same plan', () => {
    const plan = samplePlan();
    const key = monthCell('2026-11');
    expect(selectCell(plan, 'none', key)).toBe(selectCell(plan, 'none', key));
  });

  it('moves one note between two cells after a move and leaves every other cell as it was', () => {
    const store = createPlanStore(samplePlan());
    const before = board(store.getState().plan);
    store.getState().moveAction(surveyId, { month: '2027-04' });
    const after = board(store.getState().plan);

    const changed = [...after.keys()].filter(
      (key) => JSON.stringify(after.get(key)) !== JSON.stringify(before.get(key)),
    );
    expect(changed).toEqual([monthCell('2026-11'), monthCell('2027-04')]);
    expect(after.get(monthCell('2026-11'))).toEqual(['Agree the vision statement with governors']);
    expect(after.get(monthCell('2027-04'))).toEqual(['Staff workload survey']);
  });

  it('gives back the very arrays read before a move once the move is undone', () => {
    const store = createPlanStore(samplePlan());
    const key = monthCell('2027-01');
    const read = selectCell(store.getState().plan, 'none', key);
    store.getState().moveAction(surveyId, { month: '2027-04' });
    store.getState().undo();
    expect(selectCell(store.getState().plan, 'none', key)).toBe(read);
  });
});

describe('term load', () => {
  it('shows Spring 2027 of the sample plan over capacity: 11 actions and 2 from another plan', () => {
    const plan = samplePlan();
    const spring = selectTermLoads(plan).get('spring-2027' as TermId);
    expect(spring).toEqual({ own: 11, other: 2, load: 13, capacity: 8 });
    expect(loadText(plan, 'spring-2027')).toBe('13 / 8');
    expect(loadText(plan, 'autumn-2026')).toBe('8 / 8');
  });

  it('follows a note moved out of an overloaded term', () => {
    const store = createPlanStore(samplePlan());
    store.getState().moveAction('act_2_3' as ActionId, { month: '2027-05' });
    const plan = store.getState().plan;
    expect(loadText(plan, 'spring-2027')).toBe('12 / 8');
    expect(loadText(plan, 'summer-2027')).toBe('7 / 8');
  });

  it('is worked out once per plan', () => {
    const plan = samplePlan();
    expect(selectTermLoads(plan)).toBe(selectTermLoads(plan));
  });
});

describe("a month's events", () => {
  it('are a new list once an event is added in that month, with the event in it', () => {
    const store = createPlanStore(samplePlan());
    const before = selectMonthEvents(store.getState().plan, '2027-03');
    store
      .getState()
      .addEvent({ kind: 'planning', title: 'Governors away day', date: '2027-03-20' });
    const after = selectMonthEvents(store.getState().plan, '2027-03');
    expect(after).not.toBe(before);
    expect(after.map((e) => e.title)).toEqual([
      ...before.map((e) => e.title),
      'Governors away day',
    ]);
    expect(selectMonthEvents(store.getState().plan, '2027-03')).toBe(after);
  });
});
