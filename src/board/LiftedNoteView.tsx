import { memo } from 'react';
import type { ActionId } from '../domain/ids';
import { usePlanStore } from '../store/store-context';
import { NoteView } from './NoteView';
import { selectNoteFace } from './note-selectors';

/** A note's face read from the store, for the lifted copy that follows the pointer. */
export const LiftedNoteView = memo(function LiftedNoteView({ id }: { id: ActionId }) {
  const face = usePlanStore((s) => selectNoteFace(s.plan, id));
  return <NoteView face={face} isLifted />;
});
