import { memo } from 'react';
import type { ActionId } from '../domain/ids';
import { usePlanStore } from '../store/store-context';
import { NoteView } from './NoteView';
import { LIFT_HELP_ID, useNoteLift } from './note-lift';
import { selectNoteFace } from './note-selectors';

const SEVERITY_WORDS = { error: 'breaks a rule', warning: 'has a warning', info: '' } as const;

/**
 * A note on the board: a button that `LiftSource` turns into the draggable when pressed. It is
 * drawn outside dnd-kit's context and reads none of its state, so a drag does not redraw it.
 */
export const Note = memo(function Note({ id }: { id: ActionId }) {
  const listeners = useNoteLift();
  const face = usePlanStore((s) => selectNoteFace(s.plan, id));
  const isHighlighted = usePlanStore((s) => s.highlight?.actionIds.includes(id) ?? false);
  const isLifted = usePlanStore((s) => s.drag?.actionId === id);
  const { label, severity } = face;
  return (
    <div
      {...listeners}
      role="button"
      tabIndex={0}
      data-action-id={id}
      id={`note-${id}`}
      aria-label={severity ? `${label}, ${SEVERITY_WORDS[severity]}` : label}
      aria-roledescription="note"
      aria-describedby={LIFT_HELP_ID}
      aria-pressed={isLifted || undefined}
      className={['note', isLifted && 'note--placeholder', isHighlighted && 'note--highlighted']
        .filter(Boolean)
        .join(' ')}
    >
      <NoteView face={face} />
    </div>
  );
});
