import { describe, expect, it } from 'vitest';
import { reviewBuffer } from '../../../src/domain/rules/review-buffer';
import { makePlan } from '../../fixtures/make-plan';
import { messages, warnings } from './check';

describe('review-buffer', () => {
  it('flags an action in the first month kept free and not the month before', () => {
    // Review on 15 June 2027, 3 months: from 15 March, so April, May and June are kept free.
    const plan = makePlan({
      review: '2027-06-15',
      actions: [
        ['Staff survey', '2027-04'],
        ['Policy review', '2027-03'],
      ],
    });
    expect(messages(reviewBuffer, plan)).toEqual([
      '"Staff survey" is in April 2027 (Summer 2027), inside the 3 months kept free before the review.',
    ]);
  });

  it('keeps March free too when the review is on the first of June', () => {
    const plan = makePlan({ review: '2027-06-01', actions: [['Policy review', '2027-03']] });
    expect(messages(reviewBuffer, plan)).toHaveLength(1);
  });

  it('does not flag work after the review', () => {
    const plan = makePlan({ review: '2027-06-15', actions: [['Celebrate', '2027-07']] });
    expect(messages(reviewBuffer, plan)).toEqual([]);
  });

  it('says when the buffer is shorter than recommended', () => {
    const plan = makePlan({ review: '2027-06-15', bufferMonths: 2 });
    expect(messages(reviewBuffer, plan)).toEqual([
      'Only 2 months are kept free before the review on 15 June 2027; 3-4 months are recommended.',
    ]);
  });

  it('is quiet without a review date', () => {
    expect(messages(reviewBuffer, makePlan({ actions: [['Staff survey', '2027-04']] }))).toEqual(
      [],
    );
  });

  it('offers the latest earlier month with room', () => {
    const plan = makePlan({ review: '2027-06-15', actions: [['Staff survey', '2027-05']] });
    expect(warnings(reviewBuffer, plan)[0]?.fix?.label).toBe('Move "Staff survey" to March 2027');
  });
});
