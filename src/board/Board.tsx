import { useMemo, useState, type ReactNode } from 'react';
import {
  selectCalendar,
  selectLanes,
  selectShownMonths,
  selectTermGroups,
} from '../store/selectors';
import { usePlanStore, usePlanStoreApi } from '../store/store-context';
import { deferred } from '../ui/deferred';
import { BOARD_ID } from './board-id';
import { createNoteCommands, NoteCommandsContext } from './note-commands';
import { createQuickAddMemory, QuickAddMemoryContext } from './quick-add-memory';
import { createDropCells, DropCellsContext } from './drop-cells';
import { LaneHeader } from './LaneHeader';
import { MonthColumn } from './MonthColumn';
import { NotesShownContext, useNotesShown } from './notes-shown';
import { createNoteLift, LIFT_HELP, LIFT_HELP_ID, NoteLiftContext } from './note-lift';
import { TermBand } from './TermBand';
import { Tray } from './Tray';
import { WarningNews } from './WarningNews';

const DragLayer = deferred(() => import('./DragLayer').then((m) => m.default));
// dnd-kit is fetched while the board is first drawn, so a note can be picked up as soon as it shows.
void DragLayer.preload();
const DependencyLinks = deferred(() => import('./DependencyLinks').then((m) => m.default));

/**
 * The year planner: term bands over month columns, lanes across, and the Unscheduled tray, with
 * `aside` docked beside the tray.
 *
 * The grid is drawn beside dnd-kit's context (`DragLayer`), not inside it: dnd-kit changes its
 * context every time the cell under the pointer changes, and React would walk every note looking
 * for readers. It also lets the grid be drawn before dnd-kit has loaded.
 */
export function Board({ aside }: { aside?: ReactNode }) {
  const allGroups = usePlanStore((s) => selectTermGroups(s.plan));
  // Present mode shows a page of terms at a time.
  const months = usePlanStore((s) => selectShownMonths(s.plan, s.room));
  const isPresenting = usePlanStore((s) => s.room.isPresenting);
  const groups = useMemo(() => {
    const shown = new Set(months);
    return allGroups.flatMap((g) => {
      const inView = g.months.filter((m) => shown.has(m));
      return inView.length > 0 ? [{ term: g.term, months: inView }] : [];
    });
  }, [allGroups, months]);
  const laneMode = usePlanStore((s) => s.laneMode);
  const lanes = usePlanStore((s) => selectLanes(s.plan, s.laneMode));
  const termOf = usePlanStore((s) => selectCalendar(s.plan).termOf);
  const [lift] = useState(createNoteLift);
  const [cells] = useState(createDropCells);
  const store = usePlanStoreApi();
  const [commands] = useState(() => createNoteCommands(store));
  const [quickAdd] = useState(createQuickAddMemory);
  const showLinks = usePlanStore((s) => s.showLinks);
  const [grid, setGrid] = useState<HTMLDivElement | null>(null);
  const notesShown = useNotesShown();

  const firstMonthColumn = laneMode === 'none' ? 1 : 2;
  const bandColumns = groups.map((_, i) =>
    groups.slice(0, i).reduce((column, g) => column + g.months.length, firstMonthColumn),
  );

  return (
    <NoteLiftContext value={lift.listeners}>
      <NoteCommandsContext value={commands}>
        <QuickAddMemoryContext value={quickAdd}>
          <DropCellsContext value={cells}>
            <NotesShownContext value={notesShown}>
              <div className="board-area">
                <div className="board-scroll" id={BOARD_ID} tabIndex={-1}>
                  <div
                    ref={setGrid}
                    className="board-grid"
                    style={{
                      gridTemplateColumns: `${laneMode === 'none' ? '' : 'var(--lane-header-width) '}repeat(${months.length}, minmax(var(--month-min-width), 1fr))`,
                      gridTemplateRows: `min-content min-content repeat(${lanes.length}, minmax(var(--lane-min-height), auto))`,
                    }}
                  >
                    {laneMode !== 'none' && (
                      <div className="board-corner" style={{ gridRow: '1 / 3', gridColumn: 1 }} />
                    )}
                    {groups.map((group, i) => (
                      <TermBand
                        key={group.months[0]}
                        group={group}
                        column={bandColumns[i] ?? firstMonthColumn}
                      />
                    ))}
                    {months.map((month, i) => (
                      <MonthColumn
                        key={month}
                        month={month}
                        column={firstMonthColumn + i}
                        lanes={lanes}
                        isHoliday={termOf.get(month) === null}
                      />
                    ))}
                    {laneMode !== 'none' &&
                      lanes.map((lane, i) => <LaneHeader key={lane.key} lane={lane} row={3 + i} />)}
                    {showLinks && grid && <DependencyLinks grid={grid} />}
                  </div>
                </div>
                {/* On the projector the board has the room: no tray, no list of warnings. */}
                {!isPresenting && (
                  <div className="dock">
                    <Tray />
                    {aside}
                  </div>
                )}
              </div>
            </NotesShownContext>
          </DropCellsContext>
          <p id={LIFT_HELP_ID} hidden>
            {LIFT_HELP}
          </p>
          <WarningNews />
          <DragLayer connect={lift.connect} cells={cells} months={months} lanes={lanes} />
        </QuickAddMemoryContext>
      </NoteCommandsContext>
    </NoteLiftContext>
  );
}
