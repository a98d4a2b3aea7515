import type { CSSProperties, HTMLAttributes } from 'react';
import { noteColoursFor, textColourFor } from '../domain/contrast';
import { isStatusShown, STATUS_MARKS } from '../domain/status-marks';
import type { NoteFace } from './note-selectors';
import { noteTitleText } from './note-title';

export interface NoteViewProps extends HTMLAttributes<HTMLDivElement> {
  face: NoteFace;
  isLifted?: boolean;
}

/**
 * How a note looks: title, owner initials and project code, its status once started and what it
 * waits for. No dragging and no store; the board passes a button's attributes through, so a note
 * on the board is a single element and its face.
 */
/** Present mode and the high-contrast theme need 7:1; the style sheet picks the pair to use. */
const STRONG_CONTRAST = 7;

const styles = new Map<string, CSSProperties>();

function coloursOf(colour: string): CSSProperties {
  let style = styles.get(colour);
  if (!style) {
    const strong = noteColoursFor(colour, STRONG_CONTRAST);
    style = {
      '--note-paper': colour,
      '--note-ink': textColourFor(colour),
      '--note-paper-strong': strong.background,
      '--note-ink-strong': strong.text,
    } as CSSProperties;
    styles.set(colour, style);
  }
  return style;
}

/** A drawn pushpin, not an emoji: every theme and font shows the same mark. The name says "pinned". */
function PinMark() {
  return (
    <span className="note-pin" aria-hidden="true">
      <svg viewBox="0 0 24 24" focusable="false">
        <g transform="rotate(40 12 12)" fill="currentColor">
          <rect x="7" y="2" width="10" height="2.6" rx="1" />
          <path d="M9 4.6h6v5.2l3 3.6H6l3-3.6z" />
          <path d="M12 13.4V22" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </g>
      </svg>
    </span>
  );
}

export function NoteView({ face, isLifted = false, className, ...rest }: NoteViewProps) {
  const { title, code, colour, initials, severity, status, isPinned, waiting } = face;
  const shown = noteTitleText(title);
  const mark = STATUS_MARKS[status];
  return (
    <div
      {...rest}
      className={[
        'note-face',
        isLifted && 'note-face--lifted',
        status === 'met' && 'note-face--met',
        className,
      ]
        .filter(Boolean)
        .join(' ')}
      style={coloursOf(colour)}
    >
      {severity && severity !== 'info' && (
        <span className={`note-badge note-badge--${severity}`} aria-hidden="true" />
      )}
      {/* At the corner the badge leaves free, outside the text: a pin makes no note taller. */}
      {isPinned && <PinMark />}
      <span className="note-title" title={shown === title ? undefined : title}>
        {shown}
      </span>
      {isStatusShown(status) && (
        <span className="note-status">
          <span aria-hidden="true">{mark.symbol}</span> {mark.word}
        </span>
      )}
      <span className="note-owner">{initials || '—'}</span>
      {/* Beside the initials, not on a line of its own: a board of waiting notes stays short. */}
      {waiting && <span className="note-waiting">{waiting}</span>}
      <span className="note-code">{code}</span>
    </div>
  );
}
