import { describe, expect, it } from 'vitest';
import { focus } from '../../../src/domain/rules/focus';
import { idOf, makePlan, type ActionRow } from '../../fixtures/make-plan';
import { messages, warnings } from './check';

const projects = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ code: `P${i + 1}` }));

const steps = (count: number, project: string): ActionRow[] =>
  Array.from({ length: count }, (_, i) => [`${project} step ${i + 1}`, '2026-10', { project }]);

describe('focus', () => {
  it('flags 7 projects, and not 6', () => {
    expect(messages(focus, makePlan({ projects: projects(7) }))).toEqual([
      'The plan has 7 projects; a team keeps its focus with 6 or fewer.',
    ]);
    expect(messages(focus, makePlan({ projects: projects(6) }))).toEqual([]);
  });

  it('flags a project with 13 actions, and not one with 12', () => {
    const plan = makePlan({
      projects: [
        { code: 'RDG', name: 'Reading' },
        { code: 'ATT', name: 'Attendance' },
      ],
      actions: [...steps(13, 'RDG'), ...steps(12, 'ATT')],
    });
    expect(messages(focus, plan)).toEqual([
      '"Reading" has 13 actions; more than 12 is hard for a team to track.',
    ]);
    const [warning] = warnings(focus, plan);
    expect(warning?.severity).toBe('warning');
    expect(warning?.actionIds).toEqual(steps(13, 'RDG').map(([title]) => idOf(title)));
  });

  it('counts unscheduled actions as part of the project', () => {
    const actions: ActionRow[] = [...steps(12, 'RDG'), ['RDG later', null, { project: 'RDG' }]];
    expect(messages(focus, makePlan({ projects: [{ code: 'RDG' }], actions }))).toHaveLength(1);
  });

  it("uses the plan's own limits", () => {
    const plan = makePlan({ projects: projects(4), actions: steps(4, 'P1') });
    plan.settings.maxProjects = 3;
    plan.settings.maxActionsPerProject = 3;
    expect(messages(focus, plan)).toEqual([
      'The plan has 4 projects; a team keeps its focus with 3 or fewer.',
      '"Project P1" has 4 actions; more than 3 is hard for a team to track.',
    ]);
  });
});
