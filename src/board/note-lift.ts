import { createContext, useContext, type SyntheticEvent } from 'react';

export type LiftEvent = 'onMouseDown' | 'onTouchStart' | 'onKeyDown';
type LiftHandler = (event: SyntheticEvent<HTMLElement>) => void;
export type Forward = (name: LiftEvent, event: SyntheticEvent<HTMLElement>) => void;

/** The id of the hidden drag instructions every note is described by. */
export const LIFT_HELP_ID = 'note-drag-help';

export const LIFT_HELP =
  'To move a note, press Space to pick it up. Arrow Right and Arrow Left move it a month later or ' +
  'earlier, Arrow Up and Arrow Down change its lane. Press Space to drop it, or Escape to cancel.';

/** What a note spreads on itself to be picked up; the note carries its id in `data-action-id`. */
export type NoteLiftListeners = Record<LiftEvent, LiftHandler>;

/**
 * The notes' end of the lift, and the socket `LiftSource` plugs dnd-kit into. The notes are drawn
 * outside dnd-kit's context, so their listeners must be stable and reach dnd-kit through here.
 */
export function createNoteLift(): {
  listeners: NoteLiftListeners;
  connect(forward: Forward | null): void;
} {
  let target: Forward | null = null;
  const send =
    (name: LiftEvent): LiftHandler =>
    (event) =>
      target?.(name, event);
  return {
    listeners: {
      onMouseDown: send('onMouseDown'),
      onTouchStart: send('onTouchStart'),
      onKeyDown: send('onKeyDown'),
    },
    connect(forward) {
      target = forward;
    },
  };
}

export const NoteLiftContext = createContext<NoteLiftListeners | null>(null);

export function useNoteLift(): NoteLiftListeners {
  const listeners = useContext(NoteLiftContext);
  if (!listeners) throw new Error('A note must be drawn inside the board.');
  return listeners;
}
