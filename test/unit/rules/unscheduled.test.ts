import { describe, expect, it } from 'vitest';
import { unscheduled } from '../../../src/domain/rules/unscheduled';
import { idOf, makePlan, type ActionRow } from '../../fixtures/make-plan';
import { messages, warnings } from './check';

const tray = (...titles: string[]): ActionRow[] => titles.map((t) => [t, null]);

describe('unscheduled', () => {
  it('is information, not a fault', () => {
    const [warning] = warnings(unscheduled, makePlan({ actions: tray('Library refit') }));
    expect(warning?.severity).toBe('info');
    expect(warning?.termIds).toEqual([]);
  });

  it('counts and names one action', () => {
    expect(messages(unscheduled, makePlan({ actions: tray('Library refit') }))).toEqual([
      '1 action is not scheduled yet: "Library refit".',
    ]);
  });

  it('counts and names every note in the tray, and none on the board', () => {
    const plan = makePlan({
      actions: [...tray('Library refit', 'Peer observation'), ['Placed', '2026-10']],
    });
    expect(messages(unscheduled, plan)).toEqual([
      '2 actions are not scheduled yet: "Library refit" and "Peer observation".',
    ]);
    expect(warnings(unscheduled, plan)[0]?.actionIds).toEqual([
      idOf('Library refit'),
      idOf('Peer observation'),
    ]);
  });

  it('names three, in reference order', () => {
    expect(messages(unscheduled, makePlan({ actions: tray('C', 'A', 'B') }))).toEqual([
      '3 actions are not scheduled yet: "C", "A" and "B".',
    ]);
  });

  it('names three and counts the rest, while listing all of them', () => {
    const plan = makePlan({ actions: tray('A', 'B', 'C', 'D', 'E') });
    expect(messages(unscheduled, plan)).toEqual([
      '5 actions are not scheduled yet: "A", "B", "C" and 2 more.',
    ]);
    expect(warnings(unscheduled, plan)[0]?.actionIds).toHaveLength(5);
  });

  it('says nothing when every action is placed', () => {
    expect(warnings(unscheduled, makePlan({ actions: [['Placed', '2026-10']] }))).toEqual([]);
  });
});
