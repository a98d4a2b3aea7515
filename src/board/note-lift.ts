import { createContext, useContext, type KeyboardEvent, type SyntheticEvent } from 'react';

/** What a note needs to be picked up: the events that start a drag, and the spoken help. */
export interface NoteLift {
  /** Spread on the note; the note carries its id in `data-action-id`. */
  listeners: {
    onMouseDown(event: SyntheticEvent<HTMLElement>): void;
    onTouchStart(event: SyntheticEvent<HTMLElement>): void;
    onKeyDown(event: KeyboardEvent<HTMLElement>): void;
  };
  /** The id of the hidden drag instructions, for `aria-describedby`. */
  describedBy: string;
}

export const NoteLiftContext = createContext<NoteLift | null>(null);

export function useNoteLift(): NoteLift {
  const lift = useContext(NoteLiftContext);
  if (!lift) throw new Error('A note must be drawn inside the board’s LiftSource.');
  return lift;
}
