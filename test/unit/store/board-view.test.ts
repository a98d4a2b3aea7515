import { describe, expect, it } from 'vitest';
import { selectCellFaces, selectNoteFace } from '../../../src/board/note-selectors';
import type { ActionId, ProjectId, TermId } from '../../../src/domain/ids';
import { generatedPlan } from '../../../src/domain/generated-plan';
import { samplePlan } from '../../../src/domain/sample-plan';
import { createPlanStore } from '../../../src/store/plan-store';
import { selectTermLoads } from '../../../src/store/selectors';
import { selectFinding, selectProjectTermLoads } from '../../../src/store/view-selectors';

const attendance = 'prj_att' as ProjectId;
const feedback = 'prj_fbk' as ProjectId;

describe('find, filters and focus', () => {
  it('count the matching notes among all of them', () => {
    const store = createPlanStore(samplePlan());
    store.getState().setFilter({ query: 'attendance' });
    const { matches, total, shown } = selectFinding(store.getState().plan, store.getState().view);
    expect([matches?.size, total, shown]).toEqual([5, 27, null]);
  });

  it('dim nothing and hide nothing when nothing is asked', () => {
    const store = createPlanStore(samplePlan());
    const finding = selectFinding(store.getState().plan, store.getState().view);
    expect([finding.matches, finding.shown, finding.total]).toEqual([null, null, 27]);
  });

  it('show only the focused project, and count within it', () => {
    const store = createPlanStore(samplePlan());
    store.getState().setFocus(feedback);
    store.getState().setFilter({ query: 'policy' });
    const { matches, total, shown } = selectFinding(store.getState().plan, store.getState().view);
    // Draft, adopt and evaluate the feedback policy, of the project's seven actions.
    expect([matches?.size, total, shown?.size]).toEqual([3, 7, 7]);
  });

  it('are not part of the plan: no undo step, nothing to save', () => {
    const store = createPlanStore(samplePlan());
    const plan = store.getState().plan;
    store.getState().setFilter({ query: 'survey', status: 'met' });
    store.getState().setFocus(attendance);
    expect(store.getState().plan).toBe(plan);
    expect(store.getState().past).toEqual([]);
    store.getState().clearView();
    expect(store.getState().view.focusProjectId).toBeNull();
    expect(store.getState().view.filter.query).toBe('');
  });

  it('forget a project that has been deleted rather than hide every note', () => {
    const store = createPlanStore(samplePlan());
    store.getState().setFocus(attendance);
    store.getState().setFilter({ projectId: attendance });
    store.getState().deleteProject(attendance, feedback);
    const { matches, shown } = selectFinding(store.getState().plan, store.getState().view);
    expect([matches, shown]).toEqual([null, null]);
  });

  it("give a focused project's own load in each term", () => {
    const plan = samplePlan();
    const spring = [...selectTermLoads(plan).keys()][1] as TermId;
    // Spring 2027 holds three attendance actions: January, February and March.
    expect(selectProjectTermLoads(plan, attendance).get(spring)).toBe(3);
  });
});

describe('typing in Find on a board of 1,000 notes', () => {
  const store = createPlanStore(generatedPlan(1000));
  const plan = store.getState().plan;
  const ids = Object.keys(plan.actions) as ActionId[];
  const faces = ids.map((id) => selectNoteFace(plan, id));
  store.getState().setFilter({ query: 'a' });

  it('works out the matches once, however many cells ask', () => {
    const { view } = store.getState();
    expect(selectFinding(plan, view)).toBe(selectFinding(plan, view));
  });

  it('leaves every note face as it was: only the dimming changes', () => {
    const after = store.getState().plan;
    expect(after).toBe(plan);
    expect(ids.filter((id, i) => selectNoteFace(after, id) !== faces[i])).toEqual([]);
    expect(selectCellFaces(after, 'none', 'tray')).toBe(selectCellFaces(plan, 'none', 'tray'));
  });
});
