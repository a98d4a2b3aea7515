import { useState, type FormEvent } from 'react';
import type { ActionId, PersonId, ProjectId } from '../../domain/ids';
import { isMonthKey, monthLabel } from '../../domain/month';
import type { Action, Kind, Size, Status } from '../../domain/plan';
import { selectCalendar } from '../../store/selectors';
import { usePlanStore, usePlanStoreApi } from '../../store/store-context';
import { focusNote } from '../../board/note-focus';
import { useModal } from '../use-modal';
import { STATUS_MARKS, STATUSES } from '../../domain/status-marks';
import { KIND_LABELS, SIZE_LABELS, tagsOf } from './action-fields';
import { DependsOnField } from './DependsOnField';
import { KEEP_OWNERS, OwnerField } from './OwnerField';

const UNSCHEDULED = 'unscheduled';

function ownerValue(action: Action): string {
  if (action.ownerIds.length > 1) return KEEP_OWNERS;
  return action.ownerIds[0] ?? '';
}

/** Everything about one note; Save is one undo step, Cancel changes nothing. */
export function NoteEditor({ id, onClose }: { id: ActionId; onClose: () => void }) {
  const store = usePlanStoreApi();
  const plan = usePlanStore((s) => s.plan);
  const isReadOnly = usePlanStore((s) => s.access === 'read-only');
  const action = plan.actions[id];
  const dialog = useModal();
  const [owner, setOwner] = useState(() => (action ? ownerValue(action) : ''));
  const [dependsOn, setDependsOn] = useState<ActionId[]>(() => action?.dependsOn ?? []);
  const [problem, setProblem] = useState('');
  if (!action) return null;
  const months = selectCalendar(plan).months;
  const people = Object.values(plan.people).sort((a, b) => a.name.localeCompare(b.name));

  const close = () => {
    onClose();
    focusNote(id);
  };

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '');
    const month = text('month');
    const changes: Partial<Omit<Action, 'id'>> = {
      title: text('title'),
      projectId: text('project') as ProjectId,
      kind: text('kind') as Kind,
      size: text('size') as Size,
      status: text('status') as Status,
      month: isMonthKey(month) ? month : null,
      pinned: form.has('pinned'),
      reference: text('reference').trim(),
      tags: tagsOf(text('tags')),
      resources: text('resources'),
      successCriteria: text('successCriteria'),
      monitoring: text('monitoring'),
      notes: text('notes'),
      dependsOn,
      ...(owner === KEEP_OWNERS ? {} : { ownerIds: owner ? [owner as PersonId] : [] }),
    };
    const refused = store.getState().updateAction(id, changes);
    if (refused) return setProblem(`Not saved: ${refused.reason}.`);
    close();
  };

  const duplicate = () => {
    const copy = store.getState().duplicateAction(id);
    onClose();
    if (copy) focusNote(copy);
  };

  const remove = () => {
    store.getState().deleteActions([id]);
    onClose();
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby="note-editor-title"
      className="dialog note-editor"
      onClose={close}
    >
      <form onSubmit={save} noValidate>
        <h2 id="note-editor-title">Edit action</h2>
        <fieldset disabled={isReadOnly} className="note-editor-fields">
          <label className="wide">
            Title
            <input
              name="title"
              defaultValue={action.title}
              data-autofocus
              maxLength={500}
              aria-invalid={problem ? true : undefined}
            />
          </label>
          {problem && (
            <p role="alert" className="field-problem wide">
              {problem}
            </p>
          )}
          <label>
            Project
            <select name="project" defaultValue={action.projectId}>
              {plan.projectOrder.map((p) => (
                <option key={p} value={p}>
                  {plan.projects[p]?.code} · {plan.projects[p]?.name}
                </option>
              ))}
            </select>
          </label>
          <OwnerField people={people} current={action.ownerIds} value={owner} onChange={setOwner} />
          <label>
            Month
            <select name="month" defaultValue={action.month ?? UNSCHEDULED}>
              <option value={UNSCHEDULED}>Unscheduled</option>
              {months.map((m) => (
                <option key={m} value={m}>
                  {monthLabel(m)}
                </option>
              ))}
            </select>
            {action.timeLine && (
              <span className="field-hint">Time-line as written: {action.timeLine}</span>
            )}
          </label>
          <label className="check">
            <input type="checkbox" name="pinned" defaultChecked={action.pinned} />
            Pinned: Suggest leaves this note where it is
          </label>
          <label>
            Status
            <select name="status" defaultValue={action.status}>
              {STATUSES.map((value) => (
                <option key={value} value={value}>
                  {STATUS_MARKS[value].word}
                </option>
              ))}
            </select>
          </label>
          <label>
            Kind
            <select name="kind" defaultValue={action.kind}>
              {Object.entries(KIND_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Weight
            <select name="size" defaultValue={action.size}>
              {Object.entries(SIZE_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label} ({plan.settings.weights[value as Size]})
                </option>
              ))}
            </select>
          </label>
          <label>
            Reference
            <input name="reference" defaultValue={action.reference} placeholder="1.4" />
          </label>
          <label>
            Tags
            <input name="tags" defaultValue={action.tags.join(', ')} placeholder="urgent, funded" />
          </label>
          <div className="wide">
            <DependsOnField plan={plan} actionId={id} value={dependsOn} onChange={setDependsOn} />
          </div>
          <label className="wide">
            Resources (people, time, materials, money; new or reallocated)
            <textarea name="resources" defaultValue={action.resources} rows={2} />
          </label>
          <label className="wide">
            Success criteria
            <textarea name="successCriteria" defaultValue={action.successCriteria} rows={2} />
          </label>
          <label>
            Who monitors it
            <input name="monitoring" defaultValue={action.monitoring} />
          </label>
          <label className="wide">
            Notes
            <textarea name="notes" defaultValue={action.notes} rows={2} />
          </label>
        </fieldset>
        <div className="dialog-actions">
          {!isReadOnly && (
            <>
              <button type="button" onClick={remove} className="danger">
                Delete
              </button>
              <button type="button" onClick={duplicate}>
                Duplicate
              </button>
            </>
          )}
          <button type="button" onClick={close}>
            Cancel
          </button>
          {!isReadOnly && (
            <button type="submit" className="primary">
              Save
            </button>
          )}
        </div>
      </form>
    </dialog>
  );
}
