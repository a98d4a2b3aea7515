/**
 * dnd-kit's keyboard sensor starts listening for keys in a timer it queues just after
 * `onDragStart` returns. Work queued from `onDragStart` with this runs after that timer.
 */
export function afterSensorStarts(run: () => void): void {
  setTimeout(() => setTimeout(run));
}

/**
 * Keeps the keys pressed until `release` is called, then hands them to the focused element. The
 * browser serves input before timers, so a key pressed just after a keyboard pick-up could come
 * before the sensor listens and reach nobody: the note would not move.
 */
export function holdKeys(): () => void {
  const held: KeyboardEvent[] = [];
  const hold = (event: KeyboardEvent) => {
    event.preventDefault();
    event.stopImmediatePropagation();
    held.push(event);
  };
  window.addEventListener('keydown', hold, true);
  return () => {
    window.removeEventListener('keydown', hold, true);
    for (const { key, code } of held) {
      const again = new KeyboardEvent('keydown', { key, code, bubbles: true, cancelable: true });
      (document.activeElement ?? document.body).dispatchEvent(again);
    }
  };
}
