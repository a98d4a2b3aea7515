import { describe, expect, it } from 'vitest';
import type { Status } from '../../src/domain/plan';
import { shortName, titleList, waitingFor } from '../../src/domain/waiting';
import { idOf, makePlan } from '../fixtures/make-plan';

function planWith(statuses: { survey?: Status; policy?: Status } = {}) {
  const plan = makePlan({
    actions: [
      ['Staff survey', '2026-10'],
      ['Audit feedback', '2026-10'],
      ['Draft the feedback policy', '2026-12', { dependsOn: ['Staff survey', 'Audit feedback'] }],
    ],
  });
  plan.actions[idOf('Staff survey')]!.status = statuses.survey ?? 'not-started';
  plan.actions[idOf('Draft the feedback policy')]!.status = statuses.policy ?? 'not-started';
  return plan;
}

const waitsFor = (plan: ReturnType<typeof planWith>) =>
  waitingFor(plan, plan.actions[idOf('Draft the feedback policy')]!).map((a) => a.title);

describe('what a note waits for', () => {
  it('is every action it depends on that is not met yet', () => {
    expect(waitsFor(planWith())).toEqual(['Staff survey', 'Audit feedback']);
    expect(waitsFor(planWith({ survey: 'in-progress' }))).toEqual([
      'Staff survey',
      'Audit feedback',
    ]);
    expect(waitsFor(planWith({ survey: 'met' }))).toEqual(['Audit feedback']);
  });

  it('is nothing once the note itself has been judged', () => {
    expect(waitsFor(planWith({ policy: 'partially-met' }))).toEqual([]);
    expect(waitsFor(planWith({ policy: 'in-progress' }))).toHaveLength(2);
  });
});

describe('the short name a note gives another', () => {
  it('is its reference when it has one', () => {
    expect(shortName({ reference: '1.3', title: 'Agree the vision statement' })).toBe('1.3');
  });

  it('is otherwise its first words', () => {
    expect(shortName({ reference: '', title: 'Agree the vision statement with governors' })).toBe(
      'Agree the vision…',
    );
    expect(shortName({ reference: '', title: 'Staff survey' })).toBe('Staff survey');
  });
});

describe('a list of titles', () => {
  it('reads as a sentence', () => {
    expect(titleList([{ title: 'A' }])).toBe("'A'");
    expect(titleList([{ title: 'A' }, { title: 'B' }, { title: 'C' }])).toBe("'A', 'B' and 'C'");
  });
});
