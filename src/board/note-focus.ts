import type { ActionId } from '../domain/ids';

/** The DOM id of a note on the board. */
export const noteElementId = (id: ActionId) => `note-${id}`;

/**
 * Focuses `target` on the next frame, once React has drawn it, unless the person has put the
 * focus somewhere else in the meantime: on a busy laptop the frame can come after their next key,
 * and taking the focus then would send what they type to the wrong place.
 */
export function focusNextFrame(target: () => HTMLElement | null | undefined): void {
  const before = document.activeElement;
  requestAnimationFrame(() => {
    const now = document.activeElement;
    if (now !== before && now !== document.body && now !== null) return;
    target()?.focus();
  });
}

/**
 * Gives a note the focus after the next paint: a note a command has moved, copied or edited is
 * drawn afresh, and the keyboard must land on it rather than on the page.
 */
export function focusNote(id: ActionId): void {
  focusNextFrame(() => document.getElementById(noteElementId(id)));
}
