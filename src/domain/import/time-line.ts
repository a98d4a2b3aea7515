import { getMonth, getYear } from 'date-fns';
import type { CalendarTemplate } from '../calendar';
import { monthsBetween, monthStart, type MonthKey } from '../month';
import {
  fullYear,
  monthOfDay,
  monthOfExcelSerial,
  monthOfNumericDate,
  numericDateSource,
  type DateOrder,
} from './date-order';
import {
  monthOfSeason,
  monthOfSeasonNotAfter,
  seasonOfWord,
  type Half,
  type Season,
} from './term-month';

export interface TimeLineContext {
  /** Gives the terms' dates, e.g. `englandCalendar`. */
  calendar: CalendarTemplate;
  /** How to read `3/4/27` in this column: see `dateOrderOfColumn`. */
  dateOrder: DateOrder;
}

export interface ParsedTimeLine {
  /** null: the action goes to the Unscheduled tray. */
  month: MonthKey | null;
  /**
   * The text to keep on the note (Action.timeLine): '' when the month says it all
   * (`Sept 2026`, `2026-11-30`, `09/11/2026`) or the cell is blank; the original text, trimmed,
   * when it says more or could not be placed (`Autumn term 2026`, `Sep/Oct 2026`, `TBC`).
   */
  keep: string;
}

const monthNames = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

/** A year as written: `2026`, `26` after a month, or a school year `2026/27`. */
interface Year {
  year: number;
  isSchoolYear: boolean;
}

interface Span {
  start: number;
  end: number;
}

/** A place in time a time-line names; a month or season may leave its year to what follows. */
type Mention = Span &
  (
    | { kind: 'date'; month: MonthKey | null }
    | { kind: 'month'; month: number; year: Year | null }
    | { kind: 'season'; season: Season; half: Half; year: Year | null }
  );

type Token =
  | Mention
  | (Span & { kind: 'year'; year: Year })
  // Two digits are a year only straight after a month or season (`Sept 14`), never alone (`Year 10`).
  | (Span & { kind: 'short'; year: number });

// Tried in this order at each place in the text; letters and digits are fenced so that
// `Mayor`, `Summerhill` and `1.4` are not read as dates.
const tokenPattern = new RegExp(
  [
    numericDateSource,
    String.raw`(?<!\d)(?<schoolYear>\d{4})\s*[/-]\s*(?<schoolYearEnd>\d{4}|\d{2})(?!\d)`,
    String.raw`(?<!\d)(?<year>\d{4})(?!\d)`,
    String.raw`(?<![\d.,£$€])'?(?<short>\d{2})(?![\d.,:%a-z])`,
    String.raw`(?<![a-z])(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?`,
    String.raw`(?<![a-z])(?<season>autumn|fall|spring|summer|aut|spr|sum)(?![a-z])(?:\s*term)?(?:\s*(?<half>[12])(?!\d))?(?:\s*term)?`,
  ].join('|'),
  'gi',
);

function tokenOf(match: RegExpExecArray, order: DateOrder): Token | null {
  const g: Partial<Record<string, string>> = match.groups ?? {};
  const span = { start: match.index, end: match.index + match[0].length };
  if (g.numericDate) return { kind: 'date', month: monthOfNumericDate(g, order), ...span };
  if (g.schoolYear && g.schoolYearEnd) {
    const year = Number(g.schoolYear);
    // `2014-2016` is no school year; its first year is still the year.
    const isSchoolYear = fullYear(g.schoolYearEnd) % 100 === (year + 1) % 100;
    return { kind: 'year', year: { year, isSchoolYear }, ...span };
  }
  if (g.year) return { kind: 'year', year: { year: Number(g.year), isSchoolYear: false }, ...span };
  if (g.short) return { kind: 'short', year: fullYear(g.short), ...span };
  if (g.month) {
    const month = monthNames.indexOf(g.month.slice(0, 3).toLowerCase()) + 1;
    return { kind: 'month', month, year: null, ...span };
  }
  const season = seasonOfWord(g.season ?? '');
  const half = g.half === '1' ? 1 : g.half === '2' ? 2 : null;
  return season ? { kind: 'season', season, half, year: null, ...span } : null;
}

// Between a month and its year: `Sep-14`, `Sept. 2026`, `March 15th, 2027`.
const beforeItsYear = /^[\s,.'\-/]*(?:\d{1,2}(?:st|nd|rd|th)[\s,.'\-/]*)?$/i;

/** Gives each month and season the year written straight after it, and drops the spare years. */
function mentionsOf(text: string, tokens: Token[]): Mention[] {
  const mentions: Mention[] = [];
  const sticks = (from: Token, to: Token) => beforeItsYear.test(text.slice(from.end, to.start));
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || token.kind === 'year' || token.kind === 'short') continue;
    if (token.kind === 'date') {
      mentions.push(token);
      continue;
    }
    const next = tokens[i + 1];
    const afterNext = tokens[i + 2];
    let yearAt = -1;
    if (next && sticks(token, next)) {
      // `March 15 2027`: the two digits are the day, the year comes after them.
      if (next.kind === 'short' && afterNext?.kind === 'year' && sticks(next, afterNext)) {
        yearAt = i + 2;
      } else if (next.kind === 'year' || next.kind === 'short') {
        yearAt = i + 1;
      }
    }
    const yearToken = tokens[yearAt];
    if (yearToken?.kind !== 'year' && yearToken?.kind !== 'short') {
      mentions.push(token);
      continue;
    }
    const year =
      yearToken.kind === 'year' ? yearToken.year : { year: yearToken.year, isSchoolYear: false };
    mentions.push({ ...token, year, end: yearToken.end });
    i = yearAt;
  }
  return mentions;
}

function monthOfMention(mention: Mention, calendar: CalendarTemplate): MonthKey | null {
  if (mention.kind === 'date') return mention.month;
  if (!mention.year) return null;
  const { year, isSchoolYear } = mention.year;
  if (mention.kind === 'season') {
    return monthOfSeason(calendar, mention.season, mention.half, year, isSchoolYear);
  }
  // A school year `2026/27` holds September 2026 to August 2027 (in England).
  const isNextYear = isSchoolYear && mention.month < calendar.yearStartMonth;
  return monthOfDay(year + (isNextYear ? 1 : 0), mention.month, 1);
}

/** `Sep` in `Sep/Oct 2026`: the latest September not after October 2026. */
function monthNotAfter(mention: Mention, next: MonthKey, calendar: CalendarTemplate) {
  if (mention.kind === 'season') {
    return monthOfSeasonNotAfter(calendar, mention.season, mention.half, next);
  }
  if (mention.kind !== 'month') return null;
  const year = getYear(monthStart(next));
  const isSameYear = mention.month <= getMonth(monthStart(next)) + 1;
  return monthOfDay(isSameYear ? year : year - 1, mention.month, 1);
}

// A range or list: `Sep/Oct`, `Jan-Mar`, `January to March`, `Dec, Apr`, `autumn and spring`.
const rangeJoin = /^\s*(?:[-–—/,&+]|to|and|or|until|till|through|thru|then)?\s*$/i;

/**
 * The month of each mention. A mention without its year takes it from the one it runs into,
 * so they are worked out from the last; a loop rather than recursion, so no text can overflow
 * the stack.
 */
function monthsOfMentions(text: string, mentions: Mention[], calendar: CalendarTemplate) {
  const months: (MonthKey | null)[] = [];
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i];
    const next = mentions[i + 1];
    const nextMonth = months[i + 1];
    if (!mention) continue;
    const isYearless = mention.kind !== 'date' && !mention.year;
    const isRange = next && rangeJoin.test(text.slice(mention.end, next.start));
    months[i] =
      isYearless && isRange && nextMonth
        ? monthNotAfter(mention, nextMonth, calendar)
        : monthOfMention(mention, calendar);
  }
  return months;
}

// A day written before its month (`15th of March 2027`) says no more than `2026-11-30` does.
const dayBefore = /^\s*\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s*$/i;

/** Whether the text is this one date or month and nothing more, so the note need not keep it. */
function isOnlyTheMonth(text: string, mention: Mention): boolean {
  const isExact =
    mention.kind === 'date' || (mention.kind === 'month' && !mention.year?.isSchoolYear);
  const before = text.slice(0, mention.start);
  const rest = (dayBefore.test(before) ? '' : before) + text.slice(mention.end);
  return isExact && !/[\p{L}\p{N}]/u.test(rest);
}

/**
 * Where a spreadsheet's time-line puts an action: a month and year in any spelling, a term or
 * half-term, a range or list (its first month), a numeric date in the column's order, an ISO
 * date, an Excel serial date. Anything else (`On-going`, `TBC`) is unscheduled, its text kept.
 */
export function parseTimeLine(text: string, context: TimeLineContext): ParsedTimeLine {
  const trimmed = text.trim();
  if (trimmed === '') return { month: null, keep: '' };
  if (/^\d{5}(?:\.\d+)?$/.test(trimmed)) {
    const month = monthOfExcelSerial(Number(trimmed));
    return { month, keep: month ? '' : trimmed };
  }
  const tokens: Token[] = [];
  // Longer than this is prose, not a time-line: reading only its start bounds the work on a
  // pasted essay, whose text is kept whole all the same.
  for (const match of trimmed.slice(0, 500).matchAll(tokenPattern)) {
    const token = tokenOf(match, context.dateOrder);
    if (token) tokens.push(token);
  }
  const mentions = mentionsOf(trimmed, tokens);
  const months = monthsOfMentions(trimmed, mentions, context.calendar);
  for (const [i, mention] of mentions.entries()) {
    const month = months[i] ?? null;
    // A date that cannot exist in the column's order (31/13/2026) is a misreading: guess nothing.
    if (mention.kind === 'date' && !month) break;
    if (month) return { month, keep: isOnlyTheMonth(trimmed, mention) ? '' : trimmed };
  }
  return { month: null, keep: trimmed };
}

/**
 * The plan's span the placed months suggest: the earliest to the latest, inclusive, and at
 * least 12 months (PRODUCT.md: a Bronze plan's length). null when nothing was placed.
 */
export function spanOfMonths(
  months: readonly MonthKey[],
): { startMonth: MonthKey; lengthMonths: number } | null {
  // Month keys sort as text.
  const sorted = [...months].sort();
  const [startMonth] = sorted;
  const lastMonth = sorted.at(-1);
  if (!startMonth || !lastMonth) return null;
  return { startMonth, lengthMonths: Math.max(12, monthsBetween(startMonth, lastMonth) + 1) };
}
