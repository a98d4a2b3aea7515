import { describe, expect, it } from 'vitest';
import { dependencyCycles } from '../../../src/domain/dependency-cycles';
import {
  addDependency,
  dependencyProblem,
  dependsOnProblem,
} from '../../../src/domain/editing/dependency-edits';
import type { ActionId } from '../../../src/domain/ids';
import { idOf, makePlan, type ActionRow } from '../../fixtures/make-plan';

// A chain: "Train staff" waits on "Write policy", which waits on "Audit books".
const chain = () =>
  makePlan({
    actions: [
      ['Audit books', '2026-09'],
      ['Write policy', '2026-10', { dependsOn: ['Audit books'] }],
      ['Train staff', '2026-11', { dependsOn: ['Write policy'] }],
      ['Survey staff', '2026-12'],
    ],
  });

const [AUDIT, POLICY, TRAIN, SURVEY] = [
  'Audit books',
  'Write policy',
  'Train staff',
  'Survey staff',
].map(idOf) as [ActionId, ActionId, ActionId, ActionId];

describe('dependencyProblem', () => {
  it('allows a wait that closes no circle, including a second route to the same note', () => {
    const plan = chain();
    expect(dependencyProblem(plan, SURVEY, TRAIN)).toBeNull();
    expect(dependencyProblem(plan, TRAIN, AUDIT)).toBeNull();
  });

  it('refuses a wait back along a chain, naming the note that already waits and the one waited on', () => {
    expect(dependencyProblem(chain(), AUDIT, TRAIN)).toEqual({
      where: 'depends on',
      reason: '"Train staff" already waits on "Audit books"; the two would wait on each other',
    });
  });

  it('finds a circle through a long chain without visiting a note twice', () => {
    // Each step waits on the two before it: many routes lead back to the first.
    const rows = Array.from({ length: 2_000 }, (_, i): ActionRow => [
      `Step ${i}`,
      '2026-10',
      { dependsOn: [i - 1, i - 2].filter((j) => j >= 0).map((j) => `Step ${j}`) },
    ]);
    const plan = makePlan({ actions: rows });
    expect(dependencyProblem(plan, idOf('Step 0'), idOf('Step 1999'))?.reason).toBe(
      '"Step 1999" already waits on "Step 0"; the two would wait on each other',
    );
  });
});

describe('dependsOnProblem', () => {
  it("names the first of an editor's waits that would close a circle", () => {
    expect(dependsOnProblem(chain(), AUDIT, [SURVEY, POLICY, TRAIN])?.reason).toBe(
      '"Write policy" already waits on "Audit books"; the two would wait on each other',
    );
  });

  it('passes over notes no longer in the plan', () => {
    expect(dependsOnProblem(chain(), SURVEY, ['act_gone' as ActionId, AUDIT])).toBeNull();
  });
});

describe('addDependency', () => {
  it('adds a wait once, and never one that closes a circle', () => {
    const plan = chain();
    expect(addDependency(plan, SURVEY, AUDIT)).toBeNull();
    expect(addDependency(plan, SURVEY, AUDIT)).toBeNull();
    expect(plan.actions[SURVEY]?.dependsOn).toEqual([AUDIT]);
    expect(addDependency(plan, AUDIT, SURVEY)?.reason).toBe(
      '"Survey staff" already waits on "Audit books"; the two would wait on each other',
    );
    expect(dependencyCycles(plan)).toEqual([]);
  });
});
