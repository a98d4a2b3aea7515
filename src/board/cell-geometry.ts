import type { CollisionDetection } from '@dnd-kit/core';
import { BOARD_ID } from './board-id';
import type { DropCells } from './drop-cells';

/** A box in the viewport's coordinates. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The scroll positions boxes were read at: the board's own, and the page's. */
interface Scroll {
  boardX: number;
  boardY: number;
  pageX: number;
  pageY: number;
}

/** The cells' boxes as they were at `at`, read once each during one drag. */
interface Snapshot {
  board: HTMLElement | null;
  /** The board's own box, which scrolls only with the page. */
  view: Box | null;
  at: Scroll;
  cells: Map<string, { box: Box; isOnBoard: boolean } | null>;
}

export interface CellGeometry {
  /**
   * dnd-kit's collision detection: the cell under the pointer; for a keyboard drag (no pointer)
   * the cell under the top centre of the lifted note, which the keyboard step places just inside
   * the target cell.
   */
  cellUnderNote: CollisionDetection;
  /**
   * Where cell `key` is now, for the drag whose droppables dnd-kit measured into `measurement`
   * (its `droppableRects`, a new map each drag); null when the cell is not drawn.
   */
  boxOf(measurement: object, key: string): Box | null;
}

function scrollOf(board: HTMLElement | null): Scroll {
  return {
    boardX: board?.scrollLeft ?? 0,
    boardY: board?.scrollTop ?? 0,
    pageX: window.scrollX,
    pageY: window.scrollY,
  };
}

const moved = (box: Box, dx: number, dy: number): Box => ({
  left: box.left - dx,
  top: box.top - dy,
  right: box.right - dx,
  bottom: box.bottom - dy,
});

const contains = (box: Box, x: number, y: number) =>
  box.left <= x && x <= box.right && box.top <= y && y <= box.bottom;

/**
 * The cells' places during a drag, measured by us rather than through dnd-kit's rectangles.
 * Those look up every scroll position again on each side they are asked for, and collision
 * detection runs on every render of a drag: in a profile of the bench's 2-second sweep at 300
 * notes it was 76 ms, the largest part of the drag's script. Here a cell's box is read once per
 * drag, and two scroll positions per question say how far it has moved since.
 */
export function createCellGeometry(cells: DropCells): CellGeometry {
  const snapshots = new WeakMap<object, Snapshot>();

  const snapshotOf = (measurement: object) => {
    let snapshot = snapshots.get(measurement);
    if (!snapshot) {
      const board = document.getElementById(BOARD_ID);
      snapshot = {
        board,
        view: board?.getBoundingClientRect() ?? null,
        at: scrollOf(board),
        cells: new Map(),
      };
      snapshots.set(measurement, snapshot);
    }
    return snapshot;
  };

  /** How far the board's cells, and everything else, have moved since the snapshot. */
  const shifts = (snapshot: Snapshot) => {
    const now = scrollOf(snapshot.board);
    const page = { dx: now.pageX - snapshot.at.pageX, dy: now.pageY - snapshot.at.pageY };
    const board = {
      dx: now.boardX - snapshot.at.boardX + page.dx,
      dy: now.boardY - snapshot.at.boardY + page.dy,
    };
    return { page, board };
  };

  type Shifts = ReturnType<typeof shifts>;

  /** Cell `key` as it was at the snapshot, measured now if it has not been yet. */
  const cellAt = (snapshot: Snapshot, key: string, shift: Shifts) => {
    let cell = snapshot.cells.get(key);
    if (cell === undefined) {
      const element = cells.elementOf(key);
      const isOnBoard = !!element && !!snapshot.board?.contains(element);
      const { dx, dy } = isOnBoard ? shift.board : shift.page;
      // Read now, kept as it was at the snapshot: the scrolling since is added back.
      cell = element && { box: moved(element.getBoundingClientRect(), -dx, -dy), isOnBoard };
      snapshot.cells.set(key, cell);
    }
    return cell;
  };

  return {
    cellUnderNote({ droppableContainers, droppableRects, pointerCoordinates, collisionRect }) {
      const { x, y } = pointerCoordinates ?? {
        x: collisionRect.left + collisionRect.width / 2,
        y: collisionRect.top + 1,
      };
      const snapshot = snapshotOf(droppableRects);
      const shift = shifts(snapshot);
      // The point where it would have been at the snapshot, on the board and off it: the boxes
      // stay as they were read, and nothing is made for each of them on every call.
      const onPage = { x: x + shift.page.dx, y: y + shift.page.dy };
      const onBoard = { x: x + shift.board.dx, y: y + shift.board.dy };
      // Under the pointer, a cell scrolled out of the board's view is out of reach, so a note
      // held over the tray is over the tray, not over a month hidden behind it. A keyboard step
      // may aim at a cell still out of view: dnd-kit scrolls it in next.
      const { view } = snapshot;
      const isInView = !pointerCoordinates || !view || contains(view, onPage.x, onPage.y);
      for (const droppable of droppableContainers) {
        const cell = cellAt(snapshot, String(droppable.id), shift);
        if (!cell) continue;
        const point = cell.isOnBoard ? onBoard : onPage;
        if ((isInView || !cell.isOnBoard) && contains(cell.box, point.x, point.y)) {
          return [{ id: droppable.id, data: { droppableContainer: droppable, value: 0 } }];
        }
      }
      return [];
    },

    boxOf(measurement, key) {
      const snapshot = snapshotOf(measurement);
      const shift = shifts(snapshot);
      const cell = cellAt(snapshot, key, shift);
      if (!cell) return null;
      const { dx, dy } = cell.isOnBoard ? shift.board : shift.page;
      return moved(cell.box, dx, dy);
    },
  };
}
