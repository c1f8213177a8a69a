// Text fields: character references decoded by the browser's own HTML parser (an inert document:
// see security/html-policy.ts), not by a table of entities; shortened; written as HTML. Text out
// of markup is html-text.ts's.

import { parseDocument } from '../security/html-policy.js';

/**
 * Decodes every character reference HTML knows (`&eacute;`, `&#038;`, `&#x2019;`) as the browser
 * does; tags stay as written (`<b>` is text here). Text without `&` is returned as it is.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  // A <textarea>'s content is text with references (RCDATA): nothing in it is a tag but its own
  // end, so no handler to defuse either. The newline after the start tag is the one the parser drops.
  const document = parseDocument(`<textarea>\n${text.replace(/<\/textarea/gi, '&lt;/textarea')}</textarea>`, 'text/html');
  return document.querySelector('textarea')?.value ?? text;
}

/** Whether text may hold markup or character references (`<`, `&`): only such text is parsed. */
export const mayHoldMarkup = (text: string): boolean => /[<&]/.test(text);

/** White space folded to single spaces, and trimmed. */
export const foldSpace = (text: string): string => text.replace(/\s+/g, ' ').trim();

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
