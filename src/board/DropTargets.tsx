import { useDroppable } from '@dnd-kit/core';
import { useLayoutEffect } from 'react';
import type { LaneInfo } from '../domain/lanes';
import type { MonthKey } from '../domain/month';
import { cellKey, TRAY } from '../store/selectors';
import type { DropCells } from './drop-cells';
import { cellDropData, TRAY_DROP_DATA, type CellDropData } from './drop-data';

function DropTarget({ id, data, cells }: { id: string; data: CellDropData; cells: DropCells }) {
  const { setNodeRef } = useDroppable({ id, data });
  useLayoutEffect(() => cells.connect(id, setNodeRef), [cells, id, setNodeRef]);
  return null;
}

/** dnd-kit's droppables for every cell of the board and the tray; they draw nothing. */
export function DropTargets({
  months,
  lanes,
  cells,
}: {
  months: readonly MonthKey[];
  lanes: readonly LaneInfo[];
  cells: DropCells;
}) {
  return (
    <>
      <DropTarget id={TRAY} data={TRAY_DROP_DATA} cells={cells} />
      {months.flatMap((month) =>
        lanes.map((lane) => {
          const id = cellKey(month, lane.key);
          return <DropTarget key={id} id={id} data={cellDropData(month, lane)} cells={cells} />;
        }),
      )}
    </>
  );
}
