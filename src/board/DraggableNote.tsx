import { useDraggable } from '@dnd-kit/core';
import { memo } from 'react';
import type { ActionId } from '../domain/ids';
import { usePlanStore } from '../store/store-context';
import { ConnectedNoteView } from './ConnectedNoteView';
import { noteLabel } from './note-selectors';

export interface NoteDragData {
  type: 'note';
  actionId: ActionId;
}

/** A note on the board that can be picked up; its face is drawn by `NoteView`. */
export const DraggableNote = memo(function DraggableNote({ id }: { id: ActionId }) {
  const label = usePlanStore((s) => noteLabel(s.plan, id));
  const data: NoteDragData = { type: 'note', actionId: id };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id, data });
  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      aria-label={label}
      aria-roledescription="note"
      className={isDragging ? 'note note--placeholder' : 'note'}
    >
      <ConnectedNoteView id={id} />
    </div>
  );
});
