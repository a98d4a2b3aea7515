import { describe, expect, it } from 'vitest';
import { termLoads } from '../../src/domain/load';
import { checkPlan, ruleContext } from '../../src/domain/rules/index';
import { planCalendar } from '../../src/domain/plan-calendar';
import { samplePlan } from '../../src/domain/sample-plan';

describe('the sample plan a first visit opens', () => {
  const plan = samplePlan();
  const actions = Object.values(plan.actions);
  const calendar = planCalendar(plan);

  it('is a 12-month Bronze plan from September 2026 with a review in June 2027', () => {
    expect([plan.phase, plan.startMonth, plan.lengthMonths]).toEqual(['bronze', '2026-09', 12]);
    expect(plan.events.filter((e) => e.kind === 'review').map((e) => e.date)).toEqual([
      '2027-06-15',
    ]);
  });

  it('has five projects, one of them strategic, and about thirty actions', () => {
    expect(plan.projectOrder).toHaveLength(5);
    expect(Object.values(plan.projects).filter((p) => p.isStrategic)).toHaveLength(1);
    expect(actions.length).toBeGreaterThanOrEqual(25);
    expect(actions.length).toBeLessThanOrEqual(35);
  });

  it('shows what the board checks: two unscheduled, Spring over capacity with 2 from another plan, one note in the buffer', () => {
    expect(actions.filter((a) => a.month === null).map((a) => a.title)).toEqual([
      'Peer observation of feedback practice',
      'Library refit for reading for pleasure',
    ]);
    const loads = [...termLoads(plan, calendar)].map(([id, l]) => `${id} ${l.load}/${l.capacity}`);
    expect(loads).toEqual(['autumn-2026 8/8', 'spring-2027 13/8', 'summer-2027 7/8']);
    const buffer = ['2027-04', '2027-05', '2027-06'];
    expect(actions.filter((a) => a.month && buffer.includes(a.month)).map((a) => a.title)).toEqual([
      'Second staff workload survey',
    ]);
  });

  it('has one action with no owner and one owned by a group', () => {
    expect(actions.filter((a) => a.ownerIds.length === 0).map((a) => a.title)).toEqual([
      'Embed the vision in the curriculum intent',
    ]);
    const groupOwned = actions.filter((a) => a.ownerIds.some((id) => plan.people[id]?.isGroup));
    expect(groupOwned.length).toBeGreaterThanOrEqual(1);
  });

  it('refers only to projects, people and actions it holds, with a few dependencies', () => {
    for (const action of actions) {
      expect(plan.projects[action.projectId]).toBeDefined();
      for (const owner of action.ownerIds) expect(plan.people[owner]).toBeDefined();
      for (const before of action.dependsOn) expect(plan.actions[before]).toBeDefined();
    }
    expect(actions.filter((a) => a.dependsOn.length > 0).length).toBeGreaterThanOrEqual(3);
  });

  it('gives the warnings a newcomer should see, most serious first', () => {
    const found = checkPlan(plan, ruleContext(plan, calendar));
    expect(found[0]?.message).toBe(
      'Spring 2027 holds 13 actions (capacity 8) — 5 over, counting 2 from the Inspection action plan.',
    );
    expect(found.map((w) => w.message)).toContain(
      '"Second staff workload survey" is in May 2027 (Summer 2027), inside the 3 months kept free before the review.',
    );
    expect(new Set(found.map((w) => w.ruleId))).toEqual(
      new Set(['term-overload', 'review-buffer', 'training-first', 'single-owner', 'unscheduled']),
    );
  });
});
