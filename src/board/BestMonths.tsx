import type { ActionId } from '../domain/ids';
import { rankedMonthText } from '../domain/suggest/month-ranking';
import { selectBestMonths } from '../store/ranking-selectors';
import { usePlanStore } from '../store/store-context';

/** While a note is in the air: the three months where it would break no rule, and why each. */
export function BestMonths({ id }: { id: ActionId }) {
  const plan = usePlanStore((s) => s.plan);
  const best = selectBestMonths(plan, id);
  const title = plan.actions[id]?.title ?? 'this note';
  return (
    <section className="best-months" aria-labelledby="best-months-heading">
      <h2 id="best-months-heading">Where “{title}” fits</h2>
      {best.length > 0 ? (
        <ol>
          {best.map((m) => (
            <li key={m.month}>{rankedMonthText(m)}</li>
          ))}
        </ol>
      ) : (
        <p>No month of the plan fits without breaking a rule.</p>
      )}
    </section>
  );
}
