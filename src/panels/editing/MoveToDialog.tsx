import type { ActionId } from '../../domain/ids';
import type { MonthKey } from '../../domain/month';
import { monthLabel } from '../../domain/month';
import { selectTermGroups, selectTermLoads } from '../../store/selectors';
import { usePlanStore, usePlanStoreApi } from '../../store/store-context';
import { focusNote } from '../../board/note-focus';
import { useModal } from '../use-modal';

/** Moves one note or a selection to a month or the tray, with no dragging: one undo step. */
export function MoveToDialog({ ids, onClose }: { ids: ActionId[]; onClose: () => void }) {
  const store = usePlanStoreApi();
  const plan = usePlanStore((s) => s.plan);
  const groups = usePlanStore((s) => selectTermGroups(s.plan));
  const loads = usePlanStore((s) => selectTermLoads(s.plan));
  const dialog = useModal();
  const actions = ids.flatMap((id) => plan.actions[id] ?? []);
  const first = actions[0];
  if (!first) return null;
  const what = actions.length === 1 ? `“${first.title}”` : `${actions.length} actions`;

  const move = (month: MonthKey | null) => {
    store.getState().moveActions(ids, month);
    onClose();
    focusNote(first.id);
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby="move-to-title"
      className="dialog move-to"
      onClose={onClose}
    >
      <h2 id="move-to-title">Move {what} to…</h2>
      <div className="move-to-terms">
        {groups.map((group) => {
          const load = group.term ? loads.get(group.term.id) : undefined;
          return (
            <section key={group.months[0]} aria-label={group.term?.name ?? 'Holiday'}>
              <h3>
                {group.term?.name ?? 'Holiday'}
                {load && (
                  <span className="move-to-load">
                    {' '}
                    {load.load} / {load.capacity}
                  </span>
                )}
              </h3>
              <ul>
                {group.months.map((month) => (
                  <li key={month}>
                    <button
                      type="button"
                      onClick={() => move(month)}
                      aria-current={actions.every((a) => a.month === month) ? 'true' : undefined}
                    >
                      {monthLabel(month)}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={() => move(null)}>
          Unscheduled
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
