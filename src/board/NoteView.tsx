import { textColourFor } from '../domain/contrast';
import type { Severity } from '../domain/rules/rule';
import type { NoteFace } from './note-selectors';
import { noteTitleText } from './note-title';

const BADGE: Record<Exclude<Severity, 'info'>, string> = { error: '✖', warning: '⚠' };

export interface NoteViewProps {
  face: NoteFace;
  isLifted?: boolean;
}

/** How a note looks: no dragging, no store. Title, owner initials and project code. */
export function NoteView({ face, isLifted = false }: NoteViewProps) {
  const { title, code, colour, initials, severity } = face;
  const shown = noteTitleText(title);
  return (
    <div
      className={isLifted ? 'note-face note-face--lifted' : 'note-face'}
      style={{ backgroundColor: colour, color: textColourFor(colour) }}
    >
      {severity && severity !== 'info' && (
        <span className={`note-badge note-badge--${severity}`} aria-hidden="true">
          {BADGE[severity]}
        </span>
      )}
      <span className="note-title" title={shown === title ? undefined : title}>
        {shown}
      </span>
      <span className="note-meta">
        <span className="note-owner">{initials || '—'}</span>
        <span className="note-code">{code}</span>
      </span>
    </div>
  );
}
