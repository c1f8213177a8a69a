// Date fields of records made ISO 8601, in the forms a clean answer has: ISO 8601 itself, the
// ISO-like dates of legacy systems (MySQL's `2025-02-12 09:30:00`, `2024/5/20 9:30`, Chinese
// `2024年5月20日 09:30`, with or without a zone) and Unix time. Every other form (RFC 822, W3C-DTF's
// reduced dates, anything Date reads) is feed-date.ts's, which the elements load with the first
// record that has one (model.ts). A date that cannot be read is left out (undefined), never an error.

/** RFC 822 zone names; `CST` is China Standard Time in a Chinese feed (see `chinese`). */
const ZONES: Record<string, number> = { UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7, BST: 1, CET: 1, CEST: 2, JST: 9, KST: 9, HKT: 8, SGT: 8 };

export const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A zone name or offset as an ISO 8601 offset (`Z`, `+08:00`), or undefined. */
export function offset(zone: string | undefined, chinese: boolean): string | undefined {
  if (!zone) return undefined;
  const upper = zone.toUpperCase();
  if (upper === 'CST' && chinese) return '+08:00';
  if (upper in ZONES) {
    const hours = ZONES[upper];
    return hours === 0 ? 'Z' : `${hours < 0 ? '-' : '+'}${pad(Math.abs(hours))}:00`;
  }
  const match = /^(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?$/i.exec(zone);
  if (!match) return undefined;
  return `${match[1]}${pad(Number(match[2]))}:${match[3] ?? '00'}`;
}

/** The parts of a date as ISO 8601, if they are a real day and time (2024-02-31 is not one). */
export function iso(year: number, month: number, day: number, time: string | undefined, meridiem: string | undefined, zone: string | undefined): string | undefined {
  if (year < 100) year += year < 50 ? 2000 : 1900;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (!time) return date;
  const [h, m, s = '0'] = time.split(':');
  let [hours, minutes, seconds] = [Number(h), Number(m), Number(s)];
  if (meridiem) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (/^p/i.test(meridiem) ? 12 : 0);
  }
  if (hours > 23 || minutes > 59 || seconds > 60) return undefined;
  return `${date}T${pad(hours)}:${pad(minutes)}:${pad(Math.floor(seconds))}${zone ?? ''}`;
}

/**
 * An ISO-like date (2024-05-20, 2024/5/20 9:30, 2024-05-20T09:30:00.000+08:00, 2024年5月20日 09:30)
 * as ISO 8601; undefined when it is one but no real date, null when the text is not one at all.
 */
export function readIsoLike(text: string, chinese: boolean): string | undefined | null {
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T ]?(\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?) ?([ap]\.?m\.?)?)? ?(Z|[A-Z]{2,4}|(?:GMT|UTC)?[+-]\d{1,2}(?::?\d{2})?)?$/i.exec(text);
  if (!match) return null;
  const zone = match[6] ? offset(match[6], chinese) : undefined;
  if (match[6] && !zone) return undefined;
  return iso(Number(match[1]), Number(match[2]), Number(match[3]), match[4], match[5], zone);
}

/** Strict ISO 8601 as Date reads it everywhere: kept as it is. */
const ISO = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A date string of a form read by feed-date.ts, which is still to load: read it again then. */
export const OTHER_FORM: unique symbol = Symbol('a date of another form');

/**
 * A date field of any record: ISO 8601 as it is; ISO-like dates (`2025-02-12 09:30:00` keeps its
 * time, wall-clock); numbers as Unix time (seconds, or milliseconds when that large). Another
 * string is `OTHER_FORM`, or what `other` (feed-date.ts's parseFeedDate) reads of it. Anything
 * unreadable is left out.
 */
export function readDate(value: unknown, other?: (text: string) => string | undefined): string | undefined | typeof OTHER_FORM {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
    const date = new Date(value < 1e11 ? value * 1000 : value);
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim().replace(/\s+/g, ' ');
  // No digit, no date ("N/A", "TBD"): no need to ask the other readers.
  if (!/\d/.test(text)) return undefined;
  if (ISO.test(text) && !Number.isNaN(Date.parse(text))) return text;
  if (/^\d{10}(\d{3})?$/.test(text)) return readDate(Number(text));
  const isoLike = readIsoLike(text, false);
  if (isoLike !== null) return isoLike;
  return other ? other(text) : OTHER_FORM;
}
