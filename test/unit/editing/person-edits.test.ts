import { describe, expect, it } from 'vitest';
import {
  actionsOwnedBy,
  freeInitials,
  initialsProblem,
} from '../../../src/domain/editing/person-edits';
import { makePlan, personIdOf } from '../../fixtures/make-plan';

const plan = () =>
  makePlan({
    people: [
      { initials: 'HO', name: 'Helen Okafor' },
      { initials: 'HO2', name: 'Harry Owen' },
      { initials: 'SLT', name: 'Senior leadership team', group: true },
    ],
    actions: [
      ['Vision day', '2026-09', { owners: ['HO'] }],
      ['Budget', '2026-10', { owners: ['SLT', 'HO'] }],
      ['Survey', '2026-11', { owners: ['HO2'] }],
    ],
  });

describe('initialsProblem', () => {
  it("refuses blank initials, more than six letters, and someone else's in any case", () => {
    const p = plan();
    expect(initialsProblem(p, ' ')?.reason).toBe('initials are needed: notes show them');
    expect(initialsProblem(p, 'ABCDEFG')?.reason).toBe('initials are at most 6 letters');
    expect(initialsProblem(p, ' slt ')?.reason).toBe(
      "slt are already Senior leadership team's initials",
    );
    expect(initialsProblem(p, 'SLT', personIdOf('SLT'))).toBeNull();
    expect(initialsProblem(p, 'ABCDEF')).toBeNull();
  });
});

describe('freeInitials', () => {
  it('numbers initials that are taken, always within six letters', () => {
    const p = plan();
    expect(freeInitials(p, 'Hannah Oduya')).toBe('HO3');
    expect(freeInitials(p, 'Mo Bell')).toBe('MB');
    expect(freeInitials(p, '!!!')).toBe('P');
    for (let n = 0; n < 12; n++) {
      const initials = freeInitials(p, 'Anna Beth Clare Dawn Eve Fay');
      expect(initialsProblem(p, initials)).toBeNull();
      const id = personIdOf(`x${n}`);
      p.people[id] = { id, name: 'A', initials, role: '', isGroup: false, memberIds: [] };
    }
    expect(
      Object.values(p.people)
        .map((x) => x.initials)
        .slice(-3),
    ).toEqual(['ABCD10', 'ABCD11', 'ABCD12']);
  });
});

describe('actionsOwnedBy', () => {
  it('lists the actions someone owns alone or with others, so removing them can ask', () => {
    expect(actionsOwnedBy(plan(), personIdOf('HO')).map((a) => a.title)).toEqual([
      'Vision day',
      'Budget',
    ]);
    expect(actionsOwnedBy(plan(), personIdOf('nobody'))).toEqual([]);
  });
});
