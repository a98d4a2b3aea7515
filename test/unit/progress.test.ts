import { describe, expect, it } from 'vitest';
import { progressText } from '../../src/domain/progress';
import { samplePlan } from '../../src/domain/sample-plan';
import type { Status } from '../../src/domain/plan';

describe('the plan progress summary', () => {
  it('counts met first, then every other status a plan has, in words', () => {
    const plan = samplePlan();
    const ids = Object.keys(plan.actions) as (keyof typeof plan.actions)[];
    const set = (n: number, status: Status) => (plan.actions[ids[n]!]!.status = status);
    set(0, 'met');
    set(1, 'met');
    set(2, 'partially-met');
    set(3, 'in-progress');
    expect(progressText(plan)).toBe(
      `2 of ${ids.length} met · 1 partially met · 1 in progress · ${ids.length - 4} not started`,
    );
  });

  it('says so when a plan has no actions', () => {
    expect(progressText({ actions: {} })).toBe('No actions yet');
  });
});
