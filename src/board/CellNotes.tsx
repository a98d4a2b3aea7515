import { usePlanStore } from '../store/store-context';
import { Note } from './Note';
import { selectCellFaces } from './note-selectors';

const NONE = '';

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
  // The highlighted notes of this cell, as one string so an unchanged answer is equal.
  const highlighted = usePlanStore((s) => {
    const ids = s.highlight?.actionIds;
    return ids
      ? faces
          .filter((f) => ids.includes(f.id))
          .map((f) => f.id)
          .join(' ')
      : NONE;
  });
  const selected = usePlanStore((s) =>
    s.selection.length === 0
      ? NONE
      : faces
          .filter((f) => s.selection.includes(f.id))
          .map((f) => f.id)
          .join(' '),
  );
  const highlightedIds = new Set(highlighted.split(' '));
  const selectedIds = new Set(selected.split(' '));
  return faces.map((face) => (
    <Note
      key={face.id}
      face={face}
      isLifted={face.id === lifted}
      isHighlighted={highlightedIds.has(face.id)}
      isSelected={selectedIds.has(face.id)}
    />
  ));
}
