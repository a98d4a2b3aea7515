import type { ActionId } from '../domain/ids';
import type { Plan } from '../domain/plan';
import { ruleContext } from '../domain/rules/index';
import { rankMonths, type RankedMonth } from '../domain/suggest/month-ranking';
import { selectCalendar, selectTermLoads } from './selectors';

let last: { plan: Plan; id: ActionId; value: RankedMonth[] } | null = null;

/**
 * The months for one note, best first, kept while the plan and the note stay the same: the
 * lifted note asks on pick-up, and its panel and announcement ask again. Kept out of `selectors`
 * so the ranking loads with the drag layer, not at start-up.
 */
export function selectRankedMonths(plan: Plan, id: ActionId): RankedMonth[] {
  if (last?.plan !== plan || last.id !== id) {
    const calendar = selectCalendar(plan);
    const context = ruleContext(plan, calendar, selectTermLoads(plan));
    last = { plan, id, value: rankMonths(plan, calendar, context, id) };
  }
  return last.value;
}

/** The three best months where the note breaks no rule. */
export function selectBestMonths(plan: Plan, id: ActionId): RankedMonth[] {
  return selectRankedMonths(plan, id)
    .filter((m) => m.fits)
    .slice(0, 3);
}
