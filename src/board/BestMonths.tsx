import { rankedMonthText } from '../domain/suggest/month-ranking';
import { selectBestMonths } from '../store/ranking-selectors';
import { usePlanStore } from '../store/store-context';

/**
 * While a note is in the air, once its months are ranked: the three where it would break no rule,
 * and why each. Polite, so a screen reader says them after the pick-up.
 */
export function BestMonths() {
  const id = usePlanStore((s) => (s.drag?.fits ? s.drag.actionId : null));
  const plan = usePlanStore((s) => s.plan);
  const best = id ? selectBestMonths(plan, id) : [];
  const title = (id && plan.actions[id]?.title) ?? 'this note';
  // The live region stays on the page; what it holds comes and goes with the lifted note.
  return (
    <div aria-live="polite">
      {id && (
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
      )}
    </div>
  );
}
