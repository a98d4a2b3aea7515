import { getDate, getDaysInMonth } from 'date-fns';
import { dateOf } from './calendar';
import { shortDateText } from './date-text';
import { monthKey, type MonthKey } from './month';
import type { PlanEvent } from './plan';

/** The events in a month, a period (a half-term) in every month it touches. */
export function eventsInMonth(events: readonly PlanEvent[], month: MonthKey): PlanEvent[] {
  return events.filter(
    (e) => monthKey(dateOf(e.date)) <= month && month <= monthKey(dateOf(e.end ?? e.date)),
  );
}

/** Where in its month a date falls, 0 to 1, to place the review marker. */
export function dayFraction(date: string): number {
  const day = dateOf(date);
  return (getDate(day) - 0.5) / getDaysInMonth(day);
}

export function shortDate(date: string): string {
  return shortDateText(dateOf(date));
}

const EVENT_LABEL: Record<PlanEvent['kind'], string> = {
  review: 'External review',
  training: 'Training',
  planning: 'Planning',
  holiday: 'Holiday',
};

/** `Training: feedback, 8 Jan`; a period `Half-term, 26 Oct – 30 Oct`. */
export function eventText(event: PlanEvent): string {
  const what =
    event.kind === 'training' && event.topic
      ? `${EVENT_LABEL.training}: ${event.topic}`
      : event.title;
  const when = event.end
    ? `${shortDate(event.date)} – ${shortDate(event.end)}`
    : shortDate(event.date);
  return `${what}, ${when}`;
}
