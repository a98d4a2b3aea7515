import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dropPreview } from '../../src/domain/drop-preview';
import type { ActionId } from '../../src/domain/ids';
import { termLoads, termLoadsAfterMove } from '../../src/domain/load';
import type { MonthKey } from '../../src/domain/month';
import type { Plan } from '../../src/domain/plan';
import { planCalendar } from '../../src/domain/plan-calendar';
import { checkPlan, ruleContext } from '../../src/domain/rules/index';
import { samplePlan } from '../../src/domain/sample-plan';

const moveTo = (plan: Plan, id: ActionId, month: MonthKey | null): Plan => ({
  ...plan,
  actions: { ...plan.actions, [id]: { ...plan.actions[id]!, month } },
});

const check = (plan: Plan) => checkPlan(plan, ruleContext(plan, planCalendar(plan)));

describe('what the board shows while a note is in the air', () => {
  const initial = samplePlan();
  const calendar = planCalendar(initial);
  const ids = Object.keys(initial.actions) as ActionId[];
  const places: (MonthKey | null)[] = [...calendar.months, null];
  // Start from many sequences, not only the sample's: a few random moves first.
  const plans = fc
    .array(fc.record({ id: fc.constantFrom(...ids), month: fc.constantFrom(...places) }), {
      maxLength: 12,
    })
    .map((moves) => moves.reduce((plan, m) => moveTo(plan, m.id, m.month), initial));

  it('predicts exactly the warnings and loads a full check finds after the drop', () => {
    fc.assert(
      fc.property(plans, fc.constantFrom(...ids), fc.constantFrom(...places), (plan, id, month) => {
        const before = check(plan);
        const preview = dropPreview(plan, calendar, before, id, month);
        const after = moveTo(plan, id, month);
        expect(preview.warningsAfter).toEqual(check(after));
        const predicted = termLoadsAfterMove(plan, calendar, termLoads(plan, calendar), id, month);
        expect(predicted).toEqual(termLoads(after, calendar));
      }),
      { numRuns: 200 },
    );
  });

  it('names the rules a drop breaks and clears', () => {
    const survey = 'act_5_3' as ActionId; // "Second staff workload survey", May 2027, in the buffer
    const back = dropPreview(initial, calendar, check(initial), survey, '2026-10');
    expect(back.clears).toEqual(['review-buffer']);
    expect(back.breaks).toEqual(['term-overload']);
    const intoSpring = dropPreview(
      initial,
      calendar,
      check(initial),
      'act_5_1' as ActionId,
      '2027-02',
    );
    expect(intoSpring.breaks).toEqual([]);
  });
});
