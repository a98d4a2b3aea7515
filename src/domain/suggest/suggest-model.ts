import { dateOf } from '../calendar';
import { dependencyCycles } from '../dependency-cycles';
import type { ActionId, PersonId, ProjectId } from '../ids';
import { termLoads } from '../load';
import { monthKey, monthsBetween, type MonthKey } from '../month';
import { weightOf, type Action, type Plan, type PlanEvent } from '../plan';
import type { PlanCalendar } from '../plan-calendar';
import { ruleContext } from '../rules/index';
import { mentions } from '../rules/training-first';

/** Which notes Suggest may put somewhere: the tray's only, or every note not held in place. */
export type SuggestScope = 'unscheduled' | 'whole-plan';

/**
 * A month as a number of months from the plan's first: the search compares and indexes these
 * instead of month keys. Months outside the plan are negative or past the last index.
 */
export type Slot = number;

/** A note Suggest may place or move. */
export interface Candidate {
  id: ActionId;
  weight: number;
  /** The people (not groups) who own it, by index: owner load counts each of them. */
  owners: number[];
  projectId: ProjectId;
  /** Where it is now: a slot, or `null` in the tray. */
  current: Slot | null;
  /** The rules it breaks where it is now (buffer, holiday, outside the plan, before its training). */
  currentBreaks: number;
  /**
   * The plan's months it may go to without breaking a rule, earliest first: school months outside
   * the buffer, after its training, with room for what it waits for and what waits for it.
   */
  slots: Slot[];
  /** Candidates it waits for and that wait for it, by index. */
  before: number[];
  after: number[];
  /** Slots it must come after and before because of notes that stay where they are. */
  notBefore: Slot;
  notAfter: Slot;
  /** The notes that set those bounds. */
  boundedBy: { after: ActionId | null; before: ActionId | null };
}

/** A note that bounds where another may go, and the month it is in. */
export interface Bound {
  id: ActionId;
  slot: Slot;
}

/** A strategic project that must have its first action in the plan's first term. */
export interface StrategicNeed {
  projectId: ProjectId;
  /** Candidates of the project, by index. */
  members: number[];
  /** Whether its first action is in the first term now: then it must stay so. */
  wasMet: boolean;
}

/** Everything the search needs, in numbers, built once from a plan. */
export interface SuggestModel {
  scope: SuggestScope;
  months: readonly MonthKey[];
  /** The index of each month's term in `terms`, or -1 for a holiday month. */
  termOfSlot: readonly number[];
  capacity: readonly number[];
  /** What may not be exceeded: the capacity, or the load already there when it was over. */
  loadCap: readonly number[];
  /** The load of what does not move: other plans and the notes that stay. */
  fixedLoad: readonly number[];
  /** Per person and term (`person * terms + term`): actions that stay, and the most allowed. */
  fixedOwned: readonly number[];
  ownedCap: readonly number[];
  personCount: number;
  candidates: Candidate[];
  /** Candidates in the order the search places them: each after those it waits for. */
  order: number[];
  /** Slots of the first term, for the strategic projects. */
  firstTermSlots: ReadonlySet<Slot>;
  strategic: StrategicNeed[];
  /** Notes that wait for each other in a circle: they stay where they are. */
  cycles: ActionId[][];
  /** Tray notes that cannot go anywhere, and why (an explanation key for `suggestion-problems`). */
  stuck: { id: ActionId; because: StuckReason }[];
}

export type StuckReason =
  | { kind: 'waits-for-unscheduled'; on: ActionId }
  | { kind: 'training-too-late'; training: PlanEvent }
  | { kind: 'no-free-month' }
  | { kind: 'order'; after: Bound | null; before: Bound | null };

/** The latest training whose topic the note speaks of: it must not come before it. */
export function trainingOf(plan: Plan, action: Action): PlanEvent | null {
  let latest: PlanEvent | null = null;
  for (const event of plan.events) {
    const topic = event.topic?.trim();
    if (event.kind !== 'training' || !topic) continue;
    if (![action.title, ...action.tags].some((t) => mentions(t, topic))) continue;
    if (!latest || event.date > latest.date) latest = event;
  }
  return latest;
}

/** Whether Suggest may move the note: not pinned, not started, not in a circle. */
function canMove(action: Action, scope: SuggestScope, inCycle: ReadonlySet<ActionId>): boolean {
  if (action.pinned || inCycle.has(action.id)) return false;
  if (action.month === null) return true;
  return scope === 'whole-plan' && action.status === 'not-started';
}

export function suggestModel(
  plan: Plan,
  calendar: PlanCalendar,
  scope: SuggestScope,
): SuggestModel {
  const context = ruleContext(plan, calendar);
  const { months } = calendar;
  const first = months[0]!;
  const slotOf = (month: MonthKey): Slot => monthsBetween(first, month);
  const termIndex = new Map(calendar.terms.map((t, i) => [t.id, i]));
  // The index of a month's term in `calendar.terms`; -1 for a holiday or a month outside the plan.
  const termIndexOf = (month: MonthKey) => {
    const term = context.termOf(month);
    return term ? (termIndex.get(term.id) ?? -1) : -1;
  };
  const termOfSlot = months.map(termIndexOf);
  const termAt = (slot: Slot) => termOfSlot[slot] ?? -1;
  const loads = termLoads(plan, calendar);
  const capacity = calendar.terms.map((t) => loads.get(t.id)!.capacity);
  const loadCap = calendar.terms.map((t, i) => Math.max(capacity[i]!, loads.get(t.id)!.load));
  const fixedLoad = calendar.terms.map((t) => loads.get(t.id)!.other);

  const cycles = dependencyCycles(plan);
  const inCycle = new Set(cycles.flat());
  const actions = Object.values(plan.actions).sort((a, b) => (a.id < b.id ? -1 : 1));
  const movable = actions.filter((a) => canMove(a, scope, inCycle));
  const index = new Map(movable.map((a, i) => [a.id, i]));

  const persons = Object.values(plan.people)
    .filter((p) => !p.isGroup)
    .map((p) => p.id);
  const personIndex = new Map(persons.map((id, i) => [id, i]));
  const ownedBy = (action: Action): PersonId[] =>
    action.ownerIds.filter((id) => personIndex.has(id));
  const terms = calendar.terms.length;
  const fixedOwned = new Array<number>(persons.length * terms).fill(0);
  const inputOwned = new Array<number>(persons.length * terms).fill(0);
  for (const action of actions) {
    const term = action.month ? termIndexOf(action.month) : -1;
    if (term < 0) continue;
    for (const person of ownedBy(action)) {
      const at = personIndex.get(person)! * terms + term;
      inputOwned[at]! += 1;
      if (!index.has(action.id)) fixedOwned[at]! += 1;
    }
    if (!index.has(action.id)) fixedLoad[term]! += weightOf(plan, action);
  }
  const limit = plan.settings.maxActionsPerOwner;
  const ownedCap = inputOwned.map((n) => Math.max(limit, n));

  const freeSlots = months
    .map((m, slot) => ({ m, slot }))
    .filter(({ m, slot }) => termAt(slot) >= 0 && !context.isInBuffer(m))
    .map(({ slot }) => slot);
  const isFree = new Set(freeSlots);
  const stuck: SuggestModel['stuck'] = [];
  const candidates: Candidate[] = movable.map((action) => {
    const training = trainingOf(plan, action);
    const notEarlier = training ? slotOf(monthKey(dateOf(training.date))) : -Infinity;
    const slots = freeSlots.filter((s) => s >= notEarlier);
    const current = action.month === null ? null : slotOf(action.month);
    const currentBreaks =
      current === null ? 0 : Number(!isFree.has(current)) + Number(current < notEarlier);
    if (action.month === null && training && slots.length === 0) {
      stuck.push({ id: action.id, because: { kind: 'training-too-late', training } });
    }
    return {
      id: action.id,
      weight: weightOf(plan, action),
      owners: ownedBy(action).map((id) => personIndex.get(id)!),
      projectId: action.projectId,
      current,
      currentBreaks,
      slots,
      before: [],
      after: [],
      notBefore: -Infinity,
      notAfter: Infinity,
      boundedBy: { after: null, before: null },
    };
  });

  // Order between actions: with other candidates as links, with notes that stay as bounds.
  for (const [i, action] of movable.entries()) {
    const candidate = candidates[i]!;
    for (const beforeId of action.dependsOn) {
      const before = plan.actions[beforeId];
      if (!before) continue;
      const j = index.get(beforeId);
      if (j !== undefined) {
        candidate.before.push(j);
        candidates[j]!.after.push(i);
      } else if (before.month === null) {
        candidate.notBefore = Infinity;
        if (action.month === null) {
          stuck.push({ id: action.id, because: { kind: 'waits-for-unscheduled', on: beforeId } });
        }
      } else {
        if (slotOf(before.month) + 1 <= candidate.notBefore) continue;
        candidate.notBefore = slotOf(before.month) + 1;
        candidate.boundedBy.after = beforeId;
      }
    }
    for (const afterId of context.dependentsOf(action.id)) {
      const after = plan.actions[afterId];
      if (!after || index.has(afterId) || after.month === null) continue;
      if (slotOf(after.month) - 1 >= candidate.notAfter) continue;
      candidate.notAfter = slotOf(after.month) - 1;
      candidate.boundedBy.before = afterId;
    }
  }

  const order = narrowToOrder(candidates, stuck);

  const firstTerm = termOfSlot.find((t) => t >= 0) ?? -1;
  // As the rule reads it: the first action in the first term, a month kept free or not.
  const firstTermSlots = new Set(months.flatMap((_, s) => (termAt(s) === firstTerm ? [s] : [])));
  const strategic = plan.projectOrder.flatMap((projectId): StrategicNeed[] => {
    if (!plan.projects[projectId]?.isStrategic || firstTermSlots.size === 0) return [];
    const members = candidates.flatMap((c, i) => (c.projectId === projectId ? [i] : []));
    const stays = actions.filter(
      (a) => a.projectId === projectId && a.month !== null && !index.has(a.id),
    );
    // A note that stays already settles it, one way or the other.
    if (members.length === 0 || stays.some((a) => slotOf(a.month!) <= Math.max(...firstTermSlots)))
      return [];
    const now = candidates.map((c) => c.current);
    return [{ projectId, members, wasMet: startsEarly({ firstTermSlots }, now, members) }];
  });

  return {
    scope,
    months,
    termOfSlot,
    capacity,
    loadCap,
    fixedLoad,
    fixedOwned,
    ownedCap,
    personCount: persons.length,
    candidates,
    order,
    firstTermSlots,
    strategic,
    cycles,
    stuck,
  };
}

/**
 * Candidates in an order where each comes after those it waits for (Kahn's), the most constrained
 * first among those ready: fewest months, then heaviest, so the search fills the tight places first.
 */
function searchOrder(candidates: readonly Candidate[], key: (i: number) => number[]): number[] {
  const keys = candidates.map((_, i) => key(i));
  const precedes = (a: number, b: number) => {
    const ka = keys[a]!;
    const kb = keys[b]!;
    for (let k = 0; k < ka.length; k++) if (ka[k] !== kb[k]) return ka[k]! < kb[k]!;
    return a < b;
  };
  // The notes ready to go, as a binary heap: a plan of 1,000 has hundreds ready at once.
  const heap: number[] = [];
  const push = (i: number) => {
    let at = heap.push(i) - 1;
    while (at > 0) {
      const up = (at - 1) >> 1;
      if (!precedes(heap[at]!, heap[up]!)) break;
      [heap[at], heap[up]] = [heap[up]!, heap[at]!];
      at = up;
    }
  };
  const pop = () => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length === 0) return top;
    heap[0] = last;
    for (let at = 0; ;) {
      const [l, r] = [2 * at + 1, 2 * at + 2];
      let least = at;
      if (l < heap.length && precedes(heap[l]!, heap[least]!)) least = l;
      if (r < heap.length && precedes(heap[r]!, heap[least]!)) least = r;
      if (least === at) return top;
      [heap[at], heap[least]] = [heap[least]!, heap[at]!];
      at = least;
    }
  };
  const waiting = candidates.map((c) => c.before.length);
  candidates.forEach((_, i) => waiting[i] === 0 && push(i));
  const order: number[] = [];
  while (heap.length > 0) {
    const i = pop();
    order.push(i);
    for (const j of candidates[i]!.after) if (--waiting[j]! === 0) push(j);
  }
  return order;
}

/**
 * Narrows each candidate's months to those the order between actions leaves it (a chain of five
 * needs five months), records the tray notes left with none, and returns the search order.
 */
function narrowToOrder(candidates: Candidate[], stuck: SuggestModel['stuck']): number[] {
  const byIndex = searchOrder(candidates, () => []);
  // The lowest and highest month each can end up in, where it is now included.
  const low = new Array<number>(candidates.length).fill(Infinity);
  const high = new Array<number>(candidates.length).fill(-Infinity);
  const from = candidates.map((c) => c.notBefore);
  const to = candidates.map((c) => c.notAfter);
  // Which note set each bound, to name it when nothing fits.
  const bound = (id: ActionId | null, slot: Slot) => (id ? { id, slot } : null);
  const fromBy = candidates.map((c) => bound(c.boundedBy.after, c.notBefore - 1));
  const toBy = candidates.map((c) => bound(c.boundedBy.before, c.notAfter + 1));
  for (const i of byIndex) {
    const c = candidates[i]!;
    for (const j of c.before) {
      if (low[j]! + 1 <= from[i]!) continue;
      from[i] = low[j]! + 1;
      fromBy[i] = { id: candidates[j]!.id, slot: low[j]! };
    }
    const first = c.slots.find((s) => s >= from[i]!) ?? Infinity;
    low[i] = Math.min(first, c.current ?? Infinity);
  }
  for (const i of [...byIndex].reverse()) {
    const c = candidates[i]!;
    // A tray note may stay in the tray, so it bounds nothing.
    for (const j of c.after) {
      if (candidates[j]!.current === null || high[j]! - 1 >= to[i]!) continue;
      to[i] = high[j]! - 1;
      toBy[i] = { id: candidates[j]!.id, slot: high[j]! };
    }
    const last = c.slots.findLast((s) => s <= to[i]! && s >= from[i]!) ?? -Infinity;
    high[i] = Math.max(last, c.current ?? -Infinity);
  }
  const isStuck = new Set(stuck.map((s) => s.id));
  for (const [i, c] of candidates.entries()) {
    const all = c.slots;
    c.slots = all.filter((s) => s >= from[i]! && s <= to[i]!);
    if (c.current !== null || c.slots.length > 0 || isStuck.has(c.id)) continue;
    stuck.push({
      id: c.id,
      because:
        all.length === 0
          ? { kind: 'no-free-month' }
          : { kind: 'order', after: fromBy[i] ?? null, before: toBy[i] ?? null },
    });
  }
  return searchOrder(candidates, (i) => {
    const c = candidates[i]!;
    // Tray notes last: they may always stay in the tray, so they never leave the search stuck.
    return [Number(c.current === null), c.slots.length, -c.weight, c.slots[0] ?? Infinity];
  });
}

/** Whether a strategic project's first action is in the plan's first term. */
export function startsEarly(
  model: Pick<SuggestModel, 'firstTermSlots'>,
  slots: readonly (Slot | null)[],
  members: number[],
) {
  const placed = members.flatMap((m) => slots[m] ?? []);
  const firstTermStart = Math.min(...model.firstTermSlots);
  return placed.some((s) => model.firstTermSlots.has(s)) && !placed.some((s) => s < firstTermStart);
}
