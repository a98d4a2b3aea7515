import { dateOf } from '../calendar';
import { counted } from '../counted';
import { longDateText } from '../date-text';
import type { ActionId } from '../ids';
import { addMonthsToKey, monthLabel } from '../month';
import type { Plan } from '../plan';
import type { PlanCalendar } from '../plan-calendar';
import { listOf, quoted } from '../rules/rule-helpers';
import { byReference } from '../action-order';
import type { SearchResult } from './sequence-search';
import type { Slot, StuckReason, SuggestModel } from './suggest-model';

/**
 * Why Suggest could not place every note or clear every overload, in plain words, each with what
 * would make it fit.
 */
export function suggestionProblems(
  plan: Plan,
  calendar: PlanCalendar,
  model: SuggestModel,
  result: SearchResult,
): string[] {
  const title = (id: ActionId) => quoted(plan.actions[id]!);
  const monthAt = (slot: Slot) => monthLabel(addMonthsToKey(calendar.months[0]!, slot));
  const problems: string[] = [];

  for (const cycle of model.cycles) {
    const titles = cycle.map(title);
    problems.push(
      cycle.length === 1
        ? `${titles[0]} waits for itself, so it cannot be placed: remove that link.`
        : `${listOf(titles)} wait for each other in a circle, so none of them can go first: remove one of the links.`,
    );
  }

  const stuck = new Map(
    [...model.stuck]
      .sort((a, b) => byReference(plan.actions[a.id]!, plan.actions[b.id]!))
      .map((s) => [s.id, s.because]),
  );
  // A chain too long for the plan is told once, at its last note.
  const isInnerLink = (id: ActionId) =>
    stuck.get(id)?.kind === 'order' &&
    [...stuck].some(([, b]) => b.kind === 'order' && b.after?.id === id);
  const why = (id: ActionId, because: StuckReason): string => {
    switch (because.kind) {
      case 'waits-for-unscheduled':
        return `${title(id)} waits for ${title(because.on)}, which stays unscheduled: place or unpin ${title(because.on)} first.`;
      case 'training-too-late':
        return (
          `${title(id)} belongs after the training on ${because.training.topic?.trim()} ` +
          `(${longDateText(dateOf(because.training.date))}), and no free month of the plan comes after it: ` +
          'hold the training earlier or move the action to the next phase.'
        );
      case 'no-free-month':
        return `No month of the plan is free for ${title(id)}: every school month is kept free before the review.`;
      case 'order':
        return chainProblem(plan, model, id, because, monthAt, stuck);
    }
  };
  for (const [id, because] of stuck) if (!isInnerLink(id)) problems.push(why(id, because));

  const capacity = capacityProblem(plan, calendar, model, result, stuck);
  if (capacity) problems.push(capacity);
  return problems;
}

/** The longest run of candidates, each waiting for the one before, that ends at `id`. */
function chainTo(model: SuggestModel, id: ActionId): number[] {
  const index = model.candidates.findIndex((c) => c.id === id);
  const longest = new Map<number, number[]>();
  for (const i of model.order) {
    const c = model.candidates[i]!;
    const before = c.before.map((j) => longest.get(j) ?? [j]);
    const chain = before.reduce<number[]>((a, b) => (b.length > a.length ? b : a), []);
    longest.set(i, [...chain, i]);
  }
  return longest.get(index) ?? [index];
}

function chainProblem(
  plan: Plan,
  model: SuggestModel,
  id: ActionId,
  because: Extract<StuckReason, { kind: 'order' }>,
  monthAt: (slot: Slot) => string,
  stuck: ReadonlyMap<ActionId, StuckReason>,
): string {
  const title = (of: ActionId) => quoted(plan.actions[of]!);
  const { after, before } = because;
  const chain = chainTo(model, id).map((i) => model.candidates[i]!.id);
  if (
    after &&
    stuck.has(after.id) &&
    (chain.length <= 2 || stuck.get(after.id)?.kind !== 'order')
  ) {
    return `${title(id)} waits for ${title(after.id)}, which cannot be placed either.`;
  }
  if (chain.length > 2) {
    const start = model.candidates.find((c) => c.id === chain[0])!.boundedBy.after;
    const startMonth = start ? plan.actions[start]?.month : null;
    return (
      `${listOf(chain.map(title))} must follow one another a month apart, and the plan has too few free months ` +
      `${start && startMonth ? `after ${title(start)} (${monthLabel(startMonth)})` : 'for them'}: ` +
      'shorten the chain, lengthen the plan, or move the last of them to the next phase.'
    );
  }
  const at = (b: { id: ActionId; slot: Slot }) =>
    Number.isFinite(b.slot) ? `${title(b.id)} (${monthAt(b.slot)})` : title(b.id);
  if (after && before) {
    return `${title(id)} must come after ${at(after)} and before ${at(before)}, and no free month lies between: move ${title(after.id)} earlier or ${title(before.id)} later.`;
  }
  if (after) {
    return `${title(id)} must come after ${at(after)}, and no free month of the plan is left after it: move ${title(after.id)} earlier.`;
  }
  if (before) {
    return `${title(id)} must come before ${at(before)}, and no free month of the plan comes before it: move ${title(before.id)} later.`;
  }
  return `No free month fits ${title(id)}.`;
}

/**
 * More work than the terms hold, or a term left over capacity because what stays leaves no room:
 * the numbers, and what would make it fit.
 */
function capacityProblem(
  plan: Plan,
  calendar: PlanCalendar,
  model: SuggestModel,
  result: SearchResult,
  stuck: ReadonlyMap<ActionId, StuckReason>,
): string | null {
  const leftOut = model.candidates.filter(
    (c, i) => c.current === null && result.slots[i] === null && !stuck.has(c.id),
  );
  // Placing the tray's notes leaves the placed ones where they are, overloaded or not.
  const isOverloadTheirs = model.scope === 'whole-plan' && result.cost[2] > 0;
  if (!isOverloadTheirs && leftOut.length === 0) return null;
  // The terms with a month a note may go to, and everything that must fit in them.
  const usable = [...new Set(model.candidates.flatMap((c) => c.slots))]
    .map((s) => model.termOfSlot[s]!)
    .filter((t, i, all) => t >= 0 && all.indexOf(t) === i)
    .sort((a, b) => a - b);
  const load = [...model.fixedLoad];
  for (const [i, c] of model.candidates.entries()) {
    const t = model.termOfSlot[result.slots[i] ?? -1] ?? -1;
    if (t >= 0) load[t] = load[t]! + c.weight;
  }
  const need =
    usable.reduce((sum, t) => sum + load[t]!, 0) + leftOut.reduce((sum, c) => sum + c.weight, 0);
  const room = usable.reduce((sum, t) => sum + model.capacity[t]!, 0);
  const weighsOne = Object.values(plan.actions).every((a) => plan.settings.weights[a.size] === 1);
  const names = usable.map((t) => calendar.terms[t]!.name);
  const span = names.length > 1 ? `${names[0]}–${names.at(-1)}` : (names[0] ?? 'the plan');
  if (usable.length > 0 && need > room) {
    const excess = need - room;
    const capacities = new Set(usable.map((t) => model.capacity[t]));
    const at =
      capacities.size === 1 ? `at capacity ${model.capacity[usable[0]!]}` : 'at their capacities';
    const what = weighsOne ? counted(excess, 'action', 'actions') : `A load of ${excess}`;
    const tooMany = weighsOne ? `${what} too many` : `${what} too much`;
    return (
      `${tooMany} for ${span} ${at}: raise capacity, lengthen the plan, ` +
      `or move ${weighsOne ? excess : 'some'} to the next phase.`
    );
  }
  const over = calendar.terms.flatMap((term, t) =>
    load[t]! > model.capacity[t]! ? [`${term.name} (${load[t]} / ${model.capacity[t]})`] : [],
  );
  if (over.length > 0) {
    return (
      `${listOf(over)} ${over.length === 1 ? 'stays' : 'stay'} over capacity: pinned and started notes, ` +
      'the order between actions and the owners’ loads leave no room elsewhere. Unpin or move notes by hand, or raise capacity.'
    );
  }
  const titles = leftOut.map((c) => quoted(plan.actions[c.id]!));
  // A list a room can read: five names, then how many more.
  const named =
    titles.length > 5
      ? `${titles.slice(0, 5).join(', ')} and ${titles.length - 5} more`
      : listOf(titles);
  return (
    `No term has room for ${named} in the months ${titles.length === 1 ? 'it' : 'they'} may go to: ` +
    'raise capacity or the limit per person, unpin a note, or move some work to the next phase.'
  );
}
