import { isBefore } from 'date-fns';
import { dateOf, type IsoDate } from './calendar';
import { monthStart } from './month';
import type { Plan } from './plan';

/*
 * What the settings refuse, in words shown next to the field. `null` means the value is fine.
 */

export function capacityProblem(value: number): string | null {
  if (!Number.isInteger(value)) return 'Capacity is a whole number of actions.';
  if (value < 1) return 'Capacity must be at least 1: a term with no room cannot hold any action.';
  return null;
}

export function weightProblem(value: number): string | null {
  if (!Number.isInteger(value) || value < 1) return 'A weight is a whole number, at least 1.';
  return null;
}

export function lengthProblem(value: number): string | null {
  if (!Number.isInteger(value) || value < 1 || value > 36)
    return 'A plan runs from 1 to 36 months.';
  return null;
}

export function otherLoadProblem(value: number): string | null {
  if (!Number.isInteger(value) || value < 0) return 'A load is a whole number, 0 or more.';
  return null;
}

export function reviewDateProblem(plan: Pick<Plan, 'startMonth'>, date: IsoDate): string | null {
  const parsed = dateOf(date);
  if (Number.isNaN(parsed.getTime())) return 'Enter a date.';
  if (isBefore(parsed, monthStart(plan.startMonth)))
    return 'The review cannot come before the plan starts.';
  return null;
}

export function bufferProblem(plan: Pick<Plan, 'lengthMonths'>, months: number): string | null {
  if (!Number.isInteger(months) || months < 0)
    return 'The buffer is a whole number of months, 0 or more.';
  if (months >= plan.lengthMonths)
    return `A buffer of ${months} months leaves no time in a ${plan.lengthMonths}-month plan.`;
  return null;
}
