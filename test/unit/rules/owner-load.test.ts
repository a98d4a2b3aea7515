import { describe, expect, it } from 'vitest';
import { ownerLoad } from '../../../src/domain/rules/owner-load';
import {
  idOf,
  makePlan,
  personIdOf,
  type ActionRow,
  type PlanOptions,
} from '../../fixtures/make-plan';
import { messages, warnings } from './check';

const people = [
  { initials: 'HO', name: 'Helen Okafor' },
  { initials: 'MB', name: 'Marcus Bell' },
  { initials: 'SLT', name: 'Senior leadership team', group: true },
];

/** `count` actions owned by `owners`, in `month`, titled `<prefix> 1`, `<prefix> 2`, ... */
const rows = (count: number, month: string | null, owners = ['HO'], prefix = 'Action') =>
  Array.from({ length: count }, (_, i): ActionRow => [`${prefix} ${i + 1}`, month, { owners }]);

const plan = (actions: ActionRow[], options: PlanOptions = {}) =>
  makePlan({ people, actions, ...options });

describe('owner-load', () => {
  it('is quiet when a person holds exactly the limit in a term', () => {
    expect(messages(ownerLoad, plan(rows(4, '2026-10')))).toEqual([]);
  });

  it('flags a person over the limit in a term once, naming them, the term and the numbers', () => {
    const over = plan([...rows(3, '2026-09'), ...rows(2, '2026-12', ['HO'], 'Later')]);
    expect(messages(ownerLoad, over)).toEqual([
      'Helen Okafor (HO) holds 5 actions in Autumn 2026, more than the 4 one person should hold in a term; share some out or move them.',
    ]);
    const [warning] = warnings(ownerLoad, over);
    expect(warning?.severity).toBe('warning');
    expect(warning?.termIds).toEqual(['autumn-2026']);
    expect(warning?.actionIds).toEqual(
      ['Action 1', 'Action 2', 'Action 3', 'Later 1', 'Later 2'].map(idOf),
    );
  });

  it('counts each term apart', () => {
    const spread = plan([...rows(4, '2026-11'), ...rows(4, '2027-01', ['HO'], 'Spring')]);
    expect(messages(ownerLoad, spread)).toEqual([]);
  });

  it('counts each person apart, and a shared action for each of its owners', () => {
    const shared = plan([
      ...rows(4, '2026-10', ['HO', 'MB'], 'Shared'),
      ['Marcus alone', '2026-11', { owners: ['MB'] }],
    ]);
    expect(messages(ownerLoad, shared)).toEqual([
      'Marcus Bell (MB) holds 5 actions in Autumn 2026, more than the 4 one person should hold in a term; share some out or move them.',
    ]);
  });

  it('does not count groups, which the single-owner rule asks to name a person for', () => {
    expect(messages(ownerLoad, plan(rows(9, '2026-10', ['SLT'])))).toEqual([]);
  });

  it('does not count unscheduled actions, nor actions outside the plan’s terms', () => {
    const unplaced = plan([...rows(4, '2026-10'), ...rows(3, null, ['HO'], 'Tray')]);
    expect(messages(ownerLoad, unplaced)).toEqual([]);
    const outside = plan([...rows(4, '2026-10'), ...rows(3, '2031-10', ['HO'], 'Far')]);
    expect(messages(ownerLoad, outside)).toEqual([]);
  });

  it("takes the limit from the plan's settings", () => {
    const tight = plan(rows(3, '2027-02'));
    expect(messages(ownerLoad, tight)).toEqual([]);
    tight.settings.maxActionsPerOwner = 2;
    expect(messages(ownerLoad, tight)).toEqual([
      'Helen Okafor (HO) holds 3 actions in Spring 2027, more than the 2 one person should hold in a term; share some out or move them.',
    ]);
    tight.settings.maxActionsPerOwner = 3;
    expect(messages(ownerLoad, tight)).toEqual([]);
  });

  it('does not count an owner who is no longer among the people', () => {
    const orphaned = plan(rows(5, '2026-10'));
    delete orphaned.people[personIdOf('HO')];
    expect(messages(ownerLoad, orphaned)).toEqual([]);
  });
});
