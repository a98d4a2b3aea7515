import { textColourFor } from '../domain/contrast';

export interface NoteViewProps {
  title: string;
  code: string;
  colour: string;
  initials: string;
  isLifted?: boolean;
}

/** How a note looks: no dragging, no store. Title, owner initials and project code. */
export function NoteView({ title, code, colour, initials, isLifted = false }: NoteViewProps) {
  return (
    <div
      className={isLifted ? 'note-face note-face--lifted' : 'note-face'}
      style={{ backgroundColor: colour, color: textColourFor(colour) }}
    >
      <span className="note-title">{title}</span>
      <span className="note-meta">
        <span className="note-owner">{initials || '—'}</span>
        <span className="note-code">{code}</span>
      </span>
    </div>
  );
}
