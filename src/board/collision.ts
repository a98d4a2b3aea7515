import type { CollisionDetection, DroppableContainer, UniqueIdentifier } from '@dnd-kit/core';
import { BOARD_ID } from './board-id';

/** A cell's box when dnd-kit last measured the cells, and whether it moves with the board. */
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  onBoard: boolean;
}

/** The cells' boxes and the scroll positions they were read at. */
interface Snapshot {
  boxes: Map<UniqueIdentifier, Box | null>;
  board: HTMLElement | null;
  /** The board's own box: a cell scrolled out of it is out of reach. */
  view: Box | null;
  boardX: number;
  boardY: number;
  pageX: number;
  pageY: number;
}

/**
 * One snapshot per measurement: dnd-kit measures the cells when a drag starts, and again when
 * they change, each time into a new map, which keys this cache.
 */
const snapshots = new WeakMap<object, Snapshot>();

function boxOf(element: Element, onBoard: boolean): Box {
  const { left, top, right, bottom } = element.getBoundingClientRect();
  return { left, top, right, bottom, onBoard };
}

function snapshotOf(droppableRects: object, droppables: readonly DroppableContainer[]): Snapshot {
  let snapshot = snapshots.get(droppableRects);
  if (!snapshot) {
    const board = document.getElementById(BOARD_ID);
    snapshot = {
      boxes: new Map(),
      board,
      view: board && boxOf(board, false),
      boardX: board?.scrollLeft ?? 0,
      boardY: board?.scrollTop ?? 0,
      pageX: window.scrollX,
      pageY: window.scrollY,
    };
    // Every box at once, at the scroll positions just read: a box read later may have scrolled.
    for (const { id, node } of droppables) {
      const element = node.current;
      snapshot.boxes.set(id, element && boxOf(element, board?.contains(element) ?? false));
    }
    snapshots.set(droppableRects, snapshot);
  }
  return snapshot;
}

/**
 * The cell under the pointer; for a keyboard drag (no pointer) the cell under the top centre of
 * the lifted note, which the keyboard step places just inside the target cell.
 *
 * dnd-kit's `pointerWithin` reads each cell's rectangle through getters that look up every
 * scroll position again on each side, and collision detection runs on every render of a drag:
 * in a profile of the bench's 2-second sweep it was 76 ms, the largest part of the drag's script.
 * Here each cell's box is read once per measurement, and two scroll positions per call say how
 * far it has moved since. Under the pointer, a cell scrolled out of the board's view does not
 * count, so a note held over the tray is over the tray, not over a month hidden behind it.
 */
export const cellUnderNote: CollisionDetection = ({
  droppableContainers,
  droppableRects,
  pointerCoordinates,
  collisionRect,
}) => {
  const { x, y } = pointerCoordinates ?? {
    x: collisionRect.left + collisionRect.width / 2,
    y: collisionRect.top + 1,
  };
  const snapshot = snapshotOf(droppableRects, droppableContainers);
  const pageDX = window.scrollX - snapshot.pageX;
  const pageDY = window.scrollY - snapshot.pageY;
  const boardDX = (snapshot.board?.scrollLeft ?? 0) - snapshot.boardX + pageDX;
  const boardDY = (snapshot.board?.scrollTop ?? 0) - snapshot.boardY + pageDY;
  const within = (box: Box, dx: number, dy: number) =>
    box.left - dx <= x && x <= box.right - dx && box.top - dy <= y && y <= box.bottom - dy;
  // A keyboard step aims at a cell that may still be scrolled out of view: dnd-kit brings it in.
  const inView = !pointerCoordinates || !snapshot.view || within(snapshot.view, pageDX, pageDY);

  for (const droppable of droppableContainers) {
    const box = snapshot.boxes.get(droppable.id);
    if (!box) continue;
    const isHit = box.onBoard
      ? inView && within(box, boardDX, boardDY)
      : within(box, pageDX, pageDY);
    if (isHit) return [{ id: droppable.id, data: { droppableContainer: droppable, value: 0 } }];
  }
  return [];
};
