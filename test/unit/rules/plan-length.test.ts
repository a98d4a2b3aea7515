import { describe, expect, it } from 'vitest';
import { planLength } from '../../../src/domain/rules/plan-length';
import { makePlan } from '../../fixtures/make-plan';
import { messages } from './check';

describe('plan-length', () => {
  it('flags a Silver plan longer than 18 months, not one of 18', () => {
    expect(messages(planLength, makePlan({ phase: 'silver', length: 20 }))).toEqual([
      'The plan runs 20 months; Silver plans are best kept to 18, as longer plans lose momentum.',
    ]);
    expect(messages(planLength, makePlan({ phase: 'silver', length: 18 }))).toEqual([]);
    expect(messages(planLength, makePlan({ phase: 'custom', length: 30 }))).toEqual([]);
  });

  it('flags an action outside the months of the plan', () => {
    const plan = makePlan({
      actions: [
        ['Late work', '2027-10'],
        ['In time', '2027-08'],
      ],
    });
    expect(messages(planLength, plan)).toEqual([
      '"Late work" is in October 2027, outside the plan (September 2026 to August 2027).',
    ]);
  });
});
