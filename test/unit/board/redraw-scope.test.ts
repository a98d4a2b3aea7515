import { describe, expect, it } from 'vitest';
import { selectCellFaces, selectNoteFace } from '../../../src/board/note-selectors';
import type { ActionId } from '../../../src/domain/ids';
import { laneKey, type LaneMode } from '../../../src/domain/lanes';
import { createPlanStore } from '../../../src/store/plan-store';
import {
  cellKey,
  selectCalendar,
  selectCell,
  selectLanes,
  selectMonthCount,
  selectMonthEvents,
  TRAY,
} from '../../../src/store/selectors';
import { generatedPlan } from '../../../src/domain/generated-plan';

/*
 * Notes are memoised and read the store through selectors; a component redraws only when its
 * selector's answer changes. So "moving one of 1,000 notes redraws one note and two columns"
 * holds exactly when every other note's and cell's selector answers stay identical.
 */
describe.each<LaneMode>(['none', 'project', 'owner'])(
  'moving one of 1,000 notes with lanes %s',
  (mode) => {
    const store = createPlanStore(generatedPlan(1000));
    const before = store.getState().plan;
    const movable = Object.values(before.actions).find((a) => a.month && a.month !== '2027-12')!;
    const moved = movable.id;
    const from = movable.month!;
    store.getState().moveAction(moved, { month: '2027-12' });
    const after = store.getState().plan;
    const ids = Object.keys(before.actions) as ActionId[];

    it('leaves what every other note shows identical', () => {
      const changed = ids.filter((id) => selectNoteFace(before, id) !== selectNoteFace(after, id));
      expect(changed).toEqual([]);
    });

    it('changes the notes of just the two cells the note left and entered', () => {
      const cells = [
        TRAY,
        ...selectCalendar(after).months.flatMap((m) =>
          selectLanes(after, mode).map((lane) => cellKey(m, lane.key)),
        ),
      ];
      const changed = cells.filter((key) => {
        const a = selectCell(before, mode, key);
        const b = selectCell(after, mode, key);
        return a.length !== b.length || a.some((id, i) => id !== b[i]);
      });
      const lane = laneKey({ mode: 'none' });
      expect(changed).toHaveLength(2);
      if (mode === 'none')
        expect(changed.sort()).toEqual([cellKey(from, lane), cellKey('2027-12', lane)].sort());
    });

    it('hands every other cell the same faces, so only the two cells redraw', () => {
      const cells = [
        TRAY,
        ...selectCalendar(after).months.flatMap((m) =>
          selectLanes(after, mode).map((lane) => cellKey(m, lane.key)),
        ),
      ];
      const changed = cells.filter(
        (key) => selectCellFaces(before, mode, key) !== selectCellFaces(after, mode, key),
      );
      expect(changed).toHaveLength(2);
    });

    it('changes the counts of just the two months', () => {
      const changed = selectCalendar(after).months.filter(
        (m) => selectMonthCount(before, m) !== selectMonthCount(after, m),
      );
      expect(changed.sort()).toEqual([from, '2027-12'].sort());
    });

    it('hands every month the same events, so no month compares them again', () => {
      const months = selectCalendar(after).months;
      expect(months.some((m) => selectMonthEvents(after, m).length > 0)).toBe(true);
      const changed = months.filter(
        (m) => selectMonthEvents(before, m) !== selectMonthEvents(after, m),
      );
      expect(changed).toEqual([]);
    });
  },
);
