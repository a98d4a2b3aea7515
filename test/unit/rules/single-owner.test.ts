import { describe, expect, it } from 'vitest';
import { singleOwner } from '../../../src/domain/rules/single-owner';
import { makePlan } from '../../fixtures/make-plan';
import { messages } from './check';

describe('single-owner', () => {
  it('asks for one accountable person when there is none, several or a group', () => {
    const plan = makePlan({
      groups: ['SLT'],
      actions: [
        ['No one', '2026-10', { owners: [] }],
        ['Two people', '2026-10', { owners: ['HO', 'MB'] }],
        ['A team', '2026-10', { owners: ['SLT'] }],
        ['One person', '2026-10', { owners: ['HO'] }],
      ],
    });
    expect(messages(singleOwner, plan)).toEqual([
      '"No one" has no owner; name one person accountable for it.',
      '"Two people" has 2 owners (HO, MB); one person should be accountable.',
      '"A team" is owned by a group (Person SLT); name one person in it.',
    ]);
  });
});
