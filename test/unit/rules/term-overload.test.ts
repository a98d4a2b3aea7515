import { describe, expect, it } from 'vitest';
import { termLoads } from '../../../src/domain/load';
import type { TermId } from '../../../src/domain/ids';
import { planCalendar } from '../../../src/domain/plan-calendar';
import { termOverload } from '../../../src/domain/rules/term-overload';
import { idOf, makePlan, type ActionRow } from '../../fixtures/make-plan';
import { messages, warnings } from './check';

/** `count` small actions in one month, titled `<prefix> 1`, `<prefix> 2`, ... */
const rows = (count: number, month: string, prefix = 'Action'): ActionRow[] =>
  Array.from({ length: count }, (_, i) => [`${prefix} ${i + 1}`, month]);

describe('term-overload', () => {
  it('is quiet when a term holds exactly its capacity', () => {
    expect(messages(termOverload, makePlan({ actions: rows(8, '2026-10') }))).toEqual([]);
  });

  it('flags one action over, naming the term, the load, the capacity and how far over', () => {
    const plan = makePlan({ actions: rows(9, '2026-10') });
    expect(messages(termOverload, plan)).toEqual([
      'Autumn 2026 holds 9 actions (capacity 8) — 1 over.',
    ]);
    const [warning] = warnings(termOverload, plan);
    expect(warning?.severity).toBe('error');
    expect(warning?.termIds).toEqual(['autumn-2026']);
    expect(warning?.actionIds).toEqual(rows(9, '').map(([title]) => idOf(title)));
  });

  it('counts actions across every month of the term, and only that term', () => {
    const plan = makePlan({
      actions: [
        ...rows(3, '2026-09', 'Sep'),
        ...rows(3, '2026-11', 'Nov'),
        ...rows(3, '2026-12', 'Dec'),
      ],
    });
    expect(messages(termOverload, plan)).toEqual([
      'Autumn 2026 holds 9 actions (capacity 8) — 1 over.',
    ]);
    const split = makePlan({
      actions: [...rows(8, '2026-12', 'Dec'), ...rows(8, '2027-01', 'Jan')],
    });
    expect(messages(termOverload, split)).toEqual([]);
  });

  it("counts the school's other plans and names them", () => {
    const plan = makePlan({
      actions: rows(7, '2026-10'),
      otherPlans: [{ name: 'Inspection plan', load: { 'autumn-2026': 2 } }],
    });
    expect(messages(termOverload, plan)).toEqual([
      'Autumn 2026 holds 9 actions (capacity 8) — 1 over, counting 2 from the Inspection plan.',
    ]);
  });

  it('names every other plan that adds to the term, and none that does not', () => {
    const plan = makePlan({
      actions: rows(6, '2027-02'),
      otherPlans: [
        { name: 'Inspection plan', load: { 'spring-2027': 2 } },
        { name: 'Trust plan', load: { 'spring-2027': 1, 'autumn-2026': 4 } },
        { name: 'Estates plan', load: { 'summer-2027': 3 } },
      ],
    });
    expect(messages(termOverload, plan)).toEqual([
      'Spring 2027 holds 9 actions (capacity 8) — 1 over, counting 3 from the Inspection plan and the Trust plan.',
    ]);
  });

  it("is quiet when other plans' load brings a term exactly to capacity", () => {
    const plan = makePlan({
      actions: rows(6, '2026-10'),
      otherPlans: [{ name: 'Inspection plan', load: { 'autumn-2026': 2 } }],
    });
    expect(messages(termOverload, plan)).toEqual([]);
  });

  it('weighs a medium action as 2 and a large one as 3', () => {
    const medium = makePlan({
      actions: [...rows(7, '2026-10'), ['Big one', '2026-11', { size: 'medium' }]],
    });
    expect(messages(termOverload, medium)).toEqual([
      'Autumn 2026 has a load of 9 (capacity 8) — 1 over.',
    ]);
    const atCapacity = makePlan({
      actions: [...rows(6, '2026-10'), ['Big one', '2026-11', { size: 'medium' }]],
    });
    expect(messages(termOverload, atCapacity)).toEqual([]);
    const large = makePlan({
      actions: [...rows(6, '2026-10'), ['Bigger one', '2026-11', { size: 'large' }]],
    });
    expect(messages(termOverload, large)).toEqual([
      'Autumn 2026 has a load of 9 (capacity 8) — 1 over.',
    ]);
  });

  it("uses the plan's term capacity and a term's own capacity", () => {
    expect(messages(termOverload, makePlan({ capacity: 4, actions: rows(5, '2026-10') }))).toEqual([
      'Autumn 2026 holds 5 actions (capacity 4) — 1 over.',
    ]);
    const plan = makePlan({ capacityByTerm: { 'autumn-2026': 10 }, actions: rows(10, '2026-10') });
    expect(messages(termOverload, plan)).toEqual([]);
  });

  it('offers to move the latest action to a term with room, which clears the overload', () => {
    const plan = makePlan({ actions: [...rows(8, '2026-10'), ['Last one', '2026-12']] });
    const fix = warnings(termOverload, plan)[0]?.fix;
    expect(fix).toEqual({
      label: 'Move "Last one" to January 2027',
      moves: [{ actionId: idOf('Last one'), month: '2027-01' }],
    });
    const after = structuredClone(plan);
    after.actions[idOf('Last one')]!.month = '2027-01';
    expect(messages(termOverload, after)).toEqual([]);
  });

  it('passes over a full term when choosing where the fix moves an action', () => {
    const plan = makePlan({ actions: [...rows(9, '2026-10'), ...rows(8, '2027-02', 'Spring')] });
    expect(messages(termOverload, plan)).toEqual([
      'Autumn 2026 holds 9 actions (capacity 8) — 1 over.',
    ]);
    const move = warnings(termOverload, plan)[0]?.fix?.moves[0];
    expect(move).toEqual({ actionId: idOf('Action 9'), month: '2027-04' });
    const after = structuredClone(plan);
    after.actions[move!.actionId]!.month = move!.month;
    const loads = termLoads(after, planCalendar(after));
    expect(loads.get('summer-2027' as TermId)).toMatchObject({ load: 1, capacity: 8 });
    expect(messages(termOverload, after)).toEqual([]);
  });

  it('offers no fix when no other term has room', () => {
    const plan = makePlan({
      capacity: 2,
      actions: [
        ...rows(3, '2026-10'),
        ...rows(2, '2027-02', 'Spring'),
        ...rows(2, '2027-05', 'Summer'),
      ],
    });
    const [warning] = warnings(termOverload, plan);
    expect(warning?.message).toBe('Autumn 2026 holds 3 actions (capacity 2) — 1 over.');
    expect(warning?.fix).toBeUndefined();
  });
});
