import { describe, expect, it } from 'vitest';
import { assignLane, laneOf, lanesOf, type Lane } from '../../src/domain/lanes';
import type { Action } from '../../src/domain/plan';
import { selectCellFaces } from '../../src/board/note-selectors';
import { generatedPlan } from '../../src/domain/generated-plan';
import { createPlanStore } from '../../src/store/plan-store';
import { cellKey, selectCalendar, selectCell, selectLanes, TRAY } from '../../src/store/selectors';
import { idOf, makePlan } from '../fixtures/make-plan';

const plan = makePlan({
  actions: [
    ['Staff survey', '2026-10', { tags: ['urgent', 'funded'] }],
    ['Library refit', '2026-10', { tags: ['funded'] }],
    ['Reading champions', '2026-10'],
    ['Vision day', '2026-11', { tags: ['Early stage'] }],
  ],
});

const action = (title: string): Action => structuredClone(plan.actions[idOf(title)]!);
const tagLane = (tag: string | null): Lane => ({ mode: 'tag', tag });

describe('lanes by tag', () => {
  it('gives every tag in use a lane, in alphabetical order, then No tag', () => {
    expect(lanesOf(plan, 'tag').map((l) => l.label)).toEqual([
      'Early stage',
      'funded',
      'urgent',
      'No tag',
    ]);
  });

  it("puts a note with several tags in its first tag's lane, and an untagged one in No tag", () => {
    const lanes = selectLanes(plan, 'tag');
    const titles = (label: string) => {
      const lane = lanes.find((l) => l.label === label)!;
      return selectCell(plan, 'tag', cellKey('2026-10', lane.key)).map(
        (id) => plan.actions[id]!.title,
      );
    };
    expect(titles('urgent')).toEqual(['Staff survey']);
    expect(titles('funded')).toEqual(['Library refit']);
    expect(titles('No tag')).toEqual(['Reading champions']);
  });

  it('keeps a tag spelled like the untagged lane apart from it', () => {
    const odd = makePlan({
      actions: [
        ['Odd', '2026-10', { tags: ['no-tag'] }],
        ['Bare', null],
      ],
    });
    const keys = lanesOf(odd, 'tag').map((l) => l.key);
    expect(new Set(keys).size).toBe(2);
  });
});

describe('dropping a note into a tag lane', () => {
  it('replaces its first tag with the lane’s, keeping the others', () => {
    const survey = action('Staff survey');
    assignLane(survey, tagLane('Early stage'));
    expect(survey.tags).toEqual(['Early stage', 'funded']);
  });

  it('does not list a tag twice when the lane is one of its later tags', () => {
    const survey = action('Staff survey');
    assignLane(survey, tagLane('funded'));
    expect(survey.tags).toEqual(['funded']);
  });

  it('gives an untagged note the tag', () => {
    const champions = action('Reading champions');
    assignLane(champions, tagLane('urgent'));
    expect(champions.tags).toEqual(['urgent']);
  });

  it('takes every tag away in the No tag lane, since one left would be its lane', () => {
    const survey = action('Staff survey');
    assignLane(survey, tagLane(null));
    expect(survey.tags).toEqual([]);
    expect(laneOf(survey, 'tag')).toEqual(tagLane(null));
  });

  it('changes nothing when the note stays in its lane', () => {
    const survey = action('Staff survey');
    assignLane(survey, tagLane('urgent'));
    expect(survey.tags).toEqual(['urgent', 'funded']);
  });

  it('moves and tags in one undo step', () => {
    const store = createPlanStore(plan);
    store
      .getState()
      .moveAction(idOf('Library refit'), { month: '2027-01', lane: tagLane('urgent') });
    const moved = store.getState().plan.actions[idOf('Library refit')]!;
    expect([moved.month, moved.tags]).toEqual(['2027-01', ['urgent']]);
    store.getState().undo();
    const back = store.getState().plan.actions[idOf('Library refit')]!;
    expect([back.month, back.tags]).toEqual(['2026-10', ['funded']]);
  });
});

describe('tag lanes on a board of 1,000 notes', () => {
  it('redraw only the two cells a note leaves and enters', () => {
    const store = createPlanStore(generatedPlan(1000));
    const before = store.getState().plan;
    const moved = Object.values(before.actions).find((a) => a.month && a.month !== '2027-12')!;
    store.getState().moveAction(moved.id, { month: '2027-12', lane: tagLane('urgent') });
    const after = store.getState().plan;
    const cells = (plan: typeof after) => [
      TRAY,
      ...selectCalendar(plan).months.flatMap((m) =>
        selectLanes(plan, 'tag').map((lane) => cellKey(m, lane.key)),
      ),
    ];
    const changed = cells(after).filter(
      (key) => selectCellFaces(before, 'tag', key) !== selectCellFaces(after, 'tag', key),
    );
    expect(changed.sort()).toEqual(
      [cellKey(moved.month, 'no-tag'), cellKey('2027-12', 'tag:urgent')].sort(),
    );
  });
});
