import { isoDate } from '../domain/calendar';
import { PLAN_VERSION, type Plan } from '../domain/plan';

export const PLAN_FILE_FORMAT = 'termboard-plan';

export function planFileJson(plan: Plan): string {
  return JSON.stringify({ format: PLAN_FILE_FORMAT, version: PLAN_VERSION, plan }, null, 2);
}

/** `Bronze plan 2026-27 2026-11-24.json`, with characters unsafe in file names replaced. */
export function planFileName(plan: Plan, today: Date, extension: string): string {
  const safe = [...plan.name]
    .map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? '-' : c))
    .join('')
    .trim();
  return `${safe || 'plan'} ${isoDate(today)}.${extension}`;
}

// Rounded up, so that a file just over the limit is never said to be the limit.
