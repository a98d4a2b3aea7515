import { describe, expect, it } from 'vitest';
import { singleOwner } from '../../../src/domain/rules/single-owner';
import { idOf, makePlan, type ActionRow } from '../../fixtures/make-plan';
import { messages, warnings } from './check';

const people = [
  { initials: 'HO', name: 'Helen Okafor' },
  { initials: 'MB', name: 'Marcus Bell' },
  { initials: 'SLT', name: 'Senior leadership team', group: true },
];
const check = (...actions: ActionRow[]) => messages(singleOwner, makePlan({ people, actions }));

describe('single-owner', () => {
  it('flags an action with no owner', () => {
    expect(check(['No one', '2026-10', { owners: [] }])).toEqual([
      '"No one" has no owner; name one person accountable for it.',
    ]);
  });

  it('flags an action with two owners, naming their initials', () => {
    expect(check(['Two people', '2026-10', { owners: ['HO', 'MB'] }])).toEqual([
      '"Two people" has 2 owners (HO, MB); one person should be accountable.',
    ]);
  });

  it('flags an action owned by a group, naming the group', () => {
    expect(check(['A team', '2026-10', { owners: ['SLT'] }])).toEqual([
      '"A team" is owned by a group (Senior leadership team); name one person in it.',
    ]);
  });

  it('accepts one person as owner', () => {
    expect(check(['One person', '2026-10', { owners: ['HO'] }])).toEqual([]);
  });

  it('checks unscheduled actions too, one warning per action, in reference order', () => {
    const plan = makePlan({
      people,
      actions: [
        ['First', null, { owners: [] }],
        ['Second', '2026-10', { owners: ['HO'] }],
        ['Third', '2026-09', { owners: ['SLT'] }],
      ],
    });
    const found = warnings(singleOwner, plan);
    expect(found.map((w) => w.actionIds)).toEqual([[idOf('First')], [idOf('Third')]]);
    expect(found.map((w) => w.severity)).toEqual(['warning', 'warning']);
  });

  it('counts an owner who is no longer among the people as no owner', () => {
    const plan = makePlan({ people, actions: [['Orphan', '2026-10', { owners: ['HO'] }]] });
    delete plan.people[plan.actions[idOf('Orphan')]!.ownerIds[0]!];
    expect(messages(singleOwner, plan)).toEqual([
      '"Orphan" has no owner; name one person accountable for it.',
    ]);
  });
});
