import type { ReactNode } from 'react';
import type { LaneInfo } from '../domain/lanes';
import type { MonthKey } from '../domain/month';
import { cellKey, selectOverCell } from '../store/selectors';
import { usePlanStore } from '../store/store-context';
import { useDropCells } from './drop-cells';
import { CellNotes } from './CellNotes';

/** One month in one lane: where notes are dropped. */
export function LaneCell({
  month,
  lane,
  children,
}: {
  month: MonthKey;
  lane: LaneInfo;
  /** The month's Add, under the notes of its last lane. */
  children?: ReactNode;
}) {
  const key = cellKey(month, lane.key);
  const isOver = usePlanStore((s) => selectOverCell(s.drag) === key);
  const ref = useDropCells().refFor(key);
  return (
    <div ref={ref} className={isOver ? 'lane-cell lane-cell--over' : 'lane-cell'}>
      <CellNotes cellKey={key} />
      {children}
    </div>
  );
}
