// Dates as feeds of legacy CMSs write them, made ISO 8601: RFC 822 with or without the weekday,
// comma or seconds, two-digit years, full month names, zone names (GMT, EST, CST…) or offsets
// (+0800, +08:00, GMT+8); W3C-DTF/ISO 8601 (reduced: 2024-05; basic: 20240520T093000Z), the
// ISO-like dates date-read.ts reads, and anything else Date understands. The feeds' adapters
// import it; for other records the elements load it with the first date of such a form (model.ts).
// A date that cannot be read is left out (undefined), never an error.

import { iso, offset, pad, readIsoLike } from './date-read.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

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
  // ISO-like: 2024-05-20, 2024/5/20 9:30, 2024年5月20日 09:30
  const isoLike = readIsoLike(text, chinese);
  if (isoLike !== null) return isoLike;
  // RFC 822 and friends: [Mon,] 20 May 2024 09:30[:00] [PM] [+0800 | GMT | CST] [(comment)]
  const match = /^(?:[a-z]{3,9}(?:, ?| ))?(\d{1,2})[ -]([a-z]{3,9})\.?[ -](\d{2,4})(?: (\d{1,2}:\d{2}(?::\d{2})?)(?: ?([ap]\.?m\.?))?)? ?(.*)$/i.exec(text);
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
