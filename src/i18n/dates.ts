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
