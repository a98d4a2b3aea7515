import { useDroppable } from '@dnd-kit/core';
import { useShallow } from 'zustand/react/shallow';
import { selectCell, TRAY } from '../store/selectors';
import { usePlanStore } from '../store/store-context';
import { Note } from './Note';
import type { CellDropData } from './drop-data';

/** The Unscheduled tray: notes not yet placed in any month. */
export function Tray() {
  const ids = usePlanStore(useShallow((s) => selectCell(s.plan, s.laneMode, TRAY)));
  const data: CellDropData = { type: 'cell', month: null };
  const { setNodeRef, isOver } = useDroppable({ id: TRAY, data });
  return (
    <section aria-labelledby="tray-heading" className={isOver ? 'tray tray--over' : 'tray'}>
      <h2 id="tray-heading" className="tray-heading">
        Unscheduled <span className="tray-count">{ids.length}</span>
        <span className="visually-hidden"> {ids.length === 1 ? 'action' : 'actions'}</span>
      </h2>
      <div ref={setNodeRef} className="tray-notes">
        {ids.length === 0 && (
          <p className="tray-empty">Every action has a month. Drop a note here to unschedule it.</p>
        )}
        {ids.map((id) => (
          <Note key={id} id={id} />
        ))}
      </div>
    </section>
  );
}
