import { memo } from 'react';
import type { ActionId } from '../domain/ids';
import { selectNoteSeverity } from '../store/selectors';
import { usePlanStore } from '../store/store-context';
import { NoteView } from './NoteView';
import { noteInitials, noteProject } from './note-selectors';

/** A note's face read from the store: on the board, and lifted in the drag overlay. */
export const ConnectedNoteView = memo(function ConnectedNoteView({
  id,
  isLifted,
}: {
  id: ActionId;
  isLifted?: boolean;
}) {
  const title = usePlanStore((s) => s.plan.actions[id]?.title ?? '');
  const project = usePlanStore((s) => noteProject(s.plan, id));
  const initials = usePlanStore((s) => noteInitials(s.plan, id));
  const severity = usePlanStore((s) => selectNoteSeverity(s.plan, id));
  return (
    <NoteView
      title={title}
      code={project.code}
      colour={project.colour}
      initials={initials}
      isLifted={isLifted}
      severity={severity}
    />
  );
});
