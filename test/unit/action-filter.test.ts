import { describe, expect, it } from 'vitest';
import {
  matchingActions,
  NO_FILTER,
  NOBODY,
  UNTAGGED,
  type ActionFilter,
} from '../../src/domain/action-filter';
import type { Plan } from '../../src/domain/plan';
import { idOf, makePlan, personIdOf, projectIdOf } from '../fixtures/make-plan';

function planToSearch(): Plan {
  const plan = makePlan({
    projects: [
      { code: 'FBK', name: 'Feedback that moves learning on' },
      { code: 'RDG', name: 'Reading across the curriculum' },
    ],
    people: [
      { initials: 'ZP', name: 'Zoë Price' },
      { initials: 'NT', name: 'Nguyễn Thu Trang' },
    ],
    actions: [
      ['Audit feedback in exercise books', '2026-10', { project: 'FBK', owners: ['ZP'] }],
      ['Draft the feedback policy', '2026-12', { project: 'FBK', owners: ['NT'] }],
      ['Baseline reading ages', '2026-09', { project: 'RDG', owners: ['NT'], tags: ['urgent'] }],
      ['Library refit', null, { project: 'RDG', owners: [], tags: ['funded', 'early stage'] }],
    ],
  });
  plan.actions[idOf('Draft the feedback policy')]!.status = 'in-progress';
  plan.actions[idOf('Baseline reading ages')]!.kind = 'evidence';
  return plan;
}

/** The titles that match, in plan order. */
function titlesFound(change: Partial<ActionFilter>): string[] {
  const plan = planToSearch();
  const found = matchingActions(plan, { ...NO_FILTER, ...change });
  return Object.values(plan.actions)
    .filter((a) => found.has(a.id))
    .map((a) => a.title);
}

describe('Find', () => {
  it('finds words in titles whatever their case', () => {
    expect(titlesFound({ query: 'FEEDBACK' })).toEqual([
      'Audit feedback in exercise books',
      'Draft the feedback policy',
    ]);
  });

  it("finds an owner's initials and name, without their accents", () => {
    expect(titlesFound({ query: 'zp' })).toEqual(['Audit feedback in exercise books']);
    expect(titlesFound({ query: 'zoe' })).toEqual(['Audit feedback in exercise books']);
    expect(titlesFound({ query: 'nguyen' })).toEqual([
      'Draft the feedback policy',
      'Baseline reading ages',
    ]);
  });

  it("finds a project's code and an action's tags", () => {
    expect(titlesFound({ query: 'rdg' })).toEqual(['Baseline reading ages', 'Library refit']);
    expect(titlesFound({ query: 'Early Stage' })).toEqual(['Library refit']);
  });

  it('needs every word somewhere, and no word across two fields', () => {
    expect(titlesFound({ query: 'feedback  nt' })).toEqual(['Draft the feedback policy']);
    // "refit" ends the title and "funded" is a tag: typed as one word they are not found.
    expect(titlesFound({ query: 'refitfunded' })).toEqual([]);
  });

  it('finds everything when nothing is typed', () => {
    expect(titlesFound({ query: '   ' })).toHaveLength(4);
  });

  it('does not search the project name, which the code stands for on the note', () => {
    expect(titlesFound({ query: 'curriculum' })).toEqual([]);
  });
});

describe('the filters', () => {
  it('keeps one project', () => {
    expect(titlesFound({ projectId: projectIdOf('FBK') })).toEqual([
      'Audit feedback in exercise books',
      'Draft the feedback policy',
    ]);
  });

  it('keeps one owner, or the actions nobody owns', () => {
    expect(titlesFound({ ownerId: personIdOf('ZP') })).toEqual([
      'Audit feedback in exercise books',
    ]);
    expect(titlesFound({ ownerId: NOBODY })).toEqual(['Library refit']);
  });

  it('keeps one status and one kind', () => {
    expect(titlesFound({ status: 'in-progress' })).toEqual(['Draft the feedback policy']);
    expect(titlesFound({ kind: 'evidence' })).toEqual(['Baseline reading ages']);
  });

  it('keeps a tag wherever it comes in the list, or the untagged actions', () => {
    expect(titlesFound({ tag: 'early stage' })).toEqual(['Library refit']);
    expect(titlesFound({ tag: UNTAGGED })).toEqual([
      'Audit feedback in exercise books',
      'Draft the feedback policy',
    ]);
  });

  it('keeps only what every choice and the words agree on', () => {
    expect(titlesFound({ projectId: projectIdOf('RDG'), query: 'reading', tag: 'urgent' })).toEqual(
      ['Baseline reading ages'],
    );
    expect(titlesFound({ projectId: projectIdOf('FBK'), tag: 'urgent' })).toEqual([]);
  });
});
