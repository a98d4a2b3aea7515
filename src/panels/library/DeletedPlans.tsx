import { addDays } from 'date-fns';
import { longDateText } from '../../domain/date-text';
import { DELETED_KEEP_DAYS } from '../../store/library-records';
import type { PlanListing } from '../../store/plan-library';

/** Deleted plans, each restorable until its 30 days are up. */
export function DeletedPlans({
  plans,
  onRestore,
}: {
  plans: PlanListing[];
  onRestore: (plan: PlanListing) => void;
}) {
  if (plans.length === 0) return null;
  return (
    <section aria-labelledby="deleted-plans-title" className="deleted-plans">
      <h3 id="deleted-plans-title">Deleted plans</h3>
      <ul>
        {plans.map((plan) => (
          <li key={plan.id}>
            {plan.name}, kept until{' '}
            {longDateText(addDays(new Date(plan.deletedAt ?? 0), DELETED_KEEP_DAYS))}{' '}
            <button onClick={() => onRestore(plan)} aria-label={`Restore ${plan.name}`}>
              Restore
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
