import type { Plan, Status } from './plan';
import { STATUS_MARKS } from './status-marks';

const REPORTED_AFTER_MET: readonly Status[] = [
  'partially-met',
  'not-met',
  'in-progress',
  'not-started',
];

/** `3 of 38 met · 2 partially met · 5 in progress · 28 not started`: where a plan stands. */
export function progressText(plan: Pick<Plan, 'actions'>): string {
  const actions = Object.values(plan.actions);
  if (actions.length === 0) return 'No actions yet';
  const counts = new Map<Status, number>();
  for (const action of actions) counts.set(action.status, (counts.get(action.status) ?? 0) + 1);
  const others = REPORTED_AFTER_MET.filter((s) => counts.get(s)).map(
    (s) => `${counts.get(s)} ${STATUS_MARKS[s].word.toLocaleLowerCase()}`,
  );
  return [`${counts.get('met') ?? 0} of ${actions.length} met`, ...others].join(' · ');
}
