import { useState, type FormEvent } from 'react';
import type { IsoDate } from '../domain/calendar';
import { createPlan } from '../domain/create-plan';
import { isMonthKey, monthKey } from '../domain/month';
import { PHASE_LENGTH, type Phase } from '../domain/plan';
import { usePlanSession } from '../store/session-context';
import { usePlanStore } from '../store/store-context';
import { useModal } from './use-modal';

const PHASES: { value: Phase; label: string }[] = [
  { value: 'bronze', label: 'Bronze (12 months)' },
  { value: 'silver', label: 'Silver (18 months)' },
  { value: 'gold', label: 'Gold (18 months)' },
  { value: 'custom', label: 'Custom' },
];

/** Starts an empty plan: name, phase, start month, length and the review date. */
export function NewPlanDialog({ onClose }: { onClose: () => void }) {
  const session = usePlanSession();
  const openPlan = usePlanStore((s) => s.openPlan);
  const dialog = useModal();
  const [phase, setPhase] = useState<Phase>('bronze');
  const [length, setLength] = useState(PHASE_LENGTH.bronze);
  const [error, setError] = useState('');

  const choosePhase = (value: Phase) => {
    setPhase(value);
    if (value !== 'custom') setLength(PHASE_LENGTH[value]);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get('name') ?? '').trim();
    const start = String(form.get('start') ?? '');
    const review = String(form.get('review') ?? '');
    if (!name) return setError('Give the plan a name.');
    if (!isMonthKey(start)) return setError('Choose the month the plan starts.');
    if (!Number.isInteger(length) || length < 1 || length > 36)
      return setError('A plan runs from 1 to 36 months.');
    const plan = createPlan({
      name,
      organisation: String(form.get('organisation') ?? ''),
      phase,
      startMonth: start,
      lengthMonths: length,
      reviewDate: review ? (review as IsoDate) : null,
    });
    // Stored first, so the library lists it and this tab holds it; in memory without storage.
    if (session) void session.openNew(plan);
    else openPlan(plan);
    onClose();
  };

  return (
    <dialog ref={dialog} aria-labelledby="new-plan-title" className="dialog" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id="new-plan-title">New plan</h2>
        <label>
          Name
          <input name="name" required autoFocus />
        </label>
        <label>
          Organisation
          <input name="organisation" />
        </label>
        <label>
          Phase
          <select value={phase} onChange={(e) => choosePhase(e.target.value as Phase)}>
            {PHASES.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Start month
          <input name="start" type="month" defaultValue={monthKey(new Date())} required />
        </label>
        <label>
          Length in months
          <input
            type="number"
            min={1}
            max={36}
            value={length}
            onChange={(e) => {
              setLength(Number(e.target.value));
              setPhase('custom');
            }}
          />
        </label>
        <label>
          External review date (optional)
          <input name="review" type="date" />
        </label>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Create plan
          </button>
        </div>
      </form>
    </dialog>
  );
}
