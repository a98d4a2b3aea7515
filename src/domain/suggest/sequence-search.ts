import { startsEarly, type Slot, type SuggestModel } from './suggest-model';

/**
 * What a sequence costs, compared in this order (the first difference decides):
 * tray notes left unplaced; rules still broken by notes that stayed (a note left in the buffer, a
 * strategic project not started in the first term); how far the fullest term is over capacity;
 * placed notes moved; how full the fullest term is; and the sum of the terms' squared loads, which
 * spreads the rest of the load evenly.
 */
export type Cost = [
  unplaced: number,
  broken: number,
  over: number,
  moved: number,
  peak: number,
  spread: number,
];

export function isCheaper(a: Readonly<Cost>, b: Readonly<Cost>): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! < b[k]!;
  return false;
}

export interface SearchResult {
  /** Each candidate's month, or `null` for the tray. */
  slots: (Slot | null)[];
  cost: Cost;
  /** Whether every cheaper sequence was ruled out, so the result is the best there is. */
  isComplete: boolean;
}

/**
 * Enough to prove the best sequence for a plan of eight free notes (the property tests check it
 * against an exhaustive search). A count, not a clock, so the same plan always gets the same
 * answer.
 */
export const SEARCH_STEPS = 20_000;

/**
 * With more free notes than this, no search of a few thousand steps gets past the last notes'
 * months: on generated plans of 300 and 1,000 notes, 20,000 steps found the same sequence as the
 * first descent, ten times slower. Such a plan gets the first descent, a little more, and the
 * repair.
 */
export const LARGE_SEARCH_FROM = 16;
export const LARGE_SEARCH_STEPS = 2_000;

interface Option {
  slot: Slot | null;
  broken: number;
  moved: number;
  peak: number;
  /** How much the sum of squared term loads grows. */
  spread: number;
  /** Notes already in that month: among equals, the emptier month. */
  crowd: number;
}

/**
 * Branch and bound over the candidates in the model's order. Each level tries a candidate's
 * months, cheapest first, so the first sequence found is the greedy one; after that a branch is
 * cut as soon as it costs as much as the best found, since costs only grow as notes are added.
 */
export function searchSequence(model: SuggestModel, steps = SEARCH_STEPS): SearchResult {
  const { candidates, order, termOfSlot, capacity, loadCap } = model;
  const terms = capacity.length;
  const load = [...model.fixedLoad];
  const owned = [...model.fixedOwned];
  const crowd = new Array<number>(model.months.length).fill(0);
  const slots: (Slot | null)[] = candidates.map(() => null);
  // A strategic project is judged when its last member is placed.
  const needsAt = new Map<number, SuggestModel['strategic']>();
  for (const need of model.strategic) {
    const last = Math.max(...need.members.map((m) => order.indexOf(m)));
    needsAt.set(last, [...(needsAt.get(last) ?? []), need]);
  }
  const peakOf = () => {
    let peak = -Infinity;
    for (let t = 0; t < terms; t++) peak = Math.max(peak, load[t]! - capacity[t]!);
    return peak;
  };
  // The sequence that changes nothing is always allowed: the one to beat.
  let best: SearchResult = {
    slots: candidates.map((c) => c.current),
    cost: costOf(
      model,
      candidates.map((c) => c.current),
    ),
    isComplete: false,
  };
  let left = steps;

  const optionsFor = (k: number, peak: number): Option[] => {
    const i = order[k]!;
    const c = candidates[i]!;
    const fits = (slot: Slot) => {
      const t = termOfSlot[slot] ?? -1;
      if (t < 0) return true;
      if (load[t]! + c.weight > loadCap[t]!) return false;
      return c.owners.every((p) => owned[p * terms + t]! < model.ownedCap[p * terms + t]!);
    };
    const peakWith = (slot: Slot) => {
      const t = termOfSlot[slot] ?? -1;
      return t < 0 ? peak : Math.max(peak, load[t]! + c.weight - capacity[t]!);
    };
    const spreadWith = (slot: Slot) => {
      const t = termOfSlot[slot] ?? -1;
      return t < 0 ? 0 : c.weight * (2 * load[t]! + c.weight);
    };
    const options: Option[] = [];
    // Every note it waits for must be placed, and earlier.
    let after = c.notBefore;
    let waitsOnTray = false;
    for (const j of c.before) {
      const s = slots[j];
      if (s === null || s === undefined) waitsOnTray = true;
      else after = Math.max(after, s + 1);
    }
    if (!waitsOnTray) {
      for (const slot of c.slots) {
        if (slot === c.current || slot < after || !fits(slot)) continue;
        options.push({
          slot,
          broken: 0,
          moved: c.current === null ? 0 : 1,
          peak: peakWith(slot),
          spread: spreadWith(slot),
          crowd: crowd[slot]!,
        });
      }
    }
    if (c.current === null) {
      options.push({ slot: null, broken: 0, moved: 0, peak, spread: 0, crowd: 0 });
    } else if (fits(c.current)) {
      // Staying put keeps what it breaks there, and any order it already broke with its neighbours
      // where they stayed too; it may not break a new one.
      const at = c.current;
      const allowed = c.before.every((j) => {
        const s = slots[j] ?? null;
        return (s !== null && s < at) || s === candidates[j]!.current;
      });
      if (allowed) {
        const slot = c.current;
        options.push({
          slot,
          broken: stayingBreaks(model, slots, i),
          moved: 0,
          peak: peakWith(slot),
          spread: spreadWith(slot),
          crowd: crowd[slot] ?? 0,
        });
      }
    }
    return options.sort(
      (a, b) =>
        Number(a.slot === null) - Number(b.slot === null) ||
        a.broken - b.broken ||
        Math.max(0, a.peak) - Math.max(0, b.peak) ||
        a.moved - b.moved ||
        a.peak - b.peak ||
        a.spread - b.spread ||
        a.crowd - b.crowd ||
        distance(c.current, a.slot) - distance(c.current, b.slot) ||
        (a.slot ?? 0) - (b.slot ?? 0),
    );
  };

  const place = (i: number, slot: Slot | null, sign: 1 | -1) => {
    slots[i] = sign === 1 ? slot : null;
    if (slot === null) return;
    const c = candidates[i]!;
    if (slot >= 0 && slot < crowd.length) crowd[slot] = crowd[slot]! + sign;
    const t = termOfSlot[slot] ?? -1;
    if (t < 0) return;
    load[t] = load[t]! + sign * c.weight;
    for (const p of c.owners) owned[p * terms + t] = owned[p * terms + t]! + sign;
  };

  // An explicit stack rather than recursion: a plan may hold thousands of notes.
  interface Frame {
    options: Option[];
    next: number;
    cost: Cost;
    /** The option placed now, taken back before the next is tried. */
    placed: Option | null;
  }
  const peak = peakOf();
  const start: Cost = [0, 0, Math.max(0, peak), 0, peak, spreadOf(load)];
  if (candidates.length === 0) return { slots: [], cost: start, isComplete: true };
  let isComplete = true;
  const stack: Frame[] = [{ options: optionsFor(0, peak), next: 0, cost: start, placed: null }];
  while (stack.length > 0) {
    const k = stack.length - 1;
    const frame = stack[k]!;
    const i = order[k]!;
    if (frame.placed) place(i, frame.placed.slot, -1);
    frame.placed = null;
    if (frame.next >= frame.options.length) {
      stack.pop();
      continue;
    }
    if (left <= 0) {
      isComplete = false;
      stack.length = 0;
      break;
    }
    left -= 1;
    const option = frame.options[frame.next++]!;
    const cost: Cost = [
      frame.cost[0] + (option.slot === null ? 1 : 0),
      frame.cost[1] + option.broken,
      Math.max(0, option.peak),
      frame.cost[3] + option.moved,
      option.peak,
      frame.cost[5] + option.spread,
    ];
    place(i, option.slot, 1);
    frame.placed = option;
    let isAllowed = true;
    for (const need of needsAt.get(k) ?? []) {
      if (startsEarly(model, slots, need.members)) continue;
      // A project that started in the first term must go on doing so.
      if (need.wasMet) isAllowed = false;
      cost[1] += 1;
    }
    if (!isAllowed) continue;
    // The options are sorted cheapest first by a guess, not by the whole cost: try them all.
    if (!isCheaper(cost, best.cost)) continue;
    if (k + 1 === order.length) best = { slots: [...slots], cost, isComplete: false };
    else stack.push({ options: optionsFor(k + 1, option.peak), next: 0, cost, placed: null });
  }
  return { ...best, isComplete };
}

function distance(from: Slot | null, to: Slot | null): number {
  return from === null || to === null ? 0 : Math.abs(from - to);
}

/** What a whole sequence costs, counted afresh: the search adds the same costs up as it goes. */
export function costOf(model: SuggestModel, slots: readonly (Slot | null)[]): Cost {
  const load = [...model.fixedLoad];
  let unplaced = 0;
  let broken = 0;
  let moved = 0;
  for (const [i, c] of model.candidates.entries()) {
    const slot = slots[i] ?? null;
    if (slot === null) {
      unplaced += 1;
      continue;
    }
    if (slot !== c.current) moved += c.current === null ? 0 : 1;
    else broken += stayingBreaks(model, slots, i);
    const t = model.termOfSlot[slot] ?? -1;
    if (t >= 0) load[t] = load[t]! + c.weight;
  }
  for (const need of model.strategic) if (!startsEarly(model, slots, need.members)) broken += 1;
  const peak = Math.max(...load.map((l, t) => l - model.capacity[t]!));
  return [unplaced, broken, Math.max(0, peak), moved, peak, spreadOf(load)];
}

const spreadOf = (load: readonly number[]) => load.reduce((sum, l) => sum + l * l, 0);

/** What a note that stayed where it is still breaks: its own month, and its order with others. */
export function stayingBreaks(
  model: SuggestModel,
  slots: readonly (Slot | null)[],
  i: number,
): number {
  const c = model.candidates[i]!;
  const at = c.current!;
  let broken = c.currentBreaks + Number(at < c.notBefore) + Number(at > c.notAfter);
  for (const j of c.before) {
    const s = slots[j] ?? null;
    if (s === null || s >= at) broken += 1;
  }
  return broken;
}
