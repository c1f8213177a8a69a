// Text out of CMS markup, without a DOM: tags dropped, character references decoded. For fields
// that are text in our model but rendered HTML in a CMS (WordPress titles and excerpts).

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', hellip: '…', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™',
  middot: '·', bull: '•', deg: '°', euro: '€', yen: '¥', pound: '£', times: '×',
};

/** Decodes `&#038;`, `&#x2019;` and the common named references; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const name = ref.toLowerCase();
    return Object.hasOwn(NAMED, name) ? NAMED[name] : whole;
  });
}

/** Tags that end a line of text: they become a space; inline tags (`<b>`, `<a>`) just go, so that 新一代<b>定位器</b> stays one word. */
const BREAKING = /^(address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|img|li|main|nav|ol|p|pre|section|table|td|th|tr|ul)$/i;

function stripTags(html: string, tag: RegExp): string {
  return html.replace(tag, (_: string, name: string | undefined) => (name && BREAKING.test(name) ? ' ' : ''));
}

/** Plain text of a fragment of HTML: tags removed (block ends become spaces), references decoded, white space folded. */
export function htmlToText(html: string): string {
  return decodeEntities(stripTags(html.replace(/<(script|style)[\s\S]*?<\/\1\s*>/gi, ' '), /<\/?([a-z][a-z\d-]*)?[^>]*>/gi))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Plain text of a field that is text but may hold markup, already decoded once (an XML element's
 * text): tags that look like tags (`<b>`, `</a>`) are dropped, references decoded, white space
 * folded. Unlike htmlToText, `a < b and c > d` stays as it is.
 */
export function markupToText(text: string): string {
  return decodeEntities(stripTags(text, /<\/?([a-z][a-z\d-]*)(?:\s[^<>]*)?\/?>/gi))
    .replace(/\s+/g, ' ')
    .trim();
}

/** At most `length` characters, cut at a word and ended with an ellipsis. */
export function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length).replace(/\s+\S*$/, '')}…`;
}

/** Plain text as HTML: escaped, a paragraph per blank-line-separated block. */
export function textToHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}</p>`)
    .join('');
}

