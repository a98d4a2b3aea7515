import { useShallow } from 'zustand/react/shallow';
import { selectCell, selectOverCell, TRAY } from '../store/selectors';
import { usePlanStore } from '../store/store-context';
import { Note } from './Note';
import { useDropCells } from './drop-cells';

/** The Unscheduled tray: notes not yet placed in any month. */
export function Tray() {
  const ids = usePlanStore(useShallow((s) => selectCell(s.plan, s.laneMode, TRAY)));
  const isOver = usePlanStore((s) => selectOverCell(s.drag) === TRAY);
  const ref = useDropCells().refFor(TRAY);
  return (
    <section aria-labelledby="tray-heading" className={isOver ? 'tray tray--over' : 'tray'}>
      <h2 id="tray-heading" className="tray-heading">
        Unscheduled <span className="tray-count">{ids.length}</span>
        <span className="visually-hidden"> {ids.length === 1 ? 'action' : 'actions'}</span>
      </h2>
      <div ref={ref} className="tray-notes">
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
