import { useDroppable } from '@dnd-kit/core';
import { useShallow } from 'zustand/react/shallow';
import type { LaneInfo } from '../domain/lanes';
import type { MonthKey } from '../domain/month';
import { cellKey, selectCell } from '../store/selectors';
import { usePlanStore } from '../store/store-context';
import { Note } from './Note';
import type { CellDropData } from './drop-data';

/** One month in one lane: where notes are dropped. */
export function LaneCell({ month, lane }: { month: MonthKey; lane: LaneInfo }) {
  const key = cellKey(month, lane.key);
  const ids = usePlanStore(useShallow((s) => selectCell(s.plan, s.laneMode, key)));
  const data: CellDropData = {
    type: 'cell',
    month,
    lane: lane.lane,
    ...(lane.lane.mode === 'none' ? {} : { laneLabel: lane.label }),
  };
  const { setNodeRef, isOver } = useDroppable({ id: key, data });
  return (
    <div ref={setNodeRef} className={isOver ? 'lane-cell lane-cell--over' : 'lane-cell'}>
      {ids.map((id) => (
        <Note key={id} id={id} />
      ))}
    </div>
  );
}
