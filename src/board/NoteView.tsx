import type { HTMLAttributes } from 'react';
import { textColourFor } from '../domain/contrast';
import type { Severity } from '../domain/rules/rule';
import type { NoteFace } from './note-selectors';
import { noteTitleText } from './note-title';

const BADGE: Record<Exclude<Severity, 'info'>, string> = { error: '✖', warning: '⚠' };

export interface NoteViewProps extends HTMLAttributes<HTMLDivElement> {
  face: NoteFace;
  isLifted?: boolean;
}

/**
 * How a note looks: title, owner initials and project code. No dragging and no store; the board
 * passes a button's attributes through, so a note on the board is a single element and its face.
 */
export function NoteView({ face, isLifted = false, className, ...rest }: NoteViewProps) {
  const { title, code, colour, initials, severity } = face;
  const shown = noteTitleText(title);
  return (
    <div
      {...rest}
      className={['note-face', isLifted && 'note-face--lifted', className]
        .filter(Boolean)
        .join(' ')}
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
      <span className="note-owner">{initials || '—'}</span>
      <span className="note-code">{code}</span>
    </div>
  );
}
