import type { ActionId } from '../../domain/ids';
import { STATUS_MARKS, STATUSES } from '../../domain/status-marks';
import { monthLabel } from '../../domain/month';
import { selectBestMonths } from '../../store/ranking-selectors';
import { usePlanStore } from '../../store/store-context';
import { useModal } from '../use-modal';

/**
 * What a long press on a note offers a finger on a whiteboard, where there is no keyboard and a
 * double tap is easy to miss: Move to…, Edit, a pin, and the action's status in one tap.
 */
export function NoteMenu({ id, onClose }: { id: ActionId; onClose: () => void }) {
  const dialog = useModal();
  const action = usePlanStore((s) => s.plan.actions[id]);
  const openPanel = usePlanStore((s) => s.openPanel);
  const setStatus = usePlanStore((s) => s.setStatus);
  const setPinned = usePlanStore((s) => s.setPinned);
  const moveActions = usePlanStore((s) => s.moveActions);
  const plan = usePlanStore((s) => s.plan);
  if (!action) return null;
  const best = selectBestMonths(plan, id);
  return (
    <dialog
      ref={dialog}
      aria-labelledby="note-menu-title"
      className="dialog note-menu"
      onClose={onClose}
    >
      <h2 id="note-menu-title">{action.title}</h2>
      <div className="note-menu-commands">
        <button data-autofocus onClick={() => openPanel({ kind: 'move-to', ids: [id] })}>
          Move to…
        </button>
        <button onClick={() => openPanel({ kind: 'edit-action', id })}>Edit…</button>
        {/* One name for both states, as a toggle should have; the tick shows the state to the eye. */}
        <button
          aria-pressed={action.pinned}
          onClick={() => {
            setPinned([id], !action.pinned);
            onClose();
          }}
        >
          Pin{action.pinned && <span aria-hidden="true"> ✔</span>}
        </button>
      </div>
      <section aria-labelledby="note-menu-fits" className="note-menu-fits">
        <h3 id="note-menu-fits">Where it fits</h3>
        {best.length > 0 ? (
          <ul>
            {best.map((m) => (
              <li key={m.month}>
                <button
                  onClick={() => {
                    moveActions([id], m.month);
                    onClose();
                  }}
                >
                  Move to {monthLabel(m.month)}
                </button>{' '}
                <span>{m.reason}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>No month of the plan fits without breaking a rule.</p>
        )}
      </section>
      <fieldset className="plain-fieldset note-menu-status">
        <legend>Status</legend>
        {STATUSES.map((status) => (
          <button
            key={status}
            aria-pressed={action.status === status}
            onClick={() => {
              setStatus([id], status);
              onClose();
            }}
          >
            {STATUS_MARKS[status].symbol} {STATUS_MARKS[status].word}
          </button>
        ))}
      </fieldset>
      <div className="dialog-actions">
        <button onClick={onClose}>Close</button>
      </div>
    </dialog>
  );
}
