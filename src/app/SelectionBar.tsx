import type { ActionId, PersonId, ProjectId } from '../domain/ids';
import type { Status } from '../domain/plan';
import { STATUS_MARKS, STATUSES } from '../domain/status-marks';
import { useShallow } from 'zustand/react/shallow';
import { linkAndTell } from '../store/link-and-tell';
import { usePlanStore, usePlanStoreApi } from '../store/store-context';

/** Two notes chosen one after the other: the second can be made to wait for the first. */
function LinkSelected({ first, second }: { first: ActionId; second: ActionId }) {
  const store = usePlanStoreApi();
  const titles = usePlanStore(
    useShallow((s) => [s.plan.actions[first]?.title ?? '', s.plan.actions[second]?.title ?? '']),
  );
  return (
    <button type="button" onClick={() => linkAndTell(store.getState(), second, first)}>
      “{titles[1]}” waits for “{titles[0]}”
    </button>
  );
}

/** What can be done to several notes at once; each is one undo step. */
export function SelectionBar() {
  const store = usePlanStoreApi();
  const selection = usePlanStore(useShallow((s) => s.selection.filter((id) => s.plan.actions[id])));
  const plan = usePlanStore((s) => s.plan);
  if (selection.length === 0) return null;
  const commands = store.getState();
  const count = `${selection.length} ${selection.length === 1 ? 'action' : 'actions'}`;
  return (
    <section className="selection-bar" aria-label={`Selection: ${count}`}>
      <strong>{count} selected</strong>
      <button type="button" onClick={() => commands.openPanel({ kind: 'move-to', ids: selection })}>
        Move to…
      </button>
      <label>
        Project
        <select
          value=""
          onChange={(e) =>
            e.target.value && commands.setProject(selection, e.target.value as ProjectId)
          }
        >
          <option value="">Change to…</option>
          {plan.projectOrder.map((id) => (
            <option key={id} value={id}>
              {plan.projects[id]?.code} · {plan.projects[id]?.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Owner
        <select
          value=""
          onChange={(e) => {
            if (e.target.value) {
              const owner = e.target.value === 'none' ? null : (e.target.value as PersonId);
              commands.setOwner(selection, owner);
            }
          }}
        >
          <option value="">Change to…</option>
          <option value="none">No owner</option>
          {Object.values(plan.people).map((p) => (
            <option key={p.id} value={p.id}>
              {p.initials} · {p.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Status
        <select
          value=""
          onChange={(e) =>
            e.target.value && commands.setStatus(selection, e.target.value as Status)
          }
        >
          <option value="">Change to…</option>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {STATUS_MARKS[value].word}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => commands.setPinned(selection, true)}>
        Pin
      </button>
      <button type="button" onClick={() => commands.setPinned(selection, false)}>
        Unpin
      </button>
      {selection.length === 2 && <LinkSelected first={selection[0]!} second={selection[1]!} />}
      <button
        type="button"
        className="danger"
        onClick={() => {
          commands.deleteActions(selection);
          commands.setSelection([]);
        }}
      >
        Delete {count}
      </button>
      <button type="button" onClick={() => commands.setSelection([])}>
        Clear selection
      </button>
    </section>
  );
}
