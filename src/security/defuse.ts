// Event-handler attributes and <base> renamed in CMS markup before any HTML parser sees it.
// Chromium reports a Content-Security-Policy violation ("Executing inline event handler…",
// script-src-attr) for every handler attribute it parses, even in an inert DOMParser document
// that never runs it: a portal's CSP reports would fill with its own CMS content. This is not the
// security boundary (DOMPurify is, and removes every handler this might miss); it keeps the
// reports for real problems. It reads tags the way the HTML tokenizer does (WHATWG HTML,
// "Tokenization": tag and attribute states, quoted values that contain `>`, comments, and the
// elements whose content is text), not by a regex; a property test checks it against the
// browser's own parser (test/security/defuse.test.ts).
//
// Measured before writing it: htmlparser2's tokenizer is 20 kB gzip with its entity tables,
// simple-html-tokenizer (2.3 kB) does not switch to text inside <script>, <style> or <textarea>.

import { parseDocument } from './html-policy.js';

export const DEFUSED = 'data-news-defused-';

/** Elements whose content the tokenizer reads as text up to their end tag (scripting disabled, as in DOMParser). */
const TEXT_CONTENT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'textarea', 'title']);
/** Elements of SVG and of MathML inside which start tags follow HTML rules again (the tree builder's integration points). */
const INTEGRATION = { svg: new Set(['foreignobject', 'desc', 'title']), math: new Set(['mi', 'mo', 'mn', 'ms', 'mtext']) };
/** Start tags that end SVG or MathML content (the tree builder's "breakout" list). */
const BREAKOUT = new Set('b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var'.split(' '));

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r';
const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

/**
 * Renames `on*` attributes (`data-news-defused-onerror`) and `<base>` (`<news-defused-base>`) in
 * `html`. For XML (`base: false`) only the attributes: a renamed start tag would not match its end tag.
 */
export function defuseMarkup(html: string, { base = true } = {}): string {
  const out: string[] = [];
  let copied = 0;
  let i = 0;
  // The SVG and MathML elements open, as the tree builder keeps them (HTML elements are not
  // needed): which tells whether a start tag follows HTML rules (raw text for <style>) or not.
  const open: { name: string; root: 'svg' | 'math'; integration: boolean }[] = [];
  const inForeign = () => open.length > 0 && !open[open.length - 1].integration;
  const n = html.length;
  const splice = (at: number, text: string) => {
    out.push(html.slice(copied, at), text);
    copied = at;
  };
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    i = lt + 1;
    const next = html[i] ?? '';
    if (html.startsWith('!--', i)) {
      // A comment: to -->, or --!>; <!--> and <!---> end at once.
      const body = i + 3;
      if (html[body] === '>') i = body + 1;
      else if (html.startsWith('->', body)) i = body + 2;
      else {
        const ends = [html.indexOf('-->', body), html.indexOf('--!>', body)].filter((at) => at >= 0);
        i = ends.length ? Math.min(...ends) + (html.startsWith('--!>', Math.min(...ends)) ? 4 : 3) : n;
      }
      continue;
    }
    if (next === '!' || next === '?' || (next === '/' && !isLetter(html[i + 1] ?? '') && html[i + 1] !== '>')) {
      // <!DOCTYPE>, <![CDATA[ in HTML content, <?xml…>, </3>: a bogus comment up to the next >.
      const end = html.indexOf('>', i);
      i = end < 0 ? n : end + 1;
      continue;
    }
    const closing = next === '/';
    if (!isLetter(closing ? (html[i + 1] ?? '') : next)) continue;
    if (closing) i += 1;
    // The tag name.
    const nameStart = i;
    while (i < n && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>') i++;
    const name = html.slice(nameStart, i).toLowerCase();
    if (base && !closing && name === 'base') splice(nameStart, 'news-defused-');
    // The attributes, as the tokenizer reads them (an end tag's are read and dropped).
    let ended = false;
    let selfClosing = false;
    while (i < n && !ended) {
      const c = html[i];
      if (isSpace(c) || c === '/') {
        selfClosing = c === '/' && html[i + 1] === '>';
        i++;
        continue;
      }
      if (c === '>') {
        i++;
        ended = true;
        break;
      }
      selfClosing = false;
      // An attribute name: up to space, /, > or = (a leading = belongs to the name).
      const attributeStart = i;
      i++;
      while (i < n && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>' && html[i] !== '=') i++;
      if (!closing && /^on/i.test(html.slice(attributeStart, attributeStart + 2))) splice(attributeStart, DEFUSED);
      while (i < n && isSpace(html[i])) i++;
      if (html[i] !== '=') continue;
      i++;
      while (i < n && isSpace(html[i])) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const end = html.indexOf(quote, i + 1);
        i = end < 0 ? n : end + 1;
      } else {
        while (i < n && !isSpace(html[i]) && html[i] !== '>') i++;
      }
    }
    if (closing) {
      // End tags follow SVG/MathML rules wherever such an element is open: they close the
      // nearest open one of the same name; </p> and </br> end the SVG or MathML content.
      if (open.length && (name === 'p' || name === 'br') && inForeign()) open.length = 0;
      else {
        const at = open.map(({ name: opened }) => opened).lastIndexOf(name);
        if (at >= 0) open.length = at;
      }
      continue;
    }
    if (inForeign()) {
      if (BREAKOUT.has(name)) {
        open.length = 0;
      } else {
        const { root } = open[open.length - 1];
        if (!selfClosing) open.push({ name, root, integration: INTEGRATION[root].has(name) });
        continue;
      }
    }
    if (name === 'svg' || name === 'math') {
      if (!selfClosing) open.push({ name, root: name, integration: false });
      continue;
    }
    if (name === 'plaintext') break;
    // Text up to the element's own end tag (in SVG or MathML, <style> and <script> hold markup).
    if (TEXT_CONTENT.has(name)) {
      const end = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi');
      end.lastIndex = i;
      const match = end.exec(html);
      i = match ? match.index : n;
    }
  }
  out.push(html.slice(copied));
  return out.join('');
}

/**
 * Parses CMS HTML into an inert document (html-policy.ts), its event-handler attributes renamed
 * first: Chromium reports a CSP violation for each handler it parses, even there.
 */
export function parseHtml(html: string): Document {
  return parseDocument(defuseMarkup(html), 'text/html');
}

/** Parses XML (a feed) the same way; XHTML content in a feed holds HTML elements. */
export function parseXml(xml: string): Document {
  return parseDocument(defuseMarkup(xml, { base: false }), 'application/xml');
}
