import { describe, expect, it } from 'vitest';
import { generatedPlan } from '../../src/domain/generated-plan';
import { planCalendar } from '../../src/domain/plan-calendar';

describe('the plans npm run bench generates', () => {
  it('are the same for the same seed and differ for another', () => {
    expect(generatedPlan(300, 7)).toEqual(generatedPlan(300, 7));
    expect(generatedPlan(300, 8)).not.toEqual(generatedPlan(300, 7));
  });

  it('hold the notes asked for, over 18 months and 6 projects, referring only to what exists', () => {
    const plan = generatedPlan(1000, 1);
    const actions = Object.values(plan.actions);
    expect(actions).toHaveLength(1000);
    expect(plan.projectOrder).toHaveLength(6);
    expect(planCalendar(plan).months).toHaveLength(18);
    const months = new Set(planCalendar(plan).months);
    for (const a of actions) {
      if (a.month) expect(months.has(a.month)).toBe(true);
      expect(plan.projects[a.projectId]).toBeDefined();
      for (const o of a.ownerIds) expect(plan.people[o]).toBeDefined();
      for (const d of a.dependsOn) expect(plan.actions[d]).toBeDefined();
    }
    expect(actions.filter((a) => a.month === null).length).toBeGreaterThan(10);
    expect(actions.filter((a) => a.dependsOn.length > 0).length).toBeGreaterThan(200);
    expect(plan.events.some((e) => e.kind === 'review')).toBe(true);
  });
});
