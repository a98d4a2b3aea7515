import { describe, expect, it } from 'vitest';
import { trainingFirst } from '../../../src/domain/rules/training-first';
import { makePlan } from '../../fixtures/make-plan';
import { messages } from './check';

const training = {
  kind: 'training' as const,
  title: 'Feedback course',
  date: '2027-01-08' as const,
  topic: 'feedback',
};

describe('training-first', () => {
  it('flags work on a topic placed before its training, and not work after it', () => {
    const plan = makePlan({
      events: [training],
      actions: [
        ['Draft the feedback policy', '2026-12'],
        ['Trial whole-class Feedback', '2027-02'],
        ['Reading audit', '2026-10'],
      ],
    });
    expect(messages(trainingFirst, plan)).toEqual([
      '"Draft the feedback policy" is in December 2026 (Autumn 2026), before the training on feedback ("Feedback course", 8 January 2027) that should shape it.',
    ]);
  });

  it('matches tags as well as titles', () => {
    const plan = makePlan({
      events: [training],
      actions: [['Marking review', '2026-11', { tags: ['feedback'] }]],
    });
    expect(messages(trainingFirst, plan)).toHaveLength(1);
  });
});
