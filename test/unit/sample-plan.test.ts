import { describe, expect, it } from 'vitest';
import { termLoads } from '../../src/domain/load';
import { monthLabel } from '../../src/domain/month';
import { planCalendar } from '../../src/domain/plan-calendar';
import { samplePlan } from '../../src/domain/sample-plan';

describe('the sample plan a first visit opens', () => {
  const plan = samplePlan();
  const actions = Object.values(plan.actions);
  const calendar = planCalendar(plan);
  const titles = (list: typeof actions) => list.map((a) => a.title);

  it('is a 12-month Bronze plan from September 2026 with a review in June 2027', () => {
    expect([plan.phase, plan.lengthMonths]).toEqual(['bronze', 12]);
    expect([calendar.months[0], calendar.months.at(-1)].map((m) => m && monthLabel(m))).toEqual([
      'September 2026',
      'August 2027',
    ]);
    expect(plan.events.filter((e) => e.kind === 'review').map((e) => e.date)).toEqual([
      '2027-06-15',
    ]);
  });

  it('has five projects, exactly one of them strategic', () => {
    expect(plan.projectOrder).toHaveLength(5);
    expect(Object.keys(plan.projects)).toHaveLength(5);
    expect(
      Object.values(plan.projects)
        .filter((p) => p.isStrategic)
        .map((p) => p.name),
    ).toEqual(['A shared vision for learning']);
  });

  it('has about thirty actions, two of them still unscheduled', () => {
    expect(actions.length).toBeGreaterThanOrEqual(25);
    expect(actions.length).toBeLessThanOrEqual(35);
    expect(titles(actions.filter((a) => a.month === null))).toEqual([
      'Peer observation of feedback practice',
      'Library refit for reading for pleasure',
    ]);
  });

  it('overloads Spring 2027: 11 of its own actions and 2 from the inspection plan against 8', () => {
    const loads = [...termLoads(plan, calendar)].map(
      ([id, l]) => `${id}: ${l.own} + ${l.other} = ${l.load} / ${l.capacity}`,
    );
    expect(loads).toEqual([
      'autumn-2026: 8 + 0 = 8 / 8',
      'spring-2027: 11 + 2 = 13 / 8',
      'summer-2027: 6 + 0 = 6 / 8',
    ]);
  });

  it('puts one action in the three months kept free before the review', () => {
    const buffer = ['2027-04', '2027-05', '2027-06'];
    const inBuffer = actions.filter((a) => a.month !== null && buffer.includes(a.month));
    expect(inBuffer.map((a) => `${a.title}, ${a.month && monthLabel(a.month)}`)).toEqual([
      'Second staff workload survey, May 2027',
    ]);
  });

  it('has exactly one action with no owner and some owned by a group', () => {
    expect(titles(actions.filter((a) => a.ownerIds.length === 0))).toEqual([
      'Embed the vision in the curriculum intent',
    ]);
    const groupOwned = actions.flatMap((a) =>
      a.ownerIds
        .map((id) => plan.people[id])
        .filter((p) => p?.isGroup)
        .map((p) => `${a.title}: ${p?.name}`),
    );
    expect(groupOwned).toEqual([
      'Agree the vision statement with governors: Governing body',
      'Trial whole-class feedback in English and maths: Heads of department',
    ]);
  });

  it('refers only to projects, people and actions it holds, with a few dependencies', () => {
    const missing: string[] = [];
    for (const action of actions) {
      if (!plan.projects[action.projectId]) missing.push(`${action.title}: ${action.projectId}`);
      for (const owner of action.ownerIds) {
        if (!plan.people[owner]) missing.push(`${action.title}: ${owner}`);
      }
      for (const before of action.dependsOn) {
        if (!plan.actions[before]) missing.push(`${action.title}: ${before}`);
      }
    }
    expect(missing).toEqual([]);
    expect(actions.filter((a) => a.dependsOn.length > 0).length).toBeGreaterThanOrEqual(3);
    expect(new Set(plan.projectOrder)).toEqual(new Set(Object.keys(plan.projects)));
  });
});
