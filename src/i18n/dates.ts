// Dates of articles: ISO 8601 from the endpoint (a space may stand for the `T`), where a date
// without a zone is wall-clock time, in the viewer's zone or the element's `time-zone`; shown
// with Intl.DateTimeFormat (formatters are cached: building one costs more than using it).

/** `YYYY-MM-DD`, then maybe a time (`T` or a space before it), then maybe a zone. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Parses an ISO 8601 date. One without a zone is wall-clock time: in `timeZone` when given (an
 * IANA name Intl knows), else in the viewer's zone; a date-only value is midnight there (not UTC
 * as `Date` would have it). Other text `Date` understands is taken as `Date` reads it.
 */
export function parseDate(value: string | undefined, timeZone?: string): Date | undefined {
  if (!value) return undefined;
  const text = value.trim();
  const match = ISO_DATE.exec(text);
  if (!match) return validDate(new Date(text));
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 59) return undefined;
  const millisecond = Number((match[7] ?? '').slice(0, 3).padEnd(3, '0'));
  const wall = utcTime(year, month, day, hour, minute, second, millisecond);
  const zone = match[8];
  if (zone) {
    if (zone.toUpperCase() === 'Z') return validDate(new Date(wall));
    const [, sign, hours, minutes = '0'] = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
    return validDate(new Date(wall - (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000));
  }
  if (timeZone) return validDate(new Date(instantOfWallTime(wall, timeZone)));
  const local = new Date(0);
  local.setFullYear(year, month - 1, day);
  local.setHours(hour, minute, second, millisecond);
  return validDate(local);
}

function validDate(date: Date): Date | undefined {
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Milliseconds since the epoch of a wall-clock time read as UTC (years below 100 included). */
function utcTime(year: number, month: number, day: number, hour: number, minute: number, second: number, millisecond = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millisecond);
  return date.getTime();
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

/** How far `timeZone` is ahead of UTC at `instant`, in milliseconds (negative west of Greenwich). */
function zoneOffset(instant: number, timeZone: string): number {
  let formatter = partFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partFormatters.set(timeZone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const { type, value } of formatter.formatToParts(instant)) parts[type] = Number(value);
  const wall = utcTime(parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second);
  // The parts have whole seconds: compare with the instant's whole second.
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}

/**
 * The instant at which clocks in `timeZone` show `wall` (a wall-clock time written as UTC
 * milliseconds). The zone's offset is looked up at a first guess, then again at the instant that
 * gives: twice is enough where the offset changes (daylight saving) between the two.
 */
function instantOfWallTime(wall: number, timeZone: string): number {
  const guess = wall - zoneOffset(wall, timeZone);
  return wall - zoneOffset(guess, timeZone);
}

/** Time zone names already checked: whether Intl knows each. */
const timeZones = new Map<string, boolean>();

/**
 * `name` if it is a time zone Intl knows (`Asia/Shanghai`, `UTC`), else undefined: the viewer's
 * zone then, and one console warning per unknown name.
 */
export function checkTimeZone(name: string | null | undefined): string | undefined {
  const zone = name?.trim();
  if (!zone) return undefined;
  let known = timeZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = true;
    } catch {
      known = false;
      console.warn(`news-elements: time-zone="${zone}" is not a time zone this browser knows (an IANA name such as "Asia/Shanghai"); dates are shown in the viewer's zone.`);
    }
    timeZones.set(zone, known);
  }
  return known ? zone : undefined;
}

/** Whether the value carries a time of day worth showing (midnight is taken for a date alone). */
export function hasTime(value: string): boolean {
  const text = value.trim();
  const timed = /T\d{2}:\d{2}/.test(text) || /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(text);
  return timed && !/[T ]00:00(:00(\.0+)?)?\s*(Z|[+-]00:?00)?$/i.test(text);
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
