import { describe, expect, it } from 'vitest';
import { dependencyOrder } from '../../../src/domain/rules/dependency-order';
import { makePlan } from '../../fixtures/make-plan';
import { messages, warnings } from './check';

describe('dependency-order', () => {
  it('flags an action in the same month as one it depends on', () => {
    const plan = makePlan({
      actions: [
        ['Audit', '2026-10'],
        ['Policy', '2026-10', { after: ['Audit'] }],
      ],
    });
    expect(messages(dependencyOrder, plan)).toEqual([
      '"Policy" is in the same month as "Audit" (October 2026), but depends on it and must come after.',
    ]);
    expect(warnings(dependencyOrder, plan)[0]?.fix?.label).toBe('Move "Policy" to November 2026');
  });

  it('flags an action placed before one it depends on, and accepts one after', () => {
    const plan = makePlan({
      actions: [
        ['Audit', '2026-11'],
        ['Policy', '2026-09', { after: ['Audit'] }],
        ['Training', '2026-12', { after: ['Audit'] }],
      ],
    });
    expect(messages(dependencyOrder, plan)).toEqual([
      '"Policy" is in September 2026, before "Audit" in November 2026, but depends on it and must come after.',
    ]);
  });

  it('flags a dependency that is not scheduled', () => {
    const plan = makePlan({
      actions: [
        ['Audit', null],
        ['Policy', '2026-10', { after: ['Audit'] }],
      ],
    });
    expect(messages(dependencyOrder, plan)).toEqual([
      '"Policy" depends on "Audit", which is not scheduled yet.',
    ]);
  });

  it('reports a circle of dependencies once, naming its notes, without hanging', () => {
    const plan = makePlan({
      actions: [
        ['A', '2026-10', { after: ['B'] }],
        ['B', '2026-11', { after: ['A'] }],
        ['C', '2026-12', { after: ['A'] }],
      ],
    });
    expect(messages(dependencyOrder, plan)).toEqual([
      '"A" and "B" depend on each other in a circle, so none of them can go first.',
    ]);
  });
});
