// A feed's text as an XML document, read as far as it goes, as feed readers do. First as the XML
// it claims to be (DOMParser: an XML document of its own, nothing runs); then repaired of the
// faults legacy feeds are known for (a BOM or blank before `<?xml`, a declaration after a comment,
// bare `&` and HTML entities, control characters, undeclared prefixes, a truncated last tag);
// and last, like feedparser's loose parser, by the browser's HTML tokenizer (which never fails),
// its elements rebuilt as XML with their namespaces. HTML pages, JSON and text are no feed.

import { NewsError } from '../base/errors.js';
import { parseHtml, parseXml } from '../security/defuse.js';
import { decodeEntities } from './text.js';

const XMLNS = 'http://www.w3.org/2000/xmlns/';
const XML = 'http://www.w3.org/XML/1998/namespace';

/** The usual URIs of the prefixes feeds use without declaring them. */
const KNOWN_PREFIXES: Record<string, string> = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  media: 'http://search.yahoo.com/mrss/',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  slash: 'http://purl.org/rss/1.0/modules/slash/',
  wfw: 'http://wellformedweb.org/CommentAPI/',
  georss: 'http://www.georss.org/georss',
  xhtml: 'http://www.w3.org/1999/xhtml',
};
const undeclared = (prefix: string) => KNOWN_PREFIXES[prefix.toLowerCase()] ?? `urn:x-undeclared:${prefix}`;

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

const failed = (document: Document) => document.getElementsByTagName('parsererror').length > 0;


/** Bare `&`, and HTML's named entities that XML lacks, made XML. */
function repairEntities(xml: string): string {
  return xml.replace(/&(#\d+;|#x[\da-f]+;|([a-z][a-z\d]*);)?/gi, (whole, ref: string | undefined, name: string | undefined) => {
    if (!ref) return '&amp;';
    if (!name || XML_ENTITIES.has(name)) return whole;
    const decoded = decodeEntities(whole);
    return decoded === whole ? `&amp;${name};` : `&#${decoded.codePointAt(0)};`;
  });
}

/** Declares, on the root element, the prefixes a feed uses but never declares. */
function declarePrefixes(xml: string): string {
  const declared = new Set([...xml.matchAll(/\sxmlns:([\w.-]+)\s*=/g)].map((m) => m[1]));
  const used = new Set([...xml.matchAll(/<\/?([A-Za-z_][\w.-]*):[A-Za-z_]/g), ...xml.matchAll(/\s([A-Za-z_][\w.-]*):[\w.-]+\s*=/g)].map((m) => m[1]));
  const missing = [...used].filter((prefix) => !declared.has(prefix) && prefix !== 'xml' && prefix !== 'xmlns');
  if (!missing.length) return xml;
  const declarations = missing.map((prefix) => ` xmlns:${prefix}="${undeclared(prefix)}"`).join('');
  // The root: the first start tag that is not a declaration, comment, processing instruction or doctype.
  return xml.replace(/<([A-Za-z_][\w.:-]*)/, (tag) => tag + declarations);
}

/** The faults of legacy feeds that are safe to repair in the text. */
function repair(xml: string): string {
  let text = xml
    // An XML declaration anywhere but at the start (feedparser's own test files put comments before it).
    .replace(/(?!^)<\?xml\s[^>]*\?>/g, '')
    // Characters XML 1.0 forbids (form feeds, NULs, escape sequences pasted from terminals).
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
  text = declarePrefixes(repairEntities(text));
  // A file cut off inside its last end tag (`</rss`).
  if (/<\/[\w.:-]+\s*$/.test(text)) text += '>';
  return text;
}

/** Markup as HTML's tokenizer should see it: CDATA as text, every element a neutral custom one (no `<link>` void, no `<title>` RCDATA). */
function neutralise(xml: string): string {
  return xml
    .replace(/<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>/i, '')
    .replace(/<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)/g, (_, text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))
    .replace(/<(\/?)([A-Za-z_][\w.:-]*)/g, '<$1x-$2');
}

/** One element of the HTML parse, rebuilt as an XML element with its namespace, and its subtree. */
function rebuild(source: Element, target: XMLDocument, scope: ReadonlyMap<string, string>): Element | undefined {
  const qualified = source.localName.replace(/^x-/, '');
  const inner = new Map(scope);
  for (const { name, value } of source.attributes) {
    if (name === 'xmlns') inner.set('', value);
    else if (name.startsWith('xmlns:')) inner.set(name.slice(6), value);
  }
  const colon = qualified.indexOf(':');
  const prefix = colon > 0 ? qualified.slice(0, colon) : '';
  let element: Element;
  try {
    element = target.createElementNS(prefix ? (inner.get(prefix) ?? undeclared(prefix)) : (inner.get('') ?? null), qualified);
  } catch {
    return undefined; // not a name XML allows (`<a:b:c>`): left out
  }
  for (const { name, value } of source.attributes) {
    try {
      if (name === 'xmlns' || name.startsWith('xmlns:')) element.setAttributeNS(XMLNS, name, value);
      else if (name.startsWith('xml:')) element.setAttributeNS(XML, name, value);
      else if (name.includes(':')) element.setAttributeNS(inner.get(name.split(':')[0]) ?? undeclared(name.split(':')[0]), name, value);
      else element.setAttribute(name, value);
    } catch {
      // an attribute name XML does not allow: left out
    }
  }
  for (let child = source.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE) element.append(target.createTextNode(child.nodeValue ?? ''));
    else if (child instanceof Element) {
      const rebuilt = rebuild(child, target, inner);
      if (rebuilt) element.append(rebuilt);
    }
  }
  return element;
}

/** The lenient last reading: HTML's tokenizer, which reads anything, then the elements rebuilt as XML. */
function readLoosely(xml: string): Document | undefined {
  const html = parseHtml(neutralise(xml));
  const roots = [...html.body.children];
  const root = roots.find((element) => /^x-(rss|feed|rdf:rdf|channel)$/i.test(element.localName)) ?? roots[0];
  if (!root) return undefined;
  const document = window.document.implementation.createDocument(null, null);
  const element = rebuild(root, document, new Map([['xml', XML]]));
  if (!element) return undefined;
  document.append(element);
  return document;
}

/** The feed as a document, read as far as it goes; a `parse` error when the answer is no XML at all. */
export function parseFeedXml(answer: string, url: string): Document {
  // A BOM or white space before the first tag.
  const text = answer.replace(/^[\ufeff\s]+/, '');
  if (/^(<!--[\s\S]*?-->\s*)*(<!doctype html|<html)/i.test(text)) throw new NewsError('parse', 'The answer is an HTML page, not a feed: a login or error page?', { url });
  if (!text.startsWith('<')) throw new NewsError('parse', `The answer is not XML (it begins with "${text.slice(0, 20)}")`, { url });
  let document = parseXml(text);
  if (!failed(document)) return document;
  document = parseXml(repair(text));
  if (!failed(document)) return document;
  const loose = readLoosely(text);
  if (loose) return loose;
  throw new NewsError('parse', 'The feed is not XML: no element could be read', { url });
}
