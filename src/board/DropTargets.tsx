import { useDroppable } from '@dnd-kit/core';
import { useLayoutEffect, useState } from 'react';
import type { LaneInfo } from '../domain/lanes';
import type { MonthKey } from '../domain/month';
import { cellKey, TRAY } from '../store/selectors';
import { cellDropData, TRAY_DROP_DATA, type CellDropData } from './drop-data';

function DropTarget({ id, data, anchor }: { id: string; data: CellDropData; anchor: HTMLElement }) {
  const { setNodeRef } = useDroppable({ id, data });
  useLayoutEffect(() => setNodeRef(anchor), [anchor, setNodeRef]);
  return null;
}

/**
 * dnd-kit's droppables for every cell of the board and the tray; they draw nothing.
 *
 * They all hang on one empty, fixed element, not on their cells. When a drag starts, dnd-kit
 * measures every droppable, and for each one it walks up the page asking every ancestor's
 * computed style whether it scrolls. In profiles of a pick-up at 300 notes that was 11 ms for the
 * 19 cells of a board without lanes, and 38 ms for the 109 of project lanes. At a fixed element
 * the walk ends where it starts.
 * dnd-kit's own rectangles are then of no use, and nothing reads them: `cell-geometry` measures
 * the cells themselves.
 */
export function DropTargets({
  months,
  lanes,
}: {
  months: readonly MonthKey[];
  lanes: readonly LaneInfo[];
}) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <div ref={setAnchor} className="drop-anchor" aria-hidden="true" />
      {anchor && (
        <>
          <DropTarget id={TRAY} data={TRAY_DROP_DATA} anchor={anchor} />
          {months.flatMap((month) =>
            lanes.map((lane) => {
              const id = cellKey(month, lane.key);
              return (
                <DropTarget key={id} id={id} data={cellDropData(month, lane)} anchor={anchor} />
              );
            }),
          )}
        </>
      )}
    </>
  );
}
