import { costOf, isCheaper, stayingBreaks } from './sequence-search';
import { startsEarly, type Slot, type SuggestModel } from './suggest-model';

/**
 * Improves a sequence one note at a time, never breaking a rule anew: places the tray's notes
 * where they fit, moves notes that break a rule where they are to a month where they break none,
 * and moves notes out of the fullest term while that lowers the overload. It is what a large plan
 * gets when the search runs out of steps: every move it makes is one a planner could check.
 */
export function repairSequence(
  model: SuggestModel,
  start: readonly (Slot | null)[],
): (Slot | null)[] {
  const { candidates, termOfSlot, capacity, loadCap, ownedCap } = model;
  const terms = capacity.length;
  const slots = [...start];
  const load = [...model.fixedLoad];
  const owned = [...model.fixedOwned];
  const termAt = (slot: Slot | null) => (slot === null ? -1 : (termOfSlot[slot] ?? -1));
  const shift = (i: number, slot: Slot | null, sign: 1 | -1) => {
    const t = termAt(slot);
    if (t < 0) return;
    load[t] = load[t]! + sign * candidates[i]!.weight;
    for (const p of candidates[i]!.owners) owned[p * terms + t] = owned[p * terms + t]! + sign;
  };
  slots.forEach((slot, i) => shift(i, slot, 1));

  /** Whether the note may move to `slot` (a free month) with everything else where it is. */
  const canMove = (i: number, slot: Slot, limit: readonly number[]) => {
    const c = candidates[i]!;
    const t = termAt(slot);
    if (t !== termAt(slots[i] ?? null)) {
      if (t >= 0 && load[t]! + c.weight > limit[t]!) return false;
      if (t >= 0 && c.owners.some((p) => owned[p * terms + t]! >= ownedCap[p * terms + t]!)) {
        return false;
      }
    }
    if (c.before.some((j) => slots[j] === null || slots[j]! >= slot)) return false;
    return c.after.every((j) => slots[j] === null || slots[j]! > slot);
  };
  const move = (i: number, slot: Slot) => {
    shift(i, slots[i] ?? null, -1);
    slots[i] = slot;
    shift(i, slot, 1);
  };
  /** Keeps a move only if no strategic project that started in the first term stops doing so. */
  const tryMove = (i: number, slot: Slot) => {
    const from = slots[i] ?? null;
    move(i, slot);
    const keeps = model.strategic.every(
      (need) => !need.wasMet || startsEarly(model, slots, need.members),
    );
    if (!keeps) {
      if (from === null) {
        shift(i, slot, -1);
        slots[i] = null;
      } else move(i, from);
    }
    return keeps;
  };
  const excessAt = (t: number) => load[t]! - capacity[t]!;
  // Among the months a note may take, the emptiest term first, then the nearest month.
  const byRoom = (i: number, options: Slot[]) => {
    const from = candidates[i]!.current;
    return [...options].sort(
      (a, b) =>
        excessAt(termAt(a)) - excessAt(termAt(b)) ||
        (from === null ? 0 : Math.abs(a - from) - Math.abs(b - from)) ||
        a - b,
    );
  };

  for (const i of model.order) {
    const c = candidates[i]!;
    const isStuckInTray = c.current === null && slots[i] === null;
    const breaksWhereItIs =
      c.current !== null && slots[i] === c.current && stayingBreaks(model, slots, i) > 0;
    if (!isStuckInTray && !breaksWhereItIs) continue;
    for (const slot of byRoom(i, c.slots)) {
      if (canMove(i, slot, loadCap) && tryMove(i, slot)) break;
    }
  }

  // Notes out of the fullest term, into terms with room below capacity, while that helps.
  let cost = costOf(model, slots);
  for (let round = 0; round < candidates.length && cost[2] > 0; round++) {
    const peakTerm = load.findIndex((_, t) => excessAt(t) === cost[4]);
    const before = cost;
    for (const i of model.order) {
      const from = slots[i] ?? null;
      if (from === null || termAt(from) !== peakTerm) continue;
      const target = byRoom(i, candidates[i]!.slots).find(
        (slot) => termAt(slot) !== peakTerm && canMove(i, slot, capacity),
      );
      if (target === undefined || !tryMove(i, target)) continue;
      const after = costOf(model, slots);
      if (isCheaper(after, cost)) {
        cost = after;
        break;
      }
      move(i, from);
    }
    if (cost === before) break;
  }
  return slots;
}
