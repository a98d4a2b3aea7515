import { describe, expect, it } from 'vitest';
import { holidayMonth } from '../../../src/domain/rules/holiday-month';
import { makePlan } from '../../fixtures/make-plan';
import { messages, warnings } from './check';

describe('holiday-month', () => {
  it('flags August and not July', () => {
    const plan = makePlan({
      actions: [
        ['Summer school', '2027-08'],
        ['Sports day', '2027-07'],
      ],
    });
    expect(messages(holidayMonth, plan)).toEqual([
      '"Summer school" is in August 2027 (holiday), a holiday month.',
    ]);
    expect(warnings(holidayMonth, plan)[0]?.fix?.label).toBe('Move "Summer school" to July 2027');
  });

  it('leaves a month outside the plan to the plan-length rule', () => {
    expect(messages(holidayMonth, makePlan({ actions: [['Later', '2028-08']] }))).toEqual([]);
  });
});
