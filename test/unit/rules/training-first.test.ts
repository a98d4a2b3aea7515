import { describe, expect, it } from 'vitest';
import type { PlanEvent } from '../../../src/domain/plan';
import { trainingFirst } from '../../../src/domain/rules/training-first';
import { idOf, makePlan } from '../../fixtures/make-plan';
import { messages, warnings } from './check';

const training: Omit<PlanEvent, 'id'> = {
  kind: 'training',
  title: 'Feedback course',
  date: '2027-01-08',
  topic: 'feedback',
};

describe('training-first', () => {
  it('flags an action mentioning the topic placed before the training', () => {
    const plan = makePlan({
      events: [training],
      actions: [['Draft the feedback policy', '2026-12']],
    });
    expect(messages(trainingFirst, plan)).toEqual([
      '"Draft the feedback policy" is in December 2026 (Autumn 2026), before the training on feedback ("Feedback course", 8 January 2027) that should shape it.',
    ]);
    expect(warnings(trainingFirst, plan)[0]).toMatchObject({
      severity: 'warning',
      actionIds: [idOf('Draft the feedback policy')],
      termIds: ['autumn-2026'],
      fix: {
        label: 'Move "Draft the feedback policy" to February 2027',
        moves: [{ actionId: idOf('Draft the feedback policy'), month: '2027-02' }],
      },
    });
  });

  it('accepts the same action after the training, and ignores actions on other topics', () => {
    const plan = makePlan({
      events: [training],
      actions: [
        ['Trial whole-class Feedback', '2027-02'],
        ['Reading audit', '2026-10'],
      ],
    });
    expect(messages(trainingFirst, plan)).toEqual([]);
  });

  it('matches the topic in any case, in tags as well as titles, and only from a word start', () => {
    const plan = makePlan({
      events: [training],
      actions: [
        ['FEEDBACK audit', '2026-10'],
        ['Marking review', '2026-11', { tags: ['feedback'] }],
        ['Nofeedback week', '2026-11'],
      ],
    });
    expect(warnings(trainingFirst, plan).flatMap((w) => w.actionIds)).toEqual([
      idOf('FEEDBACK audit'),
      idOf('Marking review'),
    ]);
  });

  it('ignores training without a topic, and unscheduled actions', () => {
    const plan = makePlan({
      events: [
        { ...training, topic: '  ' },
        { ...training, title: 'Second course' },
      ],
      actions: [['Feedback policy', null]],
    });
    expect(messages(trainingFirst, plan)).toEqual([]);
  });
});
