import { useDraggable } from '@dnd-kit/core';
import { useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ActionId } from '../domain/ids';
import type { Forward } from './note-lift';

// Registered while no note has been pressed yet, so the hook always has an id.
const NOTHING_PRESSED = 'nothing-pressed';

/**
 * The board's one dnd-kit draggable, handed to whichever note is pressed.
 *
 * dnd-kit re-renders every `useDraggable` each time the cell under the pointer changes (issues
 * #389, #1071, #1194); with a thousand notes that is a thousand renders mid-drag. Here the notes
 * are plain buttons: a press on one makes it the draggable (a synchronous render of this small
 * component), then hands the event to dnd-kit's own sensor, so mouse, touch and keyboard keep
 * dnd-kit's behaviour.
 */
export function LiftSource({ connect }: { connect: (forward: Forward | null) => void }) {
  const [pressed, setPressed] = useState<ActionId | null>(null);
  const { listeners, setNodeRef, setActivatorNodeRef } = useDraggable({
    id: pressed ?? NOTHING_PRESSED,
    disabled: pressed === null,
  });
  const latest = useRef({ pressed, listeners });
  useLayoutEffect(() => {
    latest.current = { pressed, listeners };
  });

  useLayoutEffect(() => {
    connect((name, event) => {
      const note = event.currentTarget;
      const id = note.dataset.actionId as ActionId | undefined;
      if (!id) return;
      if (latest.current.pressed !== id) flushSync(() => setPressed(id));
      setNodeRef(note);
      setActivatorNodeRef(note);
      latest.current.listeners?.[name]?.(event);
    });
    return () => connect(null);
  }, [connect, setNodeRef, setActivatorNodeRef]);

  return null;
}
