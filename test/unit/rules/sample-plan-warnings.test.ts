import { describe, expect, it } from 'vitest';
import type { ActionId } from '../../../src/domain/ids';
import { planCalendar } from '../../../src/domain/plan-calendar';
import { checkPlan, ruleContext } from '../../../src/domain/rules/index';
import { samplePlan } from '../../../src/domain/sample-plan';

describe('the warnings on the sample plan', () => {
  const plan = samplePlan();
  const warnings = checkPlan(plan, ruleContext(plan, planCalendar(plan)));
  const titleOf = (id: ActionId) => plan.actions[id]?.title;

  it('says Spring 2027 is overloaded, counting the inspection action plan', () => {
    const overloads = warnings.filter((w) => w.ruleId === 'term-overload');
    expect(overloads.map((w) => w.message)).toEqual([
      'Spring 2027 holds 13 actions (capacity 8) — 5 over, counting 2 from the Inspection action plan.',
    ]);
    expect(overloads[0]?.termIds).toEqual(['spring-2027']);
    expect(overloads[0]?.actionIds).toHaveLength(11);
  });

  it('flags "Second staff workload survey" inside the buffer before the June review', () => {
    const buffer = warnings.filter((w) => w.ruleId === 'review-buffer');
    expect(buffer.map((w) => w.actionIds.map(titleOf))).toEqual([['Second staff workload survey']]);
    expect(buffer.map((w) => w.message)).toEqual([
      '"Second staff workload survey" is in May 2027 (Summer 2027), inside the 3 months kept free before the review.',
    ]);
  });

  it('lists the most severe first', () => {
    const order = { error: 0, warning: 1, info: 2 };
    const severities = warnings.map((w) => order[w.severity]);
    expect(severities).toEqual([...severities].sort((a, b) => a - b));
    expect(warnings.at(-1)?.ruleId).toBe('unscheduled');
  });
});
