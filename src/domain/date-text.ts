/*
 * Dates as people read them, in the plan's locale (en-GB by default). Display only: every date
 * sum stays with date-fns. Intl does this without shipping date-fns' formatter and locale
 * tables to the browser, which cost about a fifth of the initial bundle.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** `October 2026` */
export function monthYearText(date: Date, locale = 'en-GB'): string {
  return formatter(locale, { month: 'long', year: 'numeric' }).format(date);
}

/** `15 June 2027` */
export function longDateText(date: Date, locale = 'en-GB'): string {
  return formatter(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** `15 Jun` */
export function shortDateText(date: Date, locale = 'en-GB'): string {
  return formatter(locale, { day: 'numeric', month: 'short' }).format(date);
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
