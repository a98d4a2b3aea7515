import { describe, expect, it } from 'vitest';
import { monthLabel } from '../../../src/domain/month';
import { samplePlan } from '../../../src/domain/sample-plan';
import { suggestSequence } from '../../../src/domain/suggest/suggest-sequence';
import type { Suggestion } from '../../../src/domain/suggest/suggestion';
import type { Plan } from '../../../src/domain/plan';
import { termLoads } from '../../../src/domain/load';
import { planCalendar } from '../../../src/domain/plan-calendar';
import { idOf, makePlan } from '../../fixtures/make-plan';
import { newWarnings, termsMadeWorse, warningsOf, withMoves } from './rule-changes';

/** `"Title" → March 2027` for each move, as a reader checks them. */
const movesOf = (plan: Plan, suggestion: Suggestion) =>
  suggestion.moves.map((m) => `${plan.actions[m.actionId]!.title} → ${monthLabel(m.to)}`);

describe('Suggest on the sample plan', () => {
  it('places both unscheduled notes in July, the one month with room, adding no warning', () => {
    const plan = samplePlan();
    const suggestion = suggestSequence(plan, 'unscheduled');
    expect(movesOf(plan, suggestion)).toEqual([
      'Peer observation of feedback practice → July 2027',
      'Library refit for reading for pleasure → July 2027',
    ]);
    expect(suggestion.left).toEqual([]);
    expect(suggestion.problems).toEqual([]);
    expect(suggestion.isBest).toBe(true);
    const after = withMoves(plan, suggestion.moves);
    expect(newWarnings(plan, after)).toEqual([]);
    expect(warningsOf(after).filter((w) => w.ruleId === 'unscheduled')).toEqual([]);
  });

  it('re-sequenced whole, clears the buffer and the training warnings and says the plan is too big', () => {
    const plan = samplePlan();
    const suggestion = suggestSequence(plan, 'whole-plan');
    const after = withMoves(plan, suggestion.moves);
    expect(newWarnings(plan, after)).toEqual([]);
    expect(termsMadeWorse(plan, after)).toEqual([]);
    const rules = new Set(warningsOf(after).map((w) => w.ruleId));
    expect(rules.has('review-buffer')).toBe(false);
    expect(rules.has('training-first')).toBe(false);
    expect(rules.has('unscheduled')).toBe(false);
    // 27 actions and 2 from the inspection plan against three terms of 8.
    expect(suggestion.problems).toEqual([
      '5 actions too many for Autumn 2026–Summer 2027 at capacity 8: raise capacity, lengthen the plan, or move 5 to the next phase.',
    ]);
  });
});

describe('what Suggest respects', () => {
  it('keeps pinned and started notes where they are', () => {
    const plan = makePlan({
      capacity: 2,
      actions: [
        ['Pinned in the buffer', '2027-05', { pinned: true }],
        ['Started in the buffer', '2027-05', { status: 'in-progress' }],
        ['Free in the buffer', '2027-05'],
      ],
      review: '2027-06-15',
    });
    const suggestion = suggestSequence(plan, 'whole-plan');
    expect(suggestion.moves.map((m) => m.actionId)).toEqual([idOf('Free in the buffer')]);
  });

  it('keeps the buffer free, avoids holidays and places after the training it needs', () => {
    const plan = makePlan({
      review: '2027-06-15',
      events: [
        { kind: 'training', title: 'Coaching course', date: '2027-02-10', topic: 'coaching' },
      ],
      actions: [['Coaching for new staff', null]],
    });
    const suggestion = suggestSequence(plan, 'unscheduled');
    // From February (the training's month) on: not April to June (the buffer), not August.
    expect(movesOf(plan, suggestion)).toEqual(['Coaching for new staff → February 2027']);
  });

  it("puts a strategic project's first action in the first term", () => {
    const plan = makePlan({
      projects: [{ code: 'VIS', strategic: true }],
      actions: [
        ['Write the vision', null],
        ['Share the vision', '2027-03', { dependsOn: ['Write the vision'] }],
      ],
    });
    const suggestion = suggestSequence(plan, 'unscheduled');
    const [move] = suggestion.moves;
    expect(move?.to.localeCompare('2026-12')).toBeLessThanOrEqual(0);
  });

  it('places a note after what it waits for and before what waits for it', () => {
    const plan = makePlan({
      capacity: 4,
      actions: [
        ['Agree marking policy', '2026-11'],
        ['Train markers', null, { dependsOn: ['Agree marking policy'] }],
        ['Moderate marking', '2027-01', { dependsOn: ['Train markers'] }],
      ],
    });
    expect(movesOf(plan, suggestSequence(plan, 'unscheduled'))).toEqual([
      'Train markers → December 2026',
    ]);
  });

  it('spreads the load: each note goes where the fullest term is least full', () => {
    const plan = makePlan({
      capacity: 3,
      actions: [
        ['A', '2026-09'],
        ['B', '2026-10'],
        ['C', '2027-01'],
        ['D', null],
        ['E', null],
      ],
    });
    const after = withMoves(plan, suggestSequence(plan, 'unscheduled').moves);
    const loads = [...termLoads(after, planCalendar(after)).values()].map((l) => l.load);
    // Autumn holds 2 and Spring 1: the two new notes even the terms out at 2, 2 and 1.
    expect(loads.sort()).toEqual([1, 2, 2]);
  });

  it('gives the same suggestion for the same plan, whatever order its notes were stored in', () => {
    const plan = samplePlan();
    const reversed = {
      ...plan,
      actions: Object.fromEntries(Object.entries(plan.actions).reverse()),
    };
    expect(suggestSequence(reversed, 'whole-plan')).toEqual(suggestSequence(plan, 'whole-plan'));
  });
});

describe('when no sequence fits', () => {
  it('says how many actions are too many for the terms, and places what fits', () => {
    const plan = makePlan({
      capacity: 2,
      length: 6,
      start: '2026-09',
      actions: [
        ['One', null],
        ['Two', null],
        ['Three', null],
        ['Four', null],
        ['Five', null],
        ['Six', null],
      ],
    });
    const suggestion = suggestSequence(plan, 'unscheduled');
    expect(suggestion.moves).toHaveLength(4);
    expect(suggestion.left).toHaveLength(2);
    expect(suggestion.problems).toEqual([
      '2 actions too many for Autumn 2026–Spring 2027 at capacity 2: raise capacity, lengthen the plan, or move 2 to the next phase.',
    ]);
  });

  it('names the first five notes with no room and counts the rest', () => {
    const titles = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'];
    // Room in the terms, but Helen may hold one action a term, and she owns them all.
    const plan = makePlan({
      start: '2026-11',
      length: 3,
      actions: titles.map((t): [string, null] => [t, null]),
    });
    plan.settings.maxActionsPerOwner = 1;
    const suggestion = suggestSequence(plan, 'unscheduled');
    expect(suggestion.moves.map((m) => m.to)).toEqual(['2026-11', '2027-01']);
    expect(suggestion.problems).toEqual([
      'No term has room for "C", "D", "E", "F", "G" and 2 more in the months they may go to: raise capacity or the limit per person, unpin a note, or move some work to the next phase.',
    ]);
  });

  it('names the notes that wait for each other in a circle', () => {
    const plan = makePlan({
      actions: [
        ['Plan the trip', null, { dependsOn: ['Book the coach'] }],
        ['Book the coach', null, { dependsOn: ['Plan the trip'] }],
        ['Unrelated', null],
      ],
    });
    const suggestion = suggestSequence(plan, 'unscheduled');
    expect(suggestion.problems).toEqual([
      '"Book the coach" and "Plan the trip" wait for each other in a circle, so none of them can go first: remove one of the links.',
    ]);
    expect(suggestion.moves.map((m) => m.actionId)).toEqual([idOf('Unrelated')]);
  });

  it('explains a chain of actions longer than the plan', () => {
    const chain = ['First', 'Second', 'Third', 'Fourth', 'Fifth'];
    const plan = makePlan({
      start: '2027-01',
      length: 3,
      actions: chain.map((title, i) => [title, null, { dependsOn: i ? [chain[i - 1]!] : [] }]),
    });
    const suggestion = suggestSequence(plan, 'unscheduled');
    expect(suggestion.problems).toContain(
      '"First", "Second", "Third", "Fourth" and "Fifth" must follow one another a month apart, and the plan has too few free months for them: shorten the chain, lengthen the plan, or move the last of them to the next phase.',
    );
    expect(suggestion.problems).toHaveLength(1);
    expect(suggestion.moves.map((m) => m.to)).toEqual(['2027-01', '2027-02', '2027-03']);
  });

  it('explains a note whose training comes after the last free month', () => {
    const plan = makePlan({
      review: '2027-06-15',
      events: [{ kind: 'training', title: 'Phonics course', date: '2027-08-20', topic: 'phonics' }],
      actions: [['Phonics catch-up groups', null]],
    });
    expect(suggestSequence(plan, 'unscheduled').problems).toEqual([
      '"Phonics catch-up groups" belongs after the training on phonics (20 August 2027), and no free month of the plan comes after it: hold the training earlier or move the action to the next phase.',
    ]);
  });

  it('explains a note that waits for one pinned in the tray', () => {
    const plan = makePlan({
      actions: [
        ['Choose a supplier', null, { pinned: true }],
        ['Order the books', null, { dependsOn: ['Choose a supplier'] }],
      ],
    });
    expect(suggestSequence(plan, 'unscheduled').problems).toEqual([
      '"Order the books" waits for "Choose a supplier", which stays unscheduled: place or unpin "Choose a supplier" first.',
    ]);
  });
});
