import { describe, expect, it } from 'vitest';
import { holidayMonth } from '../../../src/domain/rules/holiday-month';
import { idOf, makePlan } from '../../fixtures/make-plan';
import { messages, warnings } from './check';

describe('holiday-month', () => {
  it('flags an action in August, and not one in July', () => {
    const plan = makePlan({
      actions: [
        ['Summer school', '2027-08'],
        ['Sports day', '2027-07'],
      ],
    });
    expect(messages(holidayMonth, plan)).toEqual([
      '"Summer school" is in August 2027 (holiday), a holiday month.',
    ]);
    expect(warnings(holidayMonth, plan)[0]).toMatchObject({
      severity: 'warning',
      actionIds: [idOf('Summer school')],
      termIds: [],
      fix: {
        label: 'Move "Summer school" to July 2027',
        moves: [{ actionId: idOf('Summer school'), month: '2027-07' }],
      },
    });
  });

  it('flags an August at the start of a plan, moving the work to September', () => {
    const plan = makePlan({ start: '2026-08', actions: [['Induction', '2026-08']] });
    expect(messages(holidayMonth, plan)).toEqual([
      '"Induction" is in August 2026 (holiday), a holiday month.',
    ]);
    expect(warnings(holidayMonth, plan)[0]?.fix?.moves).toEqual([
      { actionId: idOf('Induction'), month: '2026-09' },
    ]);
  });

  it('prefers the later neighbour when both are as near', () => {
    const plan = makePlan({ start: '2027-01', actions: [['Summer school', '2027-08']] });
    expect(warnings(holidayMonth, plan)[0]?.fix?.moves[0]?.month).toBe('2027-09');
  });

  it('does not flag term months, April after Easter and July included', () => {
    const months = ['2026-09', '2026-12', '2027-01', '2027-03', '2027-04', '2027-07'];
    const plan = makePlan({ actions: months.map((m): [string, string] => [`Work ${m}`, m]) });
    expect(messages(holidayMonth, plan)).toEqual([]);
  });

  it('leaves a month outside the plan to the plan-length rule', () => {
    expect(messages(holidayMonth, makePlan({ actions: [['Later', '2028-08']] }))).toEqual([]);
  });
});
