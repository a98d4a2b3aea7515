import { useDraggable } from '@dnd-kit/core';
import { memo } from 'react';
import type { ActionId } from '../domain/ids';
import { selectNoteSeverity } from '../store/selectors';
import { usePlanStore } from '../store/store-context';
import { ConnectedNoteView } from './ConnectedNoteView';
import { noteLabel } from './note-selectors';

const SEVERITY_WORDS = { error: 'breaks a rule', warning: 'has a warning', info: '' } as const;

export interface NoteDragData {
  type: 'note';
  actionId: ActionId;
}

/** A note on the board that can be picked up; its face is drawn by `NoteView`. */
export const DraggableNote = memo(function DraggableNote({ id }: { id: ActionId }) {
  const label = usePlanStore((s) => noteLabel(s.plan, id));
  const severity = usePlanStore((s) => selectNoteSeverity(s.plan, id));
  const isHighlighted = usePlanStore((s) => s.highlight?.actionIds.includes(id) ?? false);
  const data: NoteDragData = { type: 'note', actionId: id };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id, data });
  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      id={`note-${id}`}
      aria-label={severity ? `${label}, ${SEVERITY_WORDS[severity]}` : label}
      aria-roledescription="note"
      className={['note', isDragging && 'note--placeholder', isHighlighted && 'note--highlighted']
        .filter(Boolean)
        .join(' ')}
    >
      <ConnectedNoteView id={id} />
    </div>
  );
});
