import { describe, expect, it } from 'vitest';
import { reviewBuffer } from '../../../src/domain/rules/review-buffer';
import { idOf, makePlan, type ActionRow } from '../../fixtures/make-plan';
import { messages, warnings } from './check';

/** One action in each month from January to July 2027, titled by its month. */
const spring = (): ActionRow[] =>
  ['2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07'].map((m) => [
    `Work in ${m}`,
    m,
  ]);

describe('review-buffer', () => {
  it('flags an action in April before a review on 15 June, and not one in March', () => {
    // 3 months before 15 June is 15 March: the months starting after it, April to June, stay free.
    const plan = makePlan({
      review: '2027-06-15',
      bufferMonths: 3,
      actions: [
        ['Staff survey', '2027-04'],
        ['Policy review', '2027-03'],
      ],
    });
    expect(messages(reviewBuffer, plan)).toEqual([
      '"Staff survey" is in April 2027 (Summer 2027), inside the 3 months kept free before the review.',
    ]);
    const [warning] = warnings(reviewBuffer, plan);
    expect(warning).toMatchObject({
      ruleId: 'review-buffer',
      severity: 'warning',
      actionIds: [idOf('Staff survey')],
      termIds: ['summer-2027'],
    });
  });

  it('keeps April, May and June free for a review in mid-June, and nothing after it', () => {
    const plan = makePlan({ review: '2027-06-15', actions: spring() });
    expect(messages(reviewBuffer, plan)).toEqual([
      '"Work in 2027-04" is in April 2027 (Summer 2027), inside the 3 months kept free before the review.',
      '"Work in 2027-05" is in May 2027 (Summer 2027), inside the 3 months kept free before the review.',
      '"Work in 2027-06" is in June 2027 (Summer 2027), inside the 3 months kept free before the review.',
    ]);
  });

  it('keeps March free as well when the review is on the first of June', () => {
    // 3 months before 1 June is 1 March, so March starts inside the buffer.
    const plan = makePlan({ review: '2027-06-01', actions: spring() });
    expect(messages(reviewBuffer, plan)).toEqual([
      '"Work in 2027-03" is in March 2027 (Spring 2027), inside the 3 months kept free before the review.',
      '"Work in 2027-04" is in April 2027 (Summer 2027), inside the 3 months kept free before the review.',
      '"Work in 2027-05" is in May 2027 (Summer 2027), inside the 3 months kept free before the review.',
      '"Work in 2027-06" is in June 2027 (Summer 2027), inside the 3 months kept free before the review.',
    ]);
  });

  it('moves the buffer with the setting', () => {
    const plan = makePlan({ review: '2027-06-15', bufferMonths: 4, actions: spring() });
    expect(warnings(reviewBuffer, plan).flatMap((w) => w.actionIds)).toEqual([
      idOf('Work in 2027-03'),
      idOf('Work in 2027-04'),
      idOf('Work in 2027-05'),
      idOf('Work in 2027-06'),
    ]);
  });

  it('says when the buffer is shorter than the 3-4 months recommended', () => {
    const plan = makePlan({ review: '2027-06-15', bufferMonths: 2 });
    expect(messages(reviewBuffer, plan)).toEqual([
      'Only 2 months are kept free before the review on 15 June 2027; 3-4 months are recommended.',
    ]);
    expect(warnings(reviewBuffer, plan)[0]).toMatchObject({ actionIds: [], termIds: [] });
    expect(messages(reviewBuffer, makePlan({ review: '2027-06-15', bufferMonths: 3 }))).toEqual([]);
  });

  it('says "1 month is" for a one-month buffer', () => {
    const plan = makePlan({ review: '2027-06-15', bufferMonths: 1 });
    expect(messages(reviewBuffer, plan)).toEqual([
      'Only 1 month is kept free before the review on 15 June 2027; 3-4 months are recommended.',
    ]);
  });

  it('says "1 month" when naming an action inside a one-month buffer', () => {
    const plan = makePlan({
      review: '2027-06-15',
      bufferMonths: 1,
      actions: [['Survey', '2027-06']],
    });
    expect(messages(reviewBuffer, plan)).toEqual([
      'Only 1 month is kept free before the review on 15 June 2027; 3-4 months are recommended.',
      '"Survey" is in June 2027 (Summer 2027), inside the 1 month kept free before the review.',
    ]);
  });

  it('gives no warnings at all without a review date', () => {
    const plan = makePlan({ bufferMonths: 2, actions: spring() });
    expect(warnings(reviewBuffer, plan)).toEqual([]);
  });

  it('offers the latest earlier month with room, outside the buffer', () => {
    const plan = makePlan({ review: '2027-06-15', actions: [['Staff survey', '2027-05']] });
    expect(warnings(reviewBuffer, plan)[0]?.fix).toEqual({
      label: 'Move "Staff survey" to March 2027',
      moves: [{ actionId: idOf('Staff survey'), month: '2027-03' }],
    });
  });

  it('does not offer a fix into a full term', () => {
    const full: ActionRow[] = Array.from({ length: 8 }, (_, i) => [`Spring ${i + 1}`, '2027-02']);
    const plan = makePlan({
      review: '2027-06-15',
      actions: [...full, ['Staff survey', '2027-05']],
    });
    expect(warnings(reviewBuffer, plan)[0]?.fix?.moves).toEqual([
      { actionId: idOf('Staff survey'), month: '2026-12' },
    ]);
  });
});
