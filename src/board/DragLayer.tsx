import './drag.css';
import { DndContext, DragOverlay, type SensorDescriptor, type SensorOptions } from '@dnd-kit/core';
import { useEffect, useMemo } from 'react';
import { usePlanStore } from '../store/store-context';
import type { LaneInfo } from '../domain/lanes';
import type { MonthKey } from '../domain/month';
import { createCellGeometry } from './cell-geometry';
import type { DropCells } from './drop-cells';
import { BestMonths } from './BestMonths';
import { DropPreviewLabel } from './DropPreviewLabel';
import { DropTargets } from './DropTargets';
import { LiftedNoteView } from './LiftedNoteView';
import { LiftSource } from './LiftSource';
import type { Forward } from './note-lift';
import { useNoteDrag } from './use-note-drag';

interface DragLayerProps {
  connect: (forward: Forward | null) => void;
  cells: DropCells;
  months: readonly MonthKey[];
  lanes: readonly LaneInfo[];
}

const NO_SENSORS: SensorDescriptor<SensorOptions>[] = [];

/**
 * dnd-kit and everything that moves notes: the one draggable, the cells' droppables and the
 * lifted note. Its code is not in the start-up chunk: it is fetched while the board is first
 * drawn, and drawn with the board when it has arrived by then, or as soon as it does.
 */
export default function DragLayer({ connect, cells, months, lanes }: DragLayerProps) {
  const geometry = useMemo(() => createCellGeometry(cells), [cells]);
  const { sensors, handlers, announcements, activeId } = useNoteDrag(geometry);
  // A plan another tab is editing is shown, not moved; nor is a suggestion on show.
  const isStill = usePlanStore((s) => s.access === 'read-only' || s.preview !== null);
  // Notes can be picked up from the next frame: what `npm run bench` calls interactive.
  useEffect(() => {
    requestAnimationFrame(() => performance.mark('termboard:ready'));
  }, []);
  return (
    <DndContext
      sensors={isStill ? NO_SENSORS : sensors}
      collisionDetection={geometry.cellUnderNote}
      // The notes point at the board's own instructions, drawn where the notes can reach them.
      accessibility={{ announcements, screenReaderInstructions: { draggable: '' } }}
      {...handlers}
    >
      <LiftSource connect={connect} />
      <DropTargets months={months} lanes={lanes} />
      <DragOverlay dropAnimation={null}>
        {activeId ? (
          <div className="lifted">
            <LiftedNoteView id={activeId} />
            <DropPreviewLabel id={activeId} />
          </div>
        ) : null}
      </DragOverlay>
      <BestMonths />
    </DndContext>
  );
}
