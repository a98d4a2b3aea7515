import { useState, type FormEvent } from 'react';
import type { CalendarTemplateId, IsoDate } from '../../domain/calendar';
import { CALENDAR_TEMPLATES } from '../../domain/calendar-templates';
import { customTerms, type TermDraft } from '../../domain/custom-terms';
import { planFromWizard } from '../../domain/editing/new-plan';
import type { NewProject } from '../../domain/editing/project-edits';
import { isMonthKey, monthKey } from '../../domain/month';
import { PHASE_LENGTH, type Phase } from '../../domain/plan';
import { problemText } from '../../domain/result';
import { usePlanSession } from '../../store/session-context';
import { usePlanStore } from '../../store/store-context';
import { useModal } from '../use-modal';
import { CustomTermsField } from './CustomTermsField';
import { ProjectsStep } from './ProjectsStep';

const PHASES: { value: Phase; label: string }[] = [
  { value: 'bronze', label: 'Bronze (12 months)' },
  { value: 'silver', label: 'Silver (18 months)' },
  { value: 'gold', label: 'Gold (18 months)' },
  { value: 'custom', label: 'Custom' },
];

interface Details {
  name: string;
  organisation: string;
  phase: Phase;
  start: string;
  length: number;
  calendar: CalendarTemplateId;
  terms: TermDraft[];
  review: string;
  withHolidays: boolean;
}

/** Why the first step cannot go on, or an empty string. */
function detailsProblem(details: Details): string {
  if (!details.name.trim()) return 'Give the plan a name.';
  if (!isMonthKey(details.start)) return 'Choose the month the plan starts.';
  if (!Number.isInteger(details.length) || details.length < 1 || details.length > 36)
    return 'A plan runs from 1 to 36 months.';
  if (details.calendar === 'custom') {
    const { problems } = customTerms(details.terms);
    if (problems.length > 0) return `Your terms: ${problems.map(problemText).join('; ')}.`;
  }
  return '';
}

/**
 * The new-plan wizard: the plan's name, phase, dates, calendar and review, then its projects.
 * The length follows the phase until it is typed; a longer plan is allowed and warned about.
 */
export function NewPlanDialog({ onClose }: { onClose: () => void }) {
  const session = usePlanSession();
  const openPlan = usePlanStore((s) => s.openPlan);
  const dialog = useModal();
  const [step, setStep] = useState<'details' | 'projects'>('details');
  const [details, setDetails] = useState<Details>({
    name: '',
    organisation: '',
    phase: 'bronze',
    start: monthKey(new Date()),
    length: PHASE_LENGTH.bronze,
    calendar: 'england',
    terms: [],
    review: '',
    withHolidays: true,
  });
  const [projects, setProjects] = useState<NewProject[]>([]);
  const [error, setError] = useState('');
  const set = (changes: Partial<Details>) => setDetails((d) => ({ ...d, ...changes }));

  const next = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem = detailsProblem(details);
    setError(problem);
    if (!problem) setStep('projects');
  };

  const create = () => {
    if (!isMonthKey(details.start)) return;
    const plan = planFromWizard({
      name: details.name,
      organisation: details.organisation,
      phase: details.phase,
      startMonth: details.start,
      lengthMonths: details.length,
      reviewDate: details.review ? (details.review as IsoDate) : null,
      calendar: details.calendar,
      customTerms: details.calendar === 'custom' ? customTerms(details.terms).terms : [],
      withHolidays: details.withHolidays,
      projects,
    });
    // Stored first, so the library lists it and this tab holds it; in memory without storage.
    if (session) void session.openNew(plan);
    else openPlan(plan);
    onClose();
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby="new-plan-title"
      className="dialog new-plan"
      onClose={onClose}
    >
      <h2 id="new-plan-title">New plan</h2>
      <p className="wizard-step">
        Step {step === 'details' ? 1 : 2} of 2: {step === 'details' ? 'the plan' : 'its projects'}
      </p>
      {step === 'details' ? (
        <form onSubmit={next} noValidate>
          <label>
            Plan name
            <input
              value={details.name}
              onChange={(e) => set({ name: e.target.value })}
              data-autofocus
            />
          </label>
          <label>
            Organisation
            <input
              value={details.organisation}
              onChange={(e) => set({ organisation: e.target.value })}
            />
          </label>
          <label>
            Phase
            <select
              value={details.phase}
              onChange={(e) => {
                const phase = e.target.value as Phase;
                set({ phase, ...(phase === 'custom' ? {} : { length: PHASE_LENGTH[phase] }) });
              }}
            >
              {PHASES.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Start month
            <input
              type="month"
              value={details.start}
              onChange={(e) => set({ start: e.target.value })}
            />
          </label>
          <label>
            Length in months
            <input
              type="number"
              min={1}
              max={36}
              value={details.length}
              onChange={(e) => set({ length: Number(e.target.value) })}
            />
            {details.phase !== 'custom' && details.length > PHASE_LENGTH[details.phase] && (
              <span className="field-hint">
                Longer than the {PHASE_LENGTH[details.phase]} months a {details.phase} plan usually
                runs: plans that run long lose momentum.
              </span>
            )}
          </label>
          <label>
            Calendar
            <select
              value={details.calendar}
              onChange={(e) => set({ calendar: e.target.value as CalendarTemplateId })}
            >
              {CALENDAR_TEMPLATES.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          {details.calendar === 'custom' && (
            <CustomTermsField terms={details.terms} onChange={(terms) => set({ terms })} />
          )}
          <label className="check">
            <input
              type="checkbox"
              checked={details.withHolidays && details.calendar !== 'custom'}
              disabled={details.calendar === 'custom'}
              onChange={(e) => set({ withHolidays: e.target.checked })}
            />
            Show bank holidays and half-term breaks on the board
          </label>
          <label>
            External review date (optional)
            <input
              type="date"
              value={details.review}
              onChange={(e) => set({ review: e.target.value })}
            />
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
              Next
            </button>
          </div>
        </form>
      ) : (
        <>
          <ProjectsStep projects={projects} onChange={setProjects} />
          <div className="dialog-actions">
            <button type="button" onClick={() => setStep('details')}>
              Back
            </button>
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button type="button" className="primary" onClick={create}>
              Create plan
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
