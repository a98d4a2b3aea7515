import { describe, expect, it } from 'vitest';
import { termOverload } from '../../../src/domain/rules/term-overload';
import { makePlan } from '../../fixtures/make-plan';
import { messages, warnings } from './check';

const autumn = (count: number) =>
  Array.from({ length: count }, (_, i): [string, string] => [`Action ${i + 1}`, '2026-10']);

describe('term-overload', () => {
  it('is quiet when a term holds exactly its capacity', () => {
    expect(messages(termOverload, makePlan({ actions: autumn(8) }))).toEqual([]);
  });

  it('names the term, the load, the capacity and how far over', () => {
    expect(messages(termOverload, makePlan({ actions: autumn(9) }))).toEqual([
      'Autumn 2026 holds 9 actions (capacity 8) — 1 over.',
    ]);
  });

  it("counts the school's other plans and says so", () => {
    const plan = makePlan({
      actions: autumn(7),
      otherPlans: [{ name: 'Inspection plan', load: { 'autumn-2026': 2 } }],
    });
    expect(messages(termOverload, plan)).toEqual([
      'Autumn 2026 holds 9 actions (capacity 8) — 1 over, counting 2 from the Inspection plan.',
    ]);
  });

  it('weighs a medium action as 2', () => {
    const plan = makePlan({ actions: [...autumn(7), ['Big one', '2026-11', { size: 'medium' }]] });
    expect(messages(termOverload, plan)).toEqual([
      'Autumn 2026 has a load of 9 (capacity 8) — 1 over.',
    ]);
  });

  it('offers to move one action to a term with room, and the move clears the overload', () => {
    const plan = makePlan({ actions: autumn(9) });
    const [warning] = warnings(termOverload, plan);
    expect(warning?.termIds).toEqual(['autumn-2026']);
    expect(warning?.actionIds).toHaveLength(9);
    const move = warning?.fix?.moves[0];
    expect(move?.month).toBe('2027-01');
    const after = structuredClone(plan);
    after.actions[move!.actionId]!.month = move!.month;
    expect(messages(termOverload, after)).toEqual([]);
  });
});
