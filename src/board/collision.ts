import { pointerWithin, type CollisionDetection } from '@dnd-kit/core';

/**
 * The cell under the pointer; for a keyboard drag (no pointer) the cell under the top centre of
 * the lifted note, which the keyboard step places just inside the target cell.
 */
export const cellUnderNote: CollisionDetection = (args) => {
  if (args.pointerCoordinates) return pointerWithin(args);
  const rect = args.collisionRect;
  return pointerWithin({
    ...args,
    pointerCoordinates: { x: rect.left + rect.width / 2, y: rect.top + 1 },
  });
};
