// The elements of a feed as feedparser names and reads them: namespaces mapped to the usual
// prefixes (RSS 0.90, 0.91, 1.0, 2.0 and Atom 0.3 and 1.0 all read as one vocabulary, as
// feedparser does, so an RSS item's `<atom:link>` or an Atom entry's `<dc:creator>` is read),
// case-insensitive names, and text constructs: Atom 1.0's `type` (text, html, xhtml), Atom 0.3's
// `mode` (xml, escaped, base64) with MIME types, and RSS text that is HTML by its looks.

/** Namespace URIs (lower case) by the prefix feedparser gives them; '' is the feed formats' own. */
const NAMESPACES: Record<string, string> = {
  '': '',
  'http://backend.userland.com/rss': '',
  'http://blogs.law.harvard.edu/tech/rss': '',
  'http://purl.org/rss/1.0/': '',
  'http://my.netscape.com/rdf/simple/0.9/': '',
  'http://example.com/newformat#': '',
  'http://example.com/necho': '',
  'http://purl.org/echo/': '',
  'uri/of/echo/namespace#': '',
  'http://purl.org/pie/': '',
  'http://purl.org/atom/ns#': '',
  'http://www.w3.org/2005/atom': '',
  'http://purl.org/rss/1.0/modules/rss091#': '',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://search.yahoo.com/mrss': 'media',
  'http://search.yahoo.com/mrss/': 'media',
  'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
  'http://example.com/dtds/podcast-1.0.dtd': 'itunes',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://www.w3.org/1999/xhtml': 'xhtml',
};

/** An element's name as `prefix:local` (or `local` for the feed formats' own), lower case. */
export function nameOf(element: Element): string {
  const uri = (element.namespaceURI ?? '').toLowerCase();
  const prefix = uri in NAMESPACES ? NAMESPACES[uri] : uri.includes('backend.userland.com/rss') ? '' : '?';
  const local = element.localName.toLowerCase();
  return prefix ? `${prefix}:${local}` : local;
}

/** An attribute by its name in any case (`isPermaLink`, `ispermalink`), qualified names included. */
export function attribute(element: Element, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const { name: qualified, localName, value } of element.attributes) {
    if (qualified.toLowerCase() === wanted || (!wanted.includes(':') && localName.toLowerCase() === wanted && !qualified.startsWith('xml'))) return value;
  }
  return undefined;
}

/** windows-1252's characters for the C1 controls that feeds mean as them (`&#146;` is ’, as in HTML). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Text as feedparser repairs it: C1 controls read as windows-1252's characters, and UTF-8 that was
 * read as Latin-1 and encoded again (`â€¦` for `…`) read as UTF-8.
 */
export function repairText(text: string): string {
  let repaired = text.replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80]);
  if (/[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]/.test(repaired) && !/[^\u0000-\u00ff]/.test(text)) {
    try {
      repaired = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(text, (c) => c.charCodeAt(0)));
    } catch {
      // not UTF-8 read twice
    }
  }
  return repaired;
}

/** A piece of feed text: HTML (to be read as such) or plain text. */
export interface FeedText {
  value: string;
  html: boolean;
}

/** HTML elements feedparser's sanitizer accepts: text with only these tags looks like HTML. */
const HTML_ELEMENTS = new Set(
  'a abbr acronym address area article aside audio b bdi bdo big blink blockquote br button canvas caption center cite code col colgroup command datagrid datalist dd del details dfn dialog dir div dl dt em event-source fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 header hr i img input ins kbd keygen label legend li m map menu meter multicol nav nextid noscript ol optgroup option output p pre progress q s samp section select small sound source spacer span strike strong sub sup table tbody td textarea tfoot th thead time tr tt u ul var video'.split(' '),
);

/** Plain text that is HTML by its looks (feedparser's rule): a close tag or a reference, and only HTML's tags. */
export function looksLikeHtml(text: string): boolean {
  if (!/<\/\w+>|&#?\w+;/.test(text)) return false;
  return [...text.matchAll(/<\/?(\w+)/g)].every((m) => HTML_ELEMENTS.has(m[1].toLowerCase()));
}

/** The markup inside an element; a single wrapping XHTML `<div>` left out (Atom's xhtml content). */
function markupOf(element: Element): string {
  const elements = [...element.children];
  const text = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE && node.nodeValue!.trim());
  const inner = elements.length === 1 && !text.length && elements[0].localName.toLowerCase() === 'div' ? elements[0] : element;
  return inner.innerHTML.replace(/\sxmlns(:\w+)?="[^"]*"/g, '').trim();
}

function base64Text(text: string): string | undefined {
  try {
    const bytes = Uint8Array.from(atob(text.replace(/\s+/g, '')), (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

type Kind = 'text' | 'html' | 'xhtml' | 'binary';

function kindOf(type: string, fallback: 'text' | 'html'): Kind {
  if (!type) return fallback;
  if (type === 'text' || type === 'plain' || type === 'text/plain') return 'text';
  if (type === 'html' || type === 'text/html') return 'html';
  if (type === 'xhtml' || type.endsWith('+xml') || type.endsWith('/xml')) return 'xhtml';
  return type.startsWith('text/') ? 'text' : 'binary';
}

/**
 * A text construct: `fallback` is its type when it says none (Atom's title and summary are text,
 * RSS's description HTML); `guess`: plain text that looks like HTML is HTML (RSS, where a title's
 * type is never said). Undefined when blank.
 */
export function readText(element: Element | undefined, fallback: 'text' | 'html', guess: boolean): FeedText | undefined {
  if (!element) return undefined;
  const kind = kindOf((attribute(element, 'type') ?? '').trim().toLowerCase(), fallback);
  const mode = (attribute(element, 'mode') ?? '').trim().toLowerCase();
  let value: string | undefined;
  let html = kind === 'html' || kind === 'xhtml';
  if (mode === 'base64' || kind === 'binary') {
    value = base64Text(element.textContent ?? '') ?? element.textContent ?? '';
    if (kind === 'binary') html = false;
  } else if (kind === 'html' && element.children.length === 1 && element.firstElementChild!.localName.toLowerCase() === 'div' && !element.firstElementChild!.children.length) {
    // Escaped HTML in a <div> (TypePad): the div's text is the HTML.
    value = element.firstElementChild!.textContent ?? '';
  } else if (element.children.length && mode !== 'escaped') {
    // Inline markup, whether the type says xhtml or (wrongly) text.
    value = markupOf(element);
    html = true;
  } else {
    value = element.textContent ?? '';
    if (kind === 'xhtml') html = false;
  }
  value = repairText(value).trim();
  if (!value) return undefined;
  if (!html && guess && kind === 'text' && looksLikeHtml(value)) html = true;
  return { value, html };
}
