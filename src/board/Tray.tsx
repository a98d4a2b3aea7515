import { selectCell, selectOverCell, TRAY } from '../store/selectors';
import { usePlanStore } from '../store/store-context';
import { CellNotes } from './CellNotes';
import { useDropCells } from './drop-cells';
import { QuickAdd } from './QuickAdd';

/** The Unscheduled tray: notes not yet placed in any month. */
export function Tray() {
  const count = usePlanStore((s) => selectCell(s.plan, s.laneMode, TRAY).length);
  const isOver = usePlanStore((s) => selectOverCell(s.drag) === TRAY);
  const ref = useDropCells().refFor(TRAY);
  return (
    <section aria-labelledby="tray-heading" className={isOver ? 'tray tray--over' : 'tray'}>
      <h2 id="tray-heading" className="tray-heading">
        Unscheduled <span className="tray-count">{count}</span>
        <span className="visually-hidden"> {count === 1 ? 'action' : 'actions'}</span>
      </h2>
      <QuickAdd month={null} place="Unscheduled" />
      <div ref={ref} className="tray-notes">
        {count === 0 && (
          <p className="tray-empty">Every action has a month. Drop a note here to unschedule it.</p>
        )}
        <CellNotes cellKey={TRAY} />
      </div>
    </section>
  );
}
