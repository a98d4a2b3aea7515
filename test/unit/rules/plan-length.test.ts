import { describe, expect, it } from 'vitest';
import { planLength } from '../../../src/domain/rules/plan-length';
import { idOf, makePlan } from '../../fixtures/make-plan';
import { messages, warnings } from './check';

describe('plan-length', () => {
  it('flags a Silver plan of 20 months, and not one of 18', () => {
    expect(messages(planLength, makePlan({ phase: 'silver', length: 20 }))).toEqual([
      'The plan runs 20 months; Silver plans are best kept to 18, as longer plans lose momentum.',
    ]);
    expect(messages(planLength, makePlan({ phase: 'silver', length: 18 }))).toEqual([]);
  });

  it('holds Bronze to 12 months and Gold to 18, and never a custom plan', () => {
    expect(messages(planLength, makePlan({ phase: 'bronze', length: 12 }))).toEqual([]);
    expect(messages(planLength, makePlan({ phase: 'bronze', length: 13 }))).toEqual([
      'The plan runs 13 months; Bronze plans are best kept to 12, as longer plans lose momentum.',
    ]);
    expect(messages(planLength, makePlan({ phase: 'gold', length: 19 }))).toEqual([
      'The plan runs 19 months; Gold plans are best kept to 18, as longer plans lose momentum.',
    ]);
    expect(messages(planLength, makePlan({ phase: 'custom', length: 30 }))).toEqual([]);
  });

  it('flags an action after the last month of the plan, and not one in it', () => {
    const plan = makePlan({
      actions: [
        ['Late work', '2027-09'],
        ['Last month', '2027-08'],
        ['First month', '2026-09'],
      ],
    });
    expect(messages(planLength, plan)).toEqual([
      '"Late work" is in September 2027, outside the plan (September 2026 to August 2027).',
    ]);
    expect(warnings(planLength, plan)[0]).toMatchObject({
      severity: 'warning',
      actionIds: [idOf('Late work')],
    });
  });

  it('flags an action before the first month of the plan', () => {
    const plan = makePlan({ actions: [['Early work', '2026-08']] });
    expect(messages(planLength, plan)).toEqual([
      '"Early work" is in August 2026, outside the plan (September 2026 to August 2027).',
    ]);
  });

  it('leaves unscheduled actions alone', () => {
    expect(messages(planLength, makePlan({ actions: [['In the tray', null]] }))).toEqual([]);
  });
});
