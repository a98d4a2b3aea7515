import { use } from 'react';
import type { ActionId } from '../domain/ids';
import { selectFinding } from '../store/view-selectors';
import { usePlanStore } from '../store/store-context';
import { Note } from './Note';
import type { NoteFace } from './note-selectors';
import { selectCellFaces } from './note-selectors';
import { NotesShownContext } from './notes-shown';

const NONE = '';

/** The ids of `faces` that `isPicked` picks, as one string so an unchanged answer is equal. */
function pickedIds(faces: readonly NoteFace[], isPicked: (id: ActionId) => boolean): string {
  return faces
    .filter((f) => isPicked(f.id))
    .map((f) => f.id)
    .join(' ');
}

/**
 * The notes of one cell. The cell, not each note, reads the store: a hundred cells listen to it
 * rather than a thousand notes, and a note is redrawn only when what it shows changes.
 */
export function CellNotes({ cellKey }: { cellKey: string }) {
  const faces = usePlanStore((s) => selectCellFaces(s.plan, s.laneMode, cellKey));
  const lifted = usePlanStore((s) => {
    const id = s.drag?.actionId;
    return id && faces.some((f) => f.id === id) ? id : NONE;
  });
  const highlighted = usePlanStore((s) => {
    const ids = s.highlight?.actionIds;
    return ids ? pickedIds(faces, (id) => ids.includes(id)) : NONE;
  });
  const selected = usePlanStore((s) =>
    s.selection.length === 0 ? NONE : pickedIds(faces, (id) => s.selection.includes(id)),
  );
  // Focus on a project hides the other notes; Find and the filters only fade the ones that do
  // not match, so the board keeps its shape and every note can still be reached.
  const hidden = usePlanStore((s) => {
    const { shown } = selectFinding(s.plan, s.view);
    return shown ? pickedIds(faces, (id) => !shown.has(id)) : NONE;
  });
  const dimmed = usePlanStore((s) => {
    const { matches } = selectFinding(s.plan, s.view);
    return matches ? pickedIds(faces, (id) => !matches.has(id)) : NONE;
  });
  const highlightedIds = new Set(highlighted.split(' '));
  const selectedIds = new Set(selected.split(' '));
  const hiddenIds = new Set(hidden.split(' '));
  const dimmedIds = new Set(dimmed.split(' '));
  // While the board first appears, a cell draws its first notes and the rest follow.
  const shown = use(NotesShownContext);
  return faces
    .filter((face) => !hiddenIds.has(face.id))
    .slice(0, shown)
    .map((face) => (
      <Note
        key={face.id}
        face={face}
        isLifted={face.id === lifted}
        isHighlighted={highlightedIds.has(face.id)}
        isSelected={selectedIds.has(face.id)}
        isDimmed={dimmedIds.has(face.id)}
      />
    ));
}
