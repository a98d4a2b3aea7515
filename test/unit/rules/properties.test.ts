import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../src/domain/calendar';
import { termLoads } from '../../../src/domain/load';
import { monthRange, type MonthKey } from '../../../src/domain/month';
import { weightOf, type Plan } from '../../../src/domain/plan';
import { planCalendar } from '../../../src/domain/plan-calendar';
import { checkPlan, ruleContext } from '../../../src/domain/rules/index';
import { makePlan, type ActionRow } from '../../fixtures/make-plan';

// The plan runs September 2026 to August 2027; months from June 2026 to November 2027 put some
// notes before and after it, and `null` puts them in the tray.
const MAX_ACTIONS = 14;
const months: (MonthKey | null)[] = [...monthRange('2026-06', 18), null];
const titles = Array.from({ length: MAX_ACTIONS }, (_, i) => `Action ${i + 1}`);

const plans: fc.Arbitrary<Plan> = fc
  .record({
    actions: fc.array(
      fc.record({
        month: fc.constantFrom(...months),
        owners: fc.subarray(['HO', 'MB', 'SLT']),
        // Indices into the actions; those past the end are dropped, so every id exists.
        dependsOn: fc.uniqueArray(fc.nat(MAX_ACTIONS - 1), { maxLength: 3 }),
        size: fc.constantFrom('small' as const, 'medium' as const, 'large' as const),
        project: fc.constantFrom('VIS', 'RDG', 'ATT'),
        tags: fc.subarray(['feedback', 'reading']),
      }),
      { maxLength: MAX_ACTIONS },
    ),
    review: fc.option(fc.constantFrom<IsoDate>('2027-06-01', '2027-06-15', '2027-03-20')),
    capacity: fc.integer({ min: 1, max: 8 }),
    bufferMonths: fc.integer({ min: 0, max: 5 }),
    otherLoad: fc.integer({ min: 0, max: 4 }),
  })
  .map(({ actions, review, capacity, bufferMonths, otherLoad }) => {
    const rows: ActionRow[] = actions.map((a, i) => [
      titles[i] ?? `Action ${i + 1}`,
      a.month,
      {
        owners: a.owners,
        dependsOn: a.dependsOn.filter((n) => n < actions.length).map((n) => titles[n] ?? ''),
        size: a.size,
        project: a.project,
        tags: a.tags,
      },
    ]);
    return makePlan({
      ...(review ? { review } : {}),
      capacity,
      bufferMonths,
      people: [{ initials: 'SLT', group: true }],
      projects: [{ code: 'VIS', strategic: true }, { code: 'RDG' }, { code: 'ATT' }],
      otherPlans: [{ name: 'Inspection plan', load: { 'spring-2027': otherLoad } }],
      events: [{ kind: 'training', title: 'Course', date: '2027-01-10', topic: 'feedback' }],
      actions: rows,
    });
  });

const check = (plan: Plan) => checkPlan(plan, ruleContext(plan, planCalendar(plan)));

describe('every rule, on any small plan', () => {
  it('gives the same warnings for the same plan, every time', () => {
    fc.assert(
      fc.property(plans, (plan) => {
        const first = check(plan);
        expect(check(plan)).toEqual(first);
        expect(check(structuredClone(plan))).toEqual(first);
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
      fc.property(plans, fc.nat(MAX_ACTIONS - 1), fc.constantFrom(...months), (plan, n, to) => {
        const action = Object.values(plan.actions)[n];
        const calendar = planCalendar(plan);
        const from = action?.month ? calendar.termOf.get(action.month) : null;
        if (!action || !from || (to && calendar.termOf.get(to)?.id === from.id)) return;
        const moved = structuredClone(plan);
        moved.actions[action.id]!.month = to;
        const before = termLoads(plan, calendar).get(from.id)!.load;
        const after = termLoads(moved, calendar).get(from.id)!.load;
        expect(after).toBeLessThanOrEqual(before);
        expect(after).toBe(before - weightOf(plan, action));
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
