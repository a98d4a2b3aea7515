import { REFLECTION_QUESTIONS } from '../domain/reflection';
import { usePlanStore, usePlanStoreApi } from '../store/store-context';
import { CommitField } from './CommitField';
import { useModal } from './use-modal';

/** The questions asked once a sequence is done, answered in the team's words and kept with the plan. */
export function ReflectionDialog({ onClose }: { onClose: () => void }) {
  const store = usePlanStoreApi();
  const reflection = usePlanStore((s) => s.plan.reflection);
  const notes = usePlanStore((s) => s.plan.notes);
  const isReadOnly = usePlanStore((s) => s.access === 'read-only');
  const dialog = useModal();
  const { setReflectionAnswer, setPlanNotes } = store.getState();
  return (
    <dialog
      ref={dialog}
      aria-labelledby="reflection-title"
      className="dialog reflection-dialog"
      onClose={onClose}
    >
      <div className="settings-header">
        <h2 id="reflection-title">Reflection and notes</h2>
        <button className="primary" onClick={onClose}>
          Done
        </button>
      </div>
      <fieldset disabled={isReadOnly} className="plain-fieldset">
        <p className="field-hint">
          Once the sequence is done, answer these together; they print with the plan.
        </p>
        {REFLECTION_QUESTIONS.map((q) => (
          <CommitField
            key={q.id}
            label={q.question}
            type="multiline"
            value={reflection[q.id] ?? ''}
            onCommit={(raw) => setReflectionAnswer(q.id, raw)}
          />
        ))}
        <CommitField
          label="Notes on the plan"
          type="multiline"
          value={notes}
          onCommit={setPlanNotes}
        />
      </fieldset>
    </dialog>
  );
}
