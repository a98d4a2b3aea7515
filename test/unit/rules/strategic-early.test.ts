import { describe, expect, it } from 'vitest';
import { strategicEarly } from '../../../src/domain/rules/strategic-early';
import { makePlan } from '../../fixtures/make-plan';
import { messages } from './check';

const projects = [{ code: 'VIS', name: 'Vision', strategic: true }, { code: 'RDG' }];

describe('strategic-early', () => {
  it('flags a strategic project whose first action is in the second term', () => {
    const plan = makePlan({
      projects,
      actions: [['Consult staff', '2027-01', { project: 'VIS' }]],
    });
    expect(messages(strategicEarly, plan)).toEqual([
      '"Vision" is strategic but starts in Spring 2027; start it in Autumn 2026.',
    ]);
  });

  it('accepts a strategic project starting in the first term, and ignores other projects', () => {
    const plan = makePlan({
      projects,
      actions: [
        ['Consult staff', '2026-12', { project: 'VIS' }],
        ['Reading audit', '2027-05', { project: 'RDG' }],
      ],
    });
    expect(messages(strategicEarly, plan)).toEqual([]);
  });

  it('asks for a first action when a strategic project has none scheduled', () => {
    const plan = makePlan({ projects, actions: [['Consult staff', null, { project: 'VIS' }]] });
    expect(messages(strategicEarly, plan)).toEqual([
      '"Vision" is strategic but has no action scheduled; start it in Autumn 2026.',
    ]);
  });
});
