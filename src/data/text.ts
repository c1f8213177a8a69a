// Text out of CMS markup, read by the browser's own HTML parser (an inert document: see
// security/html-policy.ts), not by a table of entities or a regex over tags. For fields that are
// text in our model but HTML in a CMS (WordPress titles and excerpts, feed descriptions).

import { parseHtml } from '../security/html-policy.js';

/**
 * Decodes every character reference HTML knows (`&eacute;`, `&#038;`, `&#x2019;`) as the browser
 * does; tags stay as written (`<b>` is text here). Text without `&` is returned as it is.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  // A <textarea>'s content is text with references (RCDATA): nothing in it is a tag but its own end.
  // The newline after the start tag is the one the parser drops.
  const document = parseHtml(`<textarea>\n${text.replace(/<\/textarea/gi, '&lt;/textarea')}</textarea>`);
  return document.querySelector('textarea')?.value ?? text;
}

/** Elements whose start and end break a line of text: they become a space; inline ones (`<b>`, `<a>`) do not, so 新一代<b>定位器</b> stays one word. */
const BREAKING = new Set('address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr img li main nav ol p pre section table td th tr ul'.split(' '));

function textOf(node: Node, out: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE) out.push(child.nodeValue ?? '');
    else if (child instanceof Element) {
      const name = child.localName;
      if (name === 'script' || name === 'style' || name === 'template') continue;
      const breaks = BREAKING.has(name);
      if (breaks) out.push(' ');
      textOf(child, out);
      if (breaks) out.push(' ');
    }
  }
}

/** Plain text of a fragment of HTML: tags removed (block ends become spaces), references decoded, white space folded. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/\s+/g, ' ').trim();
  const out: string[] = [];
  textOf(parseHtml(html).body, out);
  return out.join('').replace(/\s+/g, ' ').trim();
}

/**
 * Plain text of a field that is text but may hold markup, already decoded once (an XML element's
 * text): read as HTML only when it has something that looks like a tag (`<b>`, `</a>`), so that
 * `a < b and c > d` stays as it is.
 */
export function markupToText(text: string): string {
  return /<\/?[a-z][a-z\d-]*(?:\s[^<>]*)?\/?>/i.test(text) ? htmlToText(text) : decodeEntities(text).replace(/\s+/g, ' ').trim();
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
