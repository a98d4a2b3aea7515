import type { Status } from './plan';

/** How a note shows its status: a symbol and a word, so it reads on a black-and-white print. */
export interface StatusMark {
  symbol: string;
  word: string;
}

/*
 * The symbols fill up as the work does (◔ started, ◑ partly there, ✔ done) and `not met` is a
 * circled slash: a note's warning badges already use ⚠ and ✖, and a status must never read as
 * a broken rule.
 */
export const STATUS_MARKS: Record<Status, StatusMark> = {
  'not-started': { symbol: '', word: 'Not started' },
  'in-progress': { symbol: '◔', word: 'In progress' },
  met: { symbol: '✔', word: 'Met' },
  'partially-met': { symbol: '◑', word: 'Partially met' },
  'not-met': { symbol: '⊘', word: 'Not met' },
};

export const STATUSES = Object.keys(STATUS_MARKS) as Status[];

/** Not started is every note's beginning: the board says nothing about it. */
export const isStatusShown = (status: Status): boolean => status !== 'not-started';
