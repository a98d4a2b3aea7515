import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { termLoads } from '../../../src/domain/load';
import { monthRange } from '../../../src/domain/month';
import type { Plan } from '../../../src/domain/plan';
import { planCalendar } from '../../../src/domain/plan-calendar';
import { checkPlan, ruleContext } from '../../../src/domain/rules/index';
import { makePlan, type PlanOptions } from '../../fixtures/make-plan';

// Months inside a 12-month plan from September 2026, and a few outside it.
const months = [...monthRange('2026-06', 18), null];
const initials = ['HO', 'MB', 'SLT'];

const plans: fc.Arbitrary<Plan> = fc
  .record({
    count: fc.integer({ min: 0, max: 14 }),
    seed: fc.array(
      fc.record({
        month: fc.constantFrom(...months),
        owners: fc.subarray(initials),
        after: fc.array(fc.nat(13), { maxLength: 2 }),
        size: fc.constantFrom('small' as const, 'medium' as const, 'large' as const),
        project: fc.constantFrom('VIS', 'RDG'),
      }),
      { minLength: 14, maxLength: 14 },
    ),
    capacity: fc.integer({ min: 1, max: 8 }),
    bufferMonths: fc.integer({ min: 0, max: 5 }),
  })
  .map(({ count, seed, capacity, bufferMonths }) => {
    const actions: PlanOptions['actions'] = seed.slice(0, count).map((a, i) => [
      `Action ${i}`,
      a.month,
      {
        owners: a.owners,
        after: a.after.filter((n) => n < count).map((n) => `Action ${n}`),
        size: a.size,
        project: a.project,
      },
    ]);
    return makePlan({
      review: '2027-06-15',
      capacity,
      bufferMonths,
      groups: ['SLT'],
      projects: [{ code: 'VIS', strategic: true }, { code: 'RDG' }],
      otherPlans: [{ name: 'Inspection plan', load: { 'spring-2027': 2 } }],
      events: [{ kind: 'training', title: 'Course', date: '2027-01-10', topic: 'action' }],
      actions,
    });
  });

const check = (plan: Plan) => checkPlan(plan, ruleContext(plan, planCalendar(plan)));

describe('every rule, on any plan', () => {
  it('gives the same warnings for the same plan', () => {
    fc.assert(
      fc.property(plans, (plan) => {
        expect(check(structuredClone(plan))).toEqual(check(plan));
      }),
    );
  });

  it('names only notes and terms that exist', () => {
    fc.assert(
      fc.property(plans, (plan) => {
        const terms = new Set(planCalendar(plan).terms.map((t) => t.id));
        for (const warning of check(plan)) {
          for (const id of warning.actionIds) expect(plan.actions[id]).toBeDefined();
          for (const id of warning.termIds) expect(terms.has(id)).toBe(true);
        }
      }),
    );
  });

  it('never raises a term’s load by moving an action out of it', () => {
    fc.assert(
      fc.property(plans, fc.nat(13), fc.constantFrom(...months), (plan, n, to) => {
        const action = Object.values(plan.actions)[n];
        const calendar = planCalendar(plan);
        if (!action?.month) return;
        const from = calendar.termOf.get(action.month);
        if (!from || (to && calendar.termOf.get(to)?.id === from.id)) return;
        const moved = structuredClone(plan);
        moved.actions[action.id]!.month = to;
        expect(termLoads(moved, calendar).get(from.id)!.load).toBeLessThan(
          termLoads(plan, calendar).get(from.id)!.load,
        );
      }),
    );
  });

  it('offers fixes that move existing notes into the plan’s months and can be applied', () => {
    fc.assert(
      fc.property(plans, (plan) => {
        const planMonths = new Set(planCalendar(plan).months);
        for (const warning of check(plan)) {
          if (!warning.fix) continue;
          const fixed = structuredClone(plan);
          for (const move of warning.fix.moves) {
            expect(fixed.actions[move.actionId]).toBeDefined();
            if (move.month) expect(planMonths.has(move.month)).toBe(true);
            fixed.actions[move.actionId]!.month = move.month;
          }
          expect(() => check(fixed)).not.toThrow();
        }
      }),
    );
  });
});
