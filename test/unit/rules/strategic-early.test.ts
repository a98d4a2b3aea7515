import { describe, expect, it } from 'vitest';
import { strategicEarly } from '../../../src/domain/rules/strategic-early';
import { idOf, makePlan } from '../../fixtures/make-plan';
import { messages, warnings } from './check';

const projects = [
  { code: 'VIS', name: 'Vision', strategic: true },
  { code: 'RDG', name: 'Reading' },
];

describe('strategic-early', () => {
  it('flags a strategic project whose first action is in the second term', () => {
    const plan = makePlan({
      projects,
      actions: [
        ['Consult staff', '2027-01', { project: 'VIS' }],
        ['Agree the vision', '2027-03', { project: 'VIS' }],
      ],
    });
    expect(messages(strategicEarly, plan)).toEqual([
      '"Vision" is strategic but starts in Spring 2027; start it in Autumn 2026.',
    ]);
    expect(warnings(strategicEarly, plan)[0]).toMatchObject({
      severity: 'warning',
      actionIds: [idOf('Consult staff')],
      termIds: ['autumn-2026', 'spring-2027'],
      fix: {
        label: 'Move "Consult staff" to September 2026',
        moves: [{ actionId: idOf('Consult staff'), month: '2026-09' }],
      },
    });
  });

  it('accepts a strategic project whose first action is anywhere in the first term', () => {
    for (const month of ['2026-09', '2026-12']) {
      const plan = makePlan({
        projects,
        actions: [
          ['Consult staff', month, { project: 'VIS' }],
          ['Agree the vision', '2027-05', { project: 'VIS' }],
        ],
      });
      expect(messages(strategicEarly, plan)).toEqual([]);
    }
  });

  it('ignores projects that are not strategic', () => {
    const plan = makePlan({
      projects,
      actions: [
        ['Consult staff', '2026-10', { project: 'VIS' }],
        ['Reading audit', '2027-05', { project: 'RDG' }],
      ],
    });
    expect(messages(strategicEarly, plan)).toEqual([]);
  });

  it('takes the first term of the plan, not of the school year', () => {
    const plan = makePlan({
      start: '2027-01',
      projects,
      actions: [['Consult staff', '2027-04', { project: 'VIS' }]],
    });
    expect(messages(strategicEarly, plan)).toEqual([
      '"Vision" is strategic but starts in Summer 2027; start it in Spring 2027.',
    ]);
  });

  it('asks for a first action when a strategic project has none scheduled', () => {
    const plan = makePlan({ projects, actions: [['Consult staff', null, { project: 'VIS' }]] });
    expect(messages(strategicEarly, plan)).toEqual([
      '"Vision" is strategic but has no action scheduled; start it in Autumn 2026.',
    ]);
  });

  it('says a first action before the plan starts is before the plan, not in a holiday', () => {
    const plan = makePlan({
      projects: [{ code: 'VIS', name: 'Vision', strategic: true }],
      actions: [['Early start', '2026-06', { project: 'VIS' }]],
    });
    expect(messages(strategicEarly, plan)).toEqual([
      '"Vision" is strategic but starts in June 2026, before the plan; start it in Autumn 2026.',
    ]);
  });
});
