import { DndContext, DragOverlay } from '@dnd-kit/core';
import { useState, type ReactNode } from 'react';
import { selectCalendar, selectLanes, selectTermGroups } from '../store/selectors';
import { usePlanStore } from '../store/store-context';
import { dragInstructions } from './announcements';
import { cellUnderNote } from './collision';
import { createDropCells, DropCellsContext } from './drop-cells';
import { DropPreviewLabel } from './DropPreviewLabel';
import { DropTargets } from './DropTargets';
import { LaneHeader } from './LaneHeader';
import { LiftedNoteView } from './LiftedNoteView';
import { LiftSource } from './LiftSource';
import { MonthColumn } from './MonthColumn';
import { createNoteLift, LIFT_HELP_ID, NoteLiftContext } from './note-lift';
import { TermBand } from './TermBand';
import { Tray } from './Tray';
import { useNoteDrag } from './use-note-drag';

/**
 * The year planner: term bands over month columns, lanes across, and the Unscheduled tray, with
 * `aside` docked beside the tray.
 *
 * The grid is drawn beside dnd-kit's context, not inside it: dnd-kit changes its context every
 * time the cell under the pointer changes, and React would walk every note looking for readers.
 * Inside the context are only the one draggable, the cells' droppables and the lifted note.
 */
export function Board({ aside }: { aside?: ReactNode }) {
  const groups = usePlanStore((s) => selectTermGroups(s.plan));
  const months = usePlanStore((s) => selectCalendar(s.plan).months);
  const laneMode = usePlanStore((s) => s.laneMode);
  const lanes = usePlanStore((s) => selectLanes(s.plan, s.laneMode));
  const termOf = usePlanStore((s) => selectCalendar(s.plan).termOf);
  const { sensors, handlers, announcements, activeId } = useNoteDrag();
  const [lift] = useState(createNoteLift);
  const [cells] = useState(createDropCells);

  const firstMonthColumn = laneMode === 'none' ? 1 : 2;
  const bandColumns = groups.map((_, i) =>
    groups.slice(0, i).reduce((column, g) => column + g.months.length, firstMonthColumn),
  );

  return (
    <NoteLiftContext value={lift.listeners}>
      <DropCellsContext value={cells}>
        <div className="board-area">
          <div className="board-scroll" id="board" tabIndex={-1}>
            <div
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
                lanes.map((lane, i) => (
                  <LaneHeader key={lane.key} label={lane.label} row={3 + i} />
                ))}
            </div>
          </div>
          <div className="dock">
            <Tray />
            {aside}
          </div>
        </div>
      </DropCellsContext>
      <p id={LIFT_HELP_ID} hidden>
        {dragInstructions}
      </p>
      <DndContext
        sensors={sensors}
        collisionDetection={cellUnderNote}
        // The notes point at the instructions above, drawn where the notes can reach them.
        accessibility={{ announcements, screenReaderInstructions: { draggable: '' } }}
        {...handlers}
      >
        <LiftSource connect={lift.connect} />
        <DropTargets months={months} lanes={lanes} cells={cells} />
        <DragOverlay dropAnimation={null}>
          {activeId ? (
            <div className="lifted">
              <LiftedNoteView id={activeId} />
              <DropPreviewLabel id={activeId} />
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
    </NoteLiftContext>
  );
}
