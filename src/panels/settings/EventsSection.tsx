import { useState, type FormEvent } from 'react';
import type { IsoDate } from '../../domain/calendar';
import type { PlanEventKind } from '../../domain/plan';
import { usePlanStore, usePlanStoreApi } from '../../store/store-context';

const KINDS: { value: Exclude<PlanEventKind, 'review'>; label: string }[] = [
  { value: 'training', label: 'Training session' },
  { value: 'planning', label: 'Planning-cycle date' },
  { value: 'holiday', label: 'Holiday or closure' },
];

/** Training sessions, planning-cycle dates and closures; the review date is set above. */
export function EventsSection() {
  const events = usePlanStore((s) => s.plan.events);
  const { addEvent, removeEvent } = usePlanStoreApi().getState();
  const [problem, setProblem] = useState('');

  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const kind = String(form.get('kind')) as Exclude<PlanEventKind, 'review'>;
    const title = String(form.get('title') ?? '').trim();
    const date = String(form.get('date') ?? '');
    const topic = String(form.get('topic') ?? '').trim();
    const end = String(form.get('end') ?? '');
    if (!title) return setProblem('Give the event a name.');
    if (!date) return setProblem('Give the event a date.');
    if (end && end < date) return setProblem('The last day comes before the first.');
    setProblem('');
    addEvent({
      kind,
      title,
      date: date as IsoDate,
      ...(topic ? { topic } : {}),
      ...(end && end > date ? { end: end as IsoDate } : {}),
    });
    event.currentTarget.reset();
  };

  return (
    <fieldset className="settings-section">
      <legend>Events</legend>
      <ul className="settings-events">
        {events
          .filter((e) => e.kind !== 'review')
          .map((e) => (
            <li key={e.id}>
              {e.date}
              {e.end ? ` to ${e.end}` : ''} · {e.title}
              {e.topic ? ` (topic: ${e.topic})` : ''}{' '}
              <button className="link-button" onClick={() => removeEvent(e.id)}>
                Remove {e.title}
              </button>
            </li>
          ))}
      </ul>
      <form className="settings-event-form" onSubmit={add} noValidate>
        <label>
          Kind
          <select name="kind">
            {KINDS.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Event name
          <input name="title" />
        </label>
        <label>
          Training topic
          <input name="topic" placeholder="feedback" />
        </label>
        <label>
          Date (first day)
          <input name="date" type="date" />
        </label>
        <label>
          Last day (for a period)
          <input name="end" type="date" />
        </label>
        <button type="submit">Add event</button>
        {problem && (
          <span role="alert" className="field-problem">
            {problem}
          </span>
        )}
      </form>
    </fieldset>
  );
}
