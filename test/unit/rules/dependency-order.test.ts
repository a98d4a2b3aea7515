import type { ActionId } from '../../../src/domain/ids';
import { generatedPlan } from '../../../src/domain/generated-plan';
import { describe, expect, it } from 'vitest';
import { dependencyOrder } from '../../../src/domain/rules/dependency-order';
import { idOf, makePlan } from '../../fixtures/make-plan';
import { messages, warnings } from './check';

describe('dependency-order', () => {
  it('flags an action in the same month as one it depends on', () => {
    const plan = makePlan({
      actions: [
        ['Audit', '2026-10'],
        ['Policy', '2026-10', { dependsOn: ['Audit'] }],
      ],
    });
    expect(messages(dependencyOrder, plan)).toEqual([
      '"Policy" is in the same month as "Audit" (October 2026), but depends on it and must come after.',
    ]);
    expect(warnings(dependencyOrder, plan)[0]).toMatchObject({
      severity: 'error',
      actionIds: [idOf('Policy'), idOf('Audit')],
      termIds: ['autumn-2026'],
      fix: {
        label: 'Move "Policy" to November 2026',
        moves: [{ actionId: idOf('Policy'), month: '2026-11' }],
      },
    });
  });

  it('flags an action placed earlier than one it depends on', () => {
    const plan = makePlan({
      actions: [
        ['Audit', '2027-01'],
        ['Policy', '2026-11', { dependsOn: ['Audit'] }],
      ],
    });
    expect(messages(dependencyOrder, plan)).toEqual([
      '"Policy" is in November 2026, before "Audit" in January 2027, but depends on it and must come after.',
    ]);
    expect(warnings(dependencyOrder, plan)[0]?.termIds).toEqual(['autumn-2026', 'spring-2027']);
  });

  it('accepts an action placed later than everything it depends on', () => {
    const plan = makePlan({
      actions: [
        ['Audit', '2026-10'],
        ['Survey', '2026-11'],
        ['Policy', '2026-12', { dependsOn: ['Audit', 'Survey'] }],
        ['Training', '2027-01', { dependsOn: ['Policy'] }],
      ],
    });
    expect(messages(dependencyOrder, plan)).toEqual([]);
  });

  it('flags a dependency that is not scheduled', () => {
    const plan = makePlan({
      actions: [
        ['Audit', null],
        ['Policy', '2026-10', { dependsOn: ['Audit'] }],
      ],
    });
    expect(messages(dependencyOrder, plan)).toEqual([
      '"Policy" depends on "Audit", which is not scheduled yet.',
    ]);
    expect(warnings(dependencyOrder, plan)[0]?.actionIds).toEqual([idOf('Policy'), idOf('Audit')]);
  });

  it('gives one warning per broken dependency', () => {
    const plan = makePlan({
      actions: [
        ['Audit', '2026-10'],
        ['Survey', null],
        ['Policy', '2026-10', { dependsOn: ['Audit', 'Survey'] }],
      ],
    });
    expect(messages(dependencyOrder, plan)).toEqual([
      '"Policy" is in the same month as "Audit" (October 2026), but depends on it and must come after.',
      '"Policy" depends on "Survey", which is not scheduled yet.',
    ]);
  });

  it('reports a circle A -> B -> A once, naming both notes, and nothing else about them', () => {
    const plan = makePlan({
      actions: [
        ['A', '2026-10', { dependsOn: ['B'] }],
        ['B', '2026-11', { dependsOn: ['A'] }],
      ],
    });
    expect(messages(dependencyOrder, plan)).toEqual([
      '"A" and "B" depend on each other in a circle, so none of them can go first.',
    ]);
    const [warning] = warnings(dependencyOrder, plan);
    expect(warning?.actionIds).toEqual([idOf('A'), idOf('B')]);
    expect(warning?.fix).toBeUndefined();
  });

  it('reports a circle once whichever of its notes comes first, and never hangs', () => {
    // A note outside the circle that depends on it is not checked against it either.
    const plan = makePlan({
      actions: [
        ['Outside', '2026-09', { dependsOn: ['B'] }],
        ['B', null, { dependsOn: ['A'] }],
        ['A', null, { dependsOn: ['B'] }],
      ],
    });
    expect(messages(dependencyOrder, plan)).toEqual([
      '"A" and "B" depend on each other in a circle, so none of them can go first.',
    ]);
  }, 1000);

  it('names every note of a longer circle', () => {
    const plan = makePlan({
      actions: [
        ['A', '2026-10', { dependsOn: ['C'] }],
        ['B', '2026-11', { dependsOn: ['A'] }],
        ['C', '2026-12', { dependsOn: ['B'] }],
      ],
    });
    expect(messages(dependencyOrder, plan)).toEqual([
      '"A", "C" and "B" depend on each other in a circle, so none of them can go first.',
    ]);
  }, 1000);

  it('names every note that is part of a circle, even where circles overlap', () => {
    // A -> B -> A, and A -> C -> B -> A: C is in a circle too, and is placed before B.
    const plan = makePlan({
      actions: [
        ['A', '2026-10', { dependsOn: ['B', 'C'] }],
        ['B', '2026-11', { dependsOn: ['A'] }],
        ['C', '2026-09', { dependsOn: ['B'] }],
      ],
    });
    const named = new Set(warnings(dependencyOrder, plan).flatMap((w) => w.actionIds));
    expect([...named].sort()).toEqual([idOf('A'), idOf('B'), idOf('C')]);
  }, 1000);

  it('says plainly when a note depends on itself', () => {
    const plan = makePlan({ actions: [['Self', '2026-10', { dependsOn: ['Self'] }]] });
    expect(messages(dependencyOrder, plan)).toEqual([
      '"Self" depends on itself, so it can never be placed.',
    ]);
  });

  it('ignores a dependency on an action that no longer exists', () => {
    const plan = makePlan({ actions: [['Policy', '2026-10', { dependsOn: ['Deleted'] }]] });
    expect(messages(dependencyOrder, plan)).toEqual([]);
  });

  it('checks a chain of 10,000 notes, each after the one before, without running out of stack', () => {
    const plan = generatedPlan(10_000);
    const ids = Object.keys(plan.actions) as ActionId[];
    ids.forEach((id, i) => (plan.actions[id]!.dependsOn = i > 0 ? [ids[i - 1]!] : []));
    plan.actions[ids[0]!]!.dependsOn = [ids.at(-1)!];
    const circles = messages(dependencyOrder, plan).filter((m) => m.includes('in a circle'));
    expect(circles).toHaveLength(1);
  });
});
