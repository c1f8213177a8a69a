// Dates as feeds of legacy CMSs write them, made ISO 8601: RFC 822 with or without the weekday,
// comma or seconds, two-digit years, full month names, zone names (GMT, EST, CST…) or offsets
// (+0800, +08:00, GMT+8); W3C-DTF/ISO 8601 (reduced: 2024-05; basic: 20240520T093000Z), ISO-like
// dates with `/` or a space; Chinese dates (2024年5月20日 09:30).
// A date that cannot be read is left out (undefined), never an error.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** RFC 822 zone names; `CST` is China Standard Time in a Chinese feed (see `chinese`). */
const ZONES: Record<string, number> = { UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7, BST: 1, CET: 1, CEST: 2, JST: 9, KST: 9, HKT: 8, SGT: 8 };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function offset(zone: string | undefined, chinese: boolean): string | undefined {
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

function iso(year: number, month: number, day: number, time: string | undefined, meridiem: string | undefined, zone: string | undefined): string | undefined {
  if (year < 100) year += year < 50 ? 2000 : 1900;
  // A real calendar day: 2024-02-31 is not one.
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

/** The date as ISO 8601, or undefined. `chinese`: the feed is in Chinese (CST means UTC+8). */
export function parseFeedDate(value: string | null | undefined, chinese = false): string | undefined {
  const text = (value ?? '').trim().replace(/\s+/g, ' ');
  if (!text) return undefined;
  // W3C-DTF's reduced precision (2024, 2024-05) and ISO 8601's basic format (20240520T093000Z).
  const reduced = /^(\d{4})(?:-(\d{2}))?$/.exec(text);
  if (reduced) return iso(Number(reduced[1]), Number(reduced[2] ?? 1), 1, undefined, undefined, undefined);
  const basic = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (basic) {
    const [, y, mo, d, h, mi, sec, zone] = basic;
    return iso(Number(y), Number(mo), Number(d), h ? `${h}:${mi}:${sec ?? '00'}` : undefined, undefined, zone ? offset(zone, chinese) : undefined);
  }
  // ISO-like: 2024-05-20, 2024/5/20 9:30, 2024-05-20T09:30:00.000+08:00, 2024年5月20日 09:30
  let match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T ]?(\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?) ?([ap]\.?m\.?)?)? ?(Z|[A-Z]{2,4}|(?:GMT|UTC)?[+-]\d{1,2}(?::?\d{2})?)?$/i.exec(text);
  if (match) {
    const zone = match[6] ? offset(match[6], chinese) : undefined;
    if (match[6] && !zone) return undefined;
    return iso(Number(match[1]), Number(match[2]), Number(match[3]), match[4], match[5], zone);
  }
  // RFC 822 and friends: [Mon,] 20 May 2024 09:30[:00] [PM] [+0800 | GMT | CST] [(comment)]
  match = /^(?:[a-z]{3,9}(?:, ?| ))?(\d{1,2})[ -]([a-z]{3,9})\.?[ -](\d{2,4})(?: (\d{1,2}:\d{2}(?::\d{2})?)(?: ?([ap]\.?m\.?))?)? ?(.*)$/i.exec(text);
  if (match) {
    const month = MONTHS.indexOf(match[2].slice(0, 3).toLowerCase()) + 1;
    // An offset may be followed by a comment: "-0500 (EST)".
    const rest = match[6].replace(/\s*\([^)]*\)$/, '').trim();
    const zone = rest ? offset(rest, chinese) : undefined;
    // Something after the time that is not a zone we know: better no date than a wrong one.
    if (month === 0 || (rest && !zone)) return undefined;
    return iso(Number(match[3]), month, Number(match[1]), match[4], match[5], match[4] ? zone : undefined);
  }
  // Anything else the browser understands (e.g. "May 20, 2024 9:30 AM").
  const time = Date.parse(text);
  if (Number.isNaN(time)) return undefined;
  // Without a zone in the text, Date read it as the viewer's local time: keep it zone-less
  // (wall-clock time), so that a `time-zone` attribute can say where it was meant.
  if (!/\b(?:GMT|UTC|UT|Z)\b|[+-]\d{1,2}:?\d{2}\b|\b[A-Z]{2,4}T\b/.test(text)) {
    const local = new Date(time);
    return `${pad(local.getFullYear(), 4)}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}T${pad(local.getHours())}:${pad(local.getMinutes())}:${pad(local.getSeconds())}`;
  }
  return new Date(time).toISOString();
}

/** Strict ISO 8601 as Date reads it everywhere: kept as it is. */
const ISO = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A date field of any record: ISO 8601 as it is; other strings as feeds and legacy CMSs write them
 * (`2025-02-12 09:30:00` keeps its time, see parseFeedDate); numbers as Unix time (seconds, or
 * milliseconds when that large). Anything unreadable is left out.
 */
export function readDate(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
    const date = new Date(value < 1e11 ? value * 1000 : value);
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (ISO.test(text) && !Number.isNaN(Date.parse(text))) return text;
  if (/^\d{10}(\d{3})?$/.test(text)) return readDate(Number(text));
  return parseFeedDate(text);
}
