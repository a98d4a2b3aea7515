/*
 * Dates as people read them. Display only: every date sum stays with date-fns. Intl does this in
 * the plan's locale (en-GB by default) without shipping date-fns' formatter and locale tables to
 * the browser, which cost about a fifth of the initial bundle; the board's month names, always
 * English, come from a table instead.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * `October 2026`, always in English, as the board and the accessible names say it. Not through
 * Intl: the first formatter a page makes costs 15-30 ms, and the board is drawn before any other
 * date is shown.
 */
export function monthYearText(date: Date): string {
  return `${MONTH_NAMES[date.getMonth()]} ${date.getFullYear()}`;
}

/** `15 June 2027` */
export function longDateText(date: Date, locale = 'en-GB'): string {
  return formatter(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

// British English shortens September to four letters.
const SHORT_MONTH_NAMES = MONTH_NAMES.map((name) =>
  name === 'September' ? 'Sept' : name.slice(0, 3),
);

/** `15 Jun`, for the board's month headings: in English and without Intl, like `monthYearText`. */
export function shortDateText(date: Date): string {
  return `${date.getDate()} ${SHORT_MONTH_NAMES[date.getMonth()]}`;
}

/** `29 Nov 2026, 14:05` */
export function dateTimeText(date: Date, locale = 'en-GB'): string {
  return formatter(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}
