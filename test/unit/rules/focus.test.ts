import { describe, expect, it } from 'vitest';
import { focus } from '../../../src/domain/rules/focus';
import { makePlan } from '../../fixtures/make-plan';
import { messages } from './check';

const projects = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ code: `P${i + 1}` }));

describe('focus', () => {
  it('flags more than 6 projects, not 6', () => {
    expect(messages(focus, makePlan({ projects: projects(7) }))).toEqual([
      'The plan has 7 projects; a team keeps its focus with 6 or fewer.',
    ]);
    expect(messages(focus, makePlan({ projects: projects(6) }))).toEqual([]);
  });

  it('flags a project with more than 12 actions', () => {
    const actions = Array.from({ length: 13 }, (_, i): [string, string] => [
      `Step ${i + 1}`,
      '2026-10',
    ]);
    expect(
      messages(focus, makePlan({ projects: [{ code: 'RDG', name: 'Reading' }], actions })),
    ).toEqual(['"Reading" has 13 actions; more than 12 is hard for a team to track.']);
  });
});
