import type { IsoDate } from '../../domain/calendar';
import { isMonthKey } from '../../domain/month';
import { reviewDateOf, type Phase } from '../../domain/plan';
import { bufferProblem, lengthProblem, reviewDateProblem } from '../../domain/settings-rules';
import { usePlanStore, usePlanStoreApi } from '../../store/store-context';
import { CommitField, toNumber } from '../CommitField';

/** Phase, dates and the buffer before the review. */
export function PlanSection() {
  const phase = usePlanStore((s) => s.plan.phase);
  const startMonth = usePlanStore((s) => s.plan.startMonth);
  const length = usePlanStore((s) => s.plan.lengthMonths);
  const review = usePlanStore((s) => reviewDateOf(s.plan));
  const buffer = usePlanStore((s) => s.plan.settings.bufferMonths);
  const name = usePlanStore((s) => s.plan.name);
  const organisation = usePlanStore((s) => s.plan.organisation);
  const {
    renamePlan,
    setOrganisation,
    setPhase,
    setStartMonth,
    setLength,
    setReviewDate,
    setBufferMonths,
  } = usePlanStoreApi().getState();

  return (
    <fieldset className="settings-section">
      <legend>Plan</legend>
      <CommitField
        label="Plan name"
        value={name}
        validate={(raw) => (raw.trim() ? null : 'A plan needs a name.')}
        onCommit={renamePlan}
      />
      <CommitField label="Organisation" value={organisation} onCommit={setOrganisation} />
      <div className="field">
        <label htmlFor="settings-phase">Phase</label>
        <select
          id="settings-phase"
          value={phase}
          onChange={(e) => setPhase(e.target.value as Phase)}
        >
          <option value="bronze">Bronze (12 months recommended)</option>
          <option value="silver">Silver (18 months recommended)</option>
          <option value="gold">Gold (18 months recommended)</option>
          <option value="custom">Custom</option>
        </select>
      </div>
      <CommitField
        label="Start month"
        type="month"
        value={startMonth}
        validate={(raw) => (isMonthKey(raw) ? null : 'Choose a month.')}
        onCommit={(raw) => isMonthKey(raw) && setStartMonth(raw)}
      />
      <CommitField
        label="Length in months"
        type="number"
        value={String(length)}
        validate={(raw) => lengthProblem(toNumber(raw))}
        onCommit={(raw) => setLength(toNumber(raw))}
      />
      <CommitField
        label="External review date"
        type="date"
        value={review ?? ''}
        hint="Leave empty when no review is expected."
        validate={(raw) => (raw ? reviewDateProblem({ startMonth }, raw as IsoDate) : null)}
        onCommit={(raw) => setReviewDate(raw ? (raw as IsoDate) : null)}
      />
      <CommitField
        label="Months kept free before the review"
        type="number"
        value={String(buffer)}
        hint="3-4 months are recommended."
        validate={(raw) => bufferProblem({ lengthMonths: length }, toNumber(raw))}
        onCommit={(raw) => setBufferMonths(toNumber(raw))}
      />
    </fieldset>
  );
}
