import {
  useDraggable,
  type DraggableAttributes,
  type DraggableSyntheticListeners,
} from '@dnd-kit/core';
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

/**
 * A note on the board that can be picked up. dnd-kit re-renders every useDraggable whenever the
 * note under the pointer changes; this component does only that, and hands memoised props to
 * `NoteButton`, which then skips the re-render (dnd-kit issues #389, #1071).
 */
export const DraggableNote = memo(function DraggableNote({ id }: { id: ActionId }) {
  const data: NoteDragData = { type: 'note', actionId: id };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id, data });
  return (
    <NoteButton
      id={id}
      attributes={attributes}
      listeners={listeners}
      setNodeRef={setNodeRef}
      isDragging={isDragging}
    />
  );
});

interface NoteButtonProps {
  id: ActionId;
  attributes: DraggableAttributes;
  listeners: DraggableSyntheticListeners;
  setNodeRef: (element: HTMLElement | null) => void;
  isDragging: boolean;
}

const NoteButton = memo(function NoteButton({
  id,
  attributes,
  listeners,
  setNodeRef,
  isDragging,
}: NoteButtonProps) {
  const label = usePlanStore((s) => noteLabel(s.plan, id));
  const severity = usePlanStore((s) => selectNoteSeverity(s.plan, id));
  const isHighlighted = usePlanStore((s) => s.highlight?.actionIds.includes(id) ?? false);
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
