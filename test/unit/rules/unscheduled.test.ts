import { describe, expect, it } from 'vitest';
import { unscheduled } from '../../../src/domain/rules/unscheduled';
import { makePlan } from '../../fixtures/make-plan';
import { messages, warnings } from './check';

describe('unscheduled', () => {
  it('lists the notes still in the tray, for information', () => {
    const plan = makePlan({
      actions: [
        ['Library refit', null],
        ['Peer observation', null],
        ['Placed', '2026-10'],
      ],
    });
    expect(messages(unscheduled, plan)).toEqual([
      '2 actions are not scheduled yet: "Library refit" and "Peer observation".',
    ]);
    expect(warnings(unscheduled, plan)[0]?.severity).toBe('info');
  });

  it('names three and counts the rest', () => {
    const actions = ['A', 'B', 'C', 'D', 'E'].map((t): [string, null] => [t, null]);
    expect(messages(unscheduled, makePlan({ actions }))).toEqual([
      '5 actions are not scheduled yet: "A", "B", "C" and 2 more.',
    ]);
  });
});
