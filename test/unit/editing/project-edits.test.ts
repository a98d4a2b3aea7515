import { describe, expect, it } from 'vitest';
import {
  addProject,
  codeProblem,
  colourProblem,
  freeColour,
} from '../../../src/domain/editing/project-edits';
import { PROJECT_PALETTE } from '../../../src/domain/palette';
import { makePlan, projectIdOf } from '../../fixtures/make-plan';

describe('codeProblem', () => {
  const plan = makePlan({ projects: [{ code: 'LH', name: 'Learning habits' }, { code: 'RV' }] });

  it('accepts 2 to 4 letters or digits in any script', () => {
    for (const code of ['PE', 'Y7RD', 'ÉCO', 'Ωμ']) expect(codeProblem(plan, code)).toBeNull();
  });

  it('refuses other lengths, spaces and punctuation', () => {
    for (const code of ['P', 'READS', 'R D', 'R-D', '']) {
      expect(codeProblem(plan, code)).toEqual({
        where: 'code',
        reason: 'a code is 2 to 4 letters or digits',
      });
    }
  });

  it('refuses the code of another project in any case, but not the project being edited', () => {
    expect(codeProblem(plan, 'lh')).toEqual({
      where: 'code',
      reason: 'lh is already the code of "Learning habits"',
    });
    expect(codeProblem(plan, 'lh', projectIdOf('LH'))).toBeNull();
  });
});

describe('colourProblem', () => {
  it('accepts the #rrggbb colours a plan file keeps, and nothing else', () => {
    expect(PROJECT_PALETTE.map(colourProblem)).toEqual(PROJECT_PALETTE.map(() => null));
    expect(colourProblem('#1f77b4')).toBeNull();
    for (const colour of ['red', '#fff', '#1f77b4ff', '1f77b4', '']) {
      expect(colourProblem(colour)?.reason).toBe('a colour is written like #1f77b4');
    }
  });
});

describe('freeColour and addProject', () => {
  it('give each new project the first palette colour no project has', () => {
    const plan = makePlan({ projects: [] });
    const colours = PROJECT_PALETTE.map((_, i) => {
      const id = addProject(plan, { name: `Project ${i}` });
      return plan.projects[id]!.colour;
    });
    expect(colours).toEqual([...PROJECT_PALETTE]);
    // Once every colour is taken, the palette starts again.
    expect(freeColour(plan)).toBe(PROJECT_PALETTE[0]);
  });

  it('give a project whose code is taken, or not given, a free one made from its name', () => {
    const plan = makePlan({ projects: [{ code: 'RAC' }] });
    const ids = ['Reading across the curriculum', 'Reading across the curriculum'].map((name) =>
      addProject(plan, { name }),
    );
    const taken = addProject(plan, { name: 'Raising attainment', code: 'rac' });
    expect([...ids, taken].map((id) => plan.projects[id]!.code)).toEqual(['REA', 'READ', 'RA']);
    expect(plan.projectOrder).toEqual([projectIdOf('RAC'), ...ids, taken]);
  });
});
