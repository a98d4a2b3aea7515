import { dateOf } from '../calendar';
import { termLoadsAfterMove, type TermLoad } from '../load';
import { monthKey, monthLabel, type MonthKey } from '../month';
import { actionsByOwnerAndTerm } from '../owner-terms';
import type { Plan } from '../plan';
import type { PlanCalendar } from '../plan-calendar';
import type { ActionId, PersonId, TermId } from '../ids';
import type { RuleContext } from '../rules/rule';
import { quoted } from '../rules/rule-helpers';
import { trainingOf } from './suggest-model';

/** A month a note could go to, and in a few words why it suits or does not. */
export interface RankedMonth {
  month: MonthKey;
  /** Whether the note could go there without breaking a rule. */
  fits: boolean;
  /** `after "Agree marking policy", Spring 2027 load 6 of 8`, or what it would break. */
  reason: string;
}

/**
 * The plan's months for one note, best first: those where it breaks no rule, the term with most
 * room first and then the nearest to where it is; then the rest, each saying what it would break.
 * Cheap enough to run when a note is picked up (no rule runs; the checks are the rules' own).
 */
export function rankMonths(
  plan: Plan,
  calendar: PlanCalendar,
  context: RuleContext,
  actionId: ActionId,
): RankedMonth[] {
  const action = plan.actions[actionId];
  if (!action) return [];
  const placedMonth = (id: ActionId) => plan.actions[id]?.month ?? null;
  const waitsFor = action.dependsOn.flatMap((id) => {
    const month = placedMonth(id);
    return month ? [{ id, month }] : [];
  });
  const waitedBy = context.dependentsOf(actionId).flatMap((id) => {
    const month = placedMonth(id);
    return month ? [{ id, month }] : [];
  });
  const latestBefore = waitsFor.sort((a, b) => (a.month < b.month ? 1 : -1))[0];
  const earliestAfter = waitedBy.sort((a, b) => (a.month < b.month ? -1 : 1))[0];
  const training = trainingOf(plan, action);
  const trainingMonth = training ? monthKey(dateOf(training.date)) : null;
  const owners = action.ownerIds.filter((id) => plan.people[id] && !plan.people[id].isGroup);
  const held = actionsByOwnerAndTerm(plan, context.placed, context.termOf);
  const limit = plan.settings.maxActionsPerOwner;
  const index = (m: MonthKey | null) => (m ? calendar.months.indexOf(m) : -1);
  const from = index(action.month);

  const ranked = calendar.months.map((month) => {
    const term = context.termOf(month);
    const breaks: string[] = [];
    if (!term) breaks.push('a holiday month');
    if (context.isInBuffer(month)) breaks.push('kept free before the review');
    if (trainingMonth && month < trainingMonth) {
      breaks.push(`before the training on ${training?.topic?.trim()}`);
    }
    const blocking = waitsFor.find((b) => b.month >= month);
    if (blocking) breaks.push(`not after ${quoted(plan.actions[blocking.id]!)}`);
    const blocked = waitedBy.find((b) => b.month <= month);
    if (blocked) breaks.push(`not before ${quoted(plan.actions[blocked.id]!)}`);
    let load: TermLoad | undefined;
    if (term) {
      load = termLoadsAfterMove(plan, calendar, context.loads, actionId, month).get(term.id);
      if (load && load.load > load.capacity)
        breaks.push(`${term.name} load ${load.load} of ${load.capacity}`);
      const busy = owners.find(
        (id) => ownedAfter(held, id, term.id, action.month, context) > limit,
      );
      if (busy) breaks.push(`${plan.people[busy]!.initials} would hold too many in ${term.name}`);
    }
    const fits = breaks.length === 0;
    const why = fits
      ? [
          latestBefore && `after ${quoted(plan.actions[latestBefore.id]!)}`,
          earliestAfter && `before ${quoted(plan.actions[earliestAfter.id]!)}`,
          training && trainingMonth && `after the training on ${training.topic?.trim()}`,
          term && load && `${term.name} load ${load.load} of ${load.capacity}`,
        ]
      : breaks;
    return {
      month,
      fits,
      reason: why.filter(Boolean).join(', '),
      room: load ? load.capacity - load.load : -Infinity,
      distance: from < 0 ? 0 : Math.abs(index(month) - from),
    };
  });
  return ranked
    .sort(
      (a, b) =>
        Number(b.fits) - Number(a.fits) ||
        b.room - a.room ||
        a.distance - b.distance ||
        (a.month < b.month ? -1 : 1),
    )
    .map(({ month, fits, reason }) => ({ month, fits, reason }));
}

/** How many actions the person would hold in the term with this note there too. */
function ownedAfter(
  held: ReturnType<typeof actionsByOwnerAndTerm>,
  personId: PersonId,
  termId: TermId,
  from: MonthKey | null,
  context: RuleContext,
): number {
  const count = held.get(personId)?.get(termId)?.length ?? 0;
  const already = from !== null && context.termOf(from)?.id === termId;
  return already ? count : count + 1;
}

/** `March 2027: after "Agree marking policy", Spring 2027 load 6 of 8` */
export function rankedMonthText(ranked: RankedMonth): string {
  return `${monthLabel(ranked.month)}: ${ranked.reason}`;
}
