// Which source module each byte of a minified bundle came from, read from its source map
// (source-map-explorer's method), and what each module or dependency adds once compressed:
// the bundle's gzip/brotli size minus the size of the same bundle with those bytes taken out.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...B64].map((c, i) => [c, i]));

/** Decodes one segment's base64 VLQ fields. @param {string} text @returns {number[]} */
function decodeSegment(text) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT.get(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/**
 * Splits `code` into ranges, each attributed to a source of `map` (or to null).
 * @param {string} code the generated code the map describes
 * @param {{ sources: string[], mappings: string }} map
 * @returns {{ start: number, end: number, source: string | null }[]}
 */
export function attribute(code, map) {
  const ranges = [];
  const lines = code.split('\n');
  const mappingLines = map.mappings.split(';');
  let offset = 0;
  let source = 0;
  // In minified code a line break is inside a template literal (css`…`, html`…`): the text at
  // the start of a line, before its first mapping, belongs to the source that was open.
  let open = null;
  for (let l = 0; l < lines.length; l += 1) {
    const line = lines[l];
    const segments = (mappingLines[l] ?? '').split(',').filter(Boolean);
    let column = 0;
    let previous = { column: 0, source: open };
    for (const segment of segments) {
      const fields = decodeSegment(segment);
      column += fields[0];
      if (column > previous.column) ranges.push({ start: offset + previous.column, end: offset + column, source: previous.source });
      let current = null;
      if (fields.length >= 4) {
        source += fields[1];
        current = map.sources[source] ?? null;
      }
      previous = { column, source: current };
    }
    if (line.length > previous.column) ranges.push({ start: offset + previous.column, end: offset + line.length, source: previous.source });
    if (previous.source) ranges.push({ start: offset + line.length, end: offset + line.length + 1, source: previous.source });
    open = previous.source;
    offset += line.length + 1;
  }
  return ranges;
}

/** The package (or `ours`) a source path belongs to; dependencies of Lit count as `lit`. */
export function packageOf(source) {
  if (!source) return 'unmapped';
  const at = source.lastIndexOf('node_modules/');
  if (at === -1) return 'ours';
  const parts = source.slice(at + 'node_modules/'.length).split('/');
  const name = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  return ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'].includes(name) ? 'lit' : name;
}

/** A source path, shortened to `src/…` or `package/…`. */
export function shortName(source) {
  if (!source) return '(unmapped: glue, whitespace)';
  const at = source.lastIndexOf('node_modules/');
  if (at !== -1) return source.slice(at + 'node_modules/'.length);
  const src = source.lastIndexOf('src/');
  return src === -1 ? source : source.slice(src);
}

export const gzip = (data) => gzipSync(data).length;
export const brotli = (data) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Raw, gzip and brotli bytes of a file's contents. @param {string | Buffer} data */
export function sizes(data) {
  const buffer = Buffer.isBuffer(data) ? data : Buffer.from(data);
  return { raw: buffer.length, gzip: gzip(buffer), brotli: brotli(buffer) };
}

/**
 * What each group of sources adds to a bundle: its minified bytes, and the compressed size of
 * the bundle minus that of the bundle without the group's bytes (a marginal cost: the sum over
 * groups is a little under the whole, since shared vocabulary compresses across modules).
 * @param {string} code
 * @param {{ start: number, end: number, source: string | null }[]} ranges
 * @param {(source: string | null) => string} groupOf
 * @param {{ brotli?: boolean }} [options]
 */
export function breakdown(code, ranges, groupOf, { brotli: withBrotli = true } = {}) {
  const whole = { gzip: gzip(code), brotli: withBrotli ? brotli(code) : undefined };
  /** @type {Map<string, { start: number, end: number }[]>} */
  const groups = new Map();
  for (const range of ranges) {
    const key = groupOf(range.source);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(range);
  }
  const rows = [];
  for (const [name, list] of groups) {
    const sorted = list.sort((a, b) => a.start - b.start);
    let minified = 0;
    let rest = '';
    let at = 0;
    for (const { start, end } of sorted) {
      minified += Buffer.byteLength(code.slice(start, end));
      rest += code.slice(at, start);
      at = end;
    }
    rest += code.slice(at);
    rows.push({
      name,
      minified,
      gzip: whole.gzip - gzip(rest),
      brotli: withBrotli ? whole.brotli - brotli(rest) : undefined,
    });
  }
  return rows.sort((a, b) => b.minified - a.minified);
}

/**
 * What the template literals' formatting costs: the bundle with CSS comments removed and the
 * indentation after each line break collapsed (in minified code, a line break is inside a
 * template literal: our css`…` and html`…`). Returns the bytes that would save.
 * @param {string} code
 */
export function templateFormatting(code) {
  // Only comments that start a line count: in minified code those are inside templates.
  const stripped = code.replace(/\n[ \t]*\/\*[^`]*?\*\//g, '\n').replace(/\n[ \t]+/g, '\n').replace(/\n{2,}/g, '\n');
  return {
    raw: Buffer.byteLength(code) - Buffer.byteLength(stripped),
    gzip: gzip(code) - gzip(stripped),
    brotli: brotli(code) - brotli(stripped),
  };
}

/**
 * A lookup from a generated position (0-based line and column) to the original source, line
 * (1-based) and name, for mapping CPU profile frames of a bundle back to our modules.
 * @param {{ sources: string[], names?: string[], mappings: string }} map
 * @returns {(line: number, column: number) => { source: string | null, line: number, name: string | null } | null}
 */
export function locator(map) {
  const lines = [];
  let source = 0;
  let originalLine = 0;
  let originalColumn = 0;
  let name = 0;
  for (const text of map.mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segment of text.split(',').filter(Boolean)) {
      const fields = decodeSegment(segment);
      column += fields[0];
      if (fields.length >= 4) {
        source += fields[1];
        originalLine += fields[2];
        originalColumn += fields[3];
        if (fields.length >= 5) name += fields[4];
        segments.push([column, source, originalLine, fields.length >= 5 ? name : -1]);
      } else {
        segments.push([column, -1, 0, -1]);
      }
    }
    lines.push(segments);
  }
  return (line, column) => {
    const segments = lines[line];
    if (!segments?.length) return null;
    let lo = 0;
    let hi = segments.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segments[mid][0] <= column) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found === -1) return null;
    const [, s, l, n] = segments[found];
    return s === -1 ? null : { source: map.sources[s] ?? null, line: l + 1, name: n === -1 ? null : (map.names?.[n] ?? null) };
  };
}
