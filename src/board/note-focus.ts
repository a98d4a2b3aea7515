import type { ActionId } from '../domain/ids';

/** The DOM id of a note on the board. */
export const noteElementId = (id: ActionId) => `note-${id}`;

/**
 * Gives a note the focus after the next paint: a note a command has moved, copied or edited is
 * drawn afresh, and the keyboard must land on it rather than on the page.
 */
export function focusNote(id: ActionId): void {
  requestAnimationFrame(() => document.getElementById(noteElementId(id))?.focus());
}
