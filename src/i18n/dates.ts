// Dates of articles: ISO 8601 from the endpoint, where a date without a zone is local time,
// shown with Intl.DateTimeFormat (formatters are cached: building one costs more than using it).

/** Parses an ISO 8601 date; a date-only value is local midnight (not UTC as `Date` would have it). */
export function parseDate(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value.trim());
  const date = new Date(dateOnly ? `${value.trim()}T00:00:00` : value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Whether the value carries a time of day worth showing. */
export function hasTime(value: string): boolean {
  return /T\d{2}:\d{2}/.test(value) && !/T00:00(:00(\.0+)?)?(Z|[+-]00:?00)?$/.test(value);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatDate(date: Date, locale: string, options: Intl.DateTimeFormatOptions): string {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat(locale, options);
    } catch {
      formatter = new Intl.DateTimeFormat('en', options);
    }
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}

const relativeFormatters = new Map<string, Intl.RelativeTimeFormat>();

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "3 days ago", "yesterday", "in 2 hours", in the locale. */
export function formatRelative(date: Date, locale: string, now = Date.now()): string {
  let formatter = relativeFormatters.get(locale);
  if (!formatter) {
    try {
      formatter = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    } catch {
      formatter = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
    }
    relativeFormatters.set(locale, formatter);
  }
  const seconds = (date.getTime() - now) / 1000;
  const [unit, size] = UNITS.find(([, length]) => Math.abs(seconds) >= length) ?? UNITS[UNITS.length - 1];
  return formatter.format(Math.round(seconds / size), unit);
}
