import { describe, expect, it } from 'vitest';
import type { ActionId } from '../../../src/domain/ids';
import type { Plan } from '../../../src/domain/plan';
import { planCalendar } from '../../../src/domain/plan-calendar';
import { ruleContext } from '../../../src/domain/rules/index';
import { samplePlan } from '../../../src/domain/sample-plan';
import { rankedMonthText, rankMonths } from '../../../src/domain/suggest/month-ranking';
import { idOf, makePlan } from '../../fixtures/make-plan';

function ranked(plan: Plan, id: ActionId) {
  const calendar = planCalendar(plan);
  return rankMonths(plan, calendar, ruleContext(plan, calendar), id);
}

describe('where a note could go', () => {
  it('puts the months that break no rule first, the term with most room first, each with its reason', () => {
    const plan = makePlan({
      review: '2027-06-15',
      actions: [
        ['Agree marking policy', '2026-10'],
        ['Train markers', '2026-09', { dependsOn: ['Agree marking policy'] }],
        ['Busy spring', '2027-01'],
      ],
    });
    const months = ranked(plan, idOf('Train markers'));
    expect(
      months
        .filter((m) => m.fits)
        .slice(0, 3)
        .map(rankedMonthText),
    ).toEqual([
      'July 2027: after "Agree marking policy", Summer 2027 load 1 of 8',
      'November 2026: after "Agree marking policy", Autumn 2026 load 2 of 8',
      'December 2026: after "Agree marking policy", Autumn 2026 load 2 of 8',
    ]);
  });

  it('says what each other month would break', () => {
    const plan = makePlan({
      review: '2027-06-15',
      events: [
        { kind: 'training', title: 'Coaching course', date: '2027-01-10', topic: 'coaching' },
      ],
      actions: [['Coaching for new staff', null]],
    });
    const byMonth = new Map(ranked(plan, idOf('Coaching for new staff')).map((m) => [m.month, m]));
    expect(byMonth.get('2026-10')).toEqual({
      month: '2026-10',
      fits: false,
      reason: 'before the training on coaching',
    });
    expect(byMonth.get('2027-05')?.reason).toBe('kept free before the review');
    expect(byMonth.get('2027-08')?.reason).toBe('a holiday month');
    expect(byMonth.get('2027-02')).toMatchObject({ fits: true });
  });

  it('on the sample plan, sends the feedback policy to July, the one month with room', () => {
    const plan = samplePlan();
    const months = ranked(plan, 'act_2_5' as ActionId);
    expect(months.filter((m) => m.fits).map(rankedMonthText)).toEqual([
      'July 2027: after "Trial whole-class feedback in English and maths", after the training on feedback, Summer 2027 load 7 of 8',
    ]);
    expect(months.find((m) => m.month === '2027-03')?.reason).toBe('Spring 2027 load 13 of 8');
  });
});
