import { memo, useMemo } from 'react';
import { useNoteCommands } from './note-commands';
import { noteElementId } from './note-focus';
import { LIFT_HELP_ID, useNoteLift } from './note-lift';
import type { NoteFace } from './note-selectors';
import { NoteView } from './NoteView';

const SEVERITY_WORDS = { error: 'breaks a rule', warning: 'has a warning', info: '' } as const;

interface NoteProps {
  face: NoteFace;
  /** Picked up: the note stays as a placeholder while its lifted copy moves. */
  isLifted: boolean;
  isHighlighted: boolean;
  isSelected: boolean;
  /** Find or a filter is on and this note does not match: it stays, faded, and focusable. */
  isDimmed: boolean;
}

/**
 * A note on the board: a button that `LiftSource` turns into the draggable when pressed. It is
 * drawn outside dnd-kit's context and reads none of its state, so a drag does not redraw it.
 */
export const Note = memo(function Note({
  face,
  isLifted,
  isHighlighted,
  isSelected,
  isDimmed,
}: NoteProps) {
  const lift = useNoteLift();
  const commands = useNoteCommands();
  const listeners = useMemo(
    () => ({
      ...lift,
      onKeyDown: (event: Parameters<typeof lift.onKeyDown>[0]) => {
        if (!commands.onKeyDown(event as never)) lift.onKeyDown(event);
      },
      onClick: commands.onClick,
      onDoubleClick: commands.onDoubleClick,
    }),
    [lift, commands],
  );
  const { id, severity } = face;
  const label = [face.label, isSelected && 'selected', isDimmed && 'not matching']
    .filter(Boolean)
    .join(', ');
  return (
    <NoteView
      face={face}
      {...listeners}
      role="button"
      tabIndex={0}
      data-action-id={id}
      id={noteElementId(id)}
      aria-label={severity ? `${label}, ${SEVERITY_WORDS[severity]}` : label}
      aria-roledescription="note"
      aria-describedby={LIFT_HELP_ID}
      aria-pressed={isLifted || undefined}
      className={[
        'note',
        isLifted && 'note--placeholder',
        isHighlighted && 'note--highlighted',
        isSelected && 'note--selected',
        isDimmed && 'note--dimmed',
      ]
        .filter(Boolean)
        .join(' ')}
    />
  );
});
