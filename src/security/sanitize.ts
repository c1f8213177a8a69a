// Article bodies: CMS HTML through DOMPurify (loaded with the first body: see load-sanitizer.ts) (a private instance, so the page's own DOMPurify
// hooks and ours never mix). The result reaches the page as nodes, never as an HTML string
// assigned by our code: that is what lets the elements run under Trusted Types.

import DOMPurify, { type Config } from 'dompurify';
import { nextTask } from '../base/next-task.js';
import { hardenFrame, isAllowedFrame } from './frames.js';
import { DEFUSED, defuseMarkup, parseHtml } from './defuse.js';
import { allowedImageUrl, safeLinkUrl, safeSrcset } from './url-policy.js';

export { hardenFrame, isAllowedFrame };

const purify = DOMPurify(window);

const config: Config = {
  USE_PROFILES: { html: true },
  // Forms and their controls in a news body are a phishing kit, not content.
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'dialog', 'template', 'slot'],
  FORBID_ATTR: ['autofocus', 'formaction', 'ping'],
  ADD_ATTR: ['target'],
  // A body's ids and names get DOMPurify's "user-content-" prefix: a body's id="attachments-heading"
  // or id="title" cannot take over the widget's own (the article's shadow root holds both).
  SANITIZE_NAMED_PROPS: true,
};

const BODY_PREFIX = 'user-content-';
/** Attributes that name ids of the same tree (their targets got the prefix): prefixed alike. */
const ID_REFERENCES = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-details', 'aria-flowto', 'aria-activedescendant', 'for', 'headers', 'list'];

/** An id reference of the body, prefixed like the ids it points at. */
const prefixed = (id: string) => (id.startsWith(BODY_PREFIX) ? id : `${BODY_PREFIX}${id}`);

/** Bodies longer than this (characters) are sanitized in slices between which the page can breathe. */
export const LARGE_BODY = 100_000;

/** Host names whose `<iframe>`s a body may keep, for the sanitization under way (empty: none). */
let frameHosts: readonly string[] = [];
/** The image-hosts allow-list of the sanitization under way (empty: any http(s) host). */
let imageHosts: readonly string[] = [];
/** The URL of the answer the body under way came from, when its relative URLs are relative to it (see BodyOptions.baseUrl). */
let bodyBase: string | undefined;

/** A relative URL of the body made absolute against bodyBase; absolute ones and fragments stay. */
function resolved(url: string): string {
  if (!bodyBase || url.startsWith('#') || /^[a-z][a-z\d+.-]*:/i.test(url.trim())) return url;
  try {
    return new URL(url.trim(), bodyBase).href;
  } catch {
    return url;
  }
}


purify.addHook('uponSanitizeElement', (node, data) => {
  if (data.tagName === 'iframe' && node instanceof Element && !isAllowedFrame(node.getAttribute('src'), frameHosts)) {
    node.remove();
  }
});

/** Declarations that would let body CSS leave the article box or cover the portal. */
const ESCAPING_CSS = ['position', 'inset', 'top', 'left', 'right', 'bottom', 'z-index', 'transform', 'translate'];

purify.addHook('afterSanitizeAttributes', (node) => {
  if (!(node instanceof Element)) return;
  if (bodyBase) {
    for (const name of ['href', 'src', 'poster', 'cite']) {
      const value = node.getAttribute(name);
      if (value !== null && value.trim() !== '') node.setAttribute(name, resolved(value));
    }
    const candidates = node.getAttribute('srcset');
    if (candidates) node.setAttribute('srcset', candidates.split(',').map((candidate) => candidate.trim().replace(/^\S+/, (url) => resolved(url))).join(', '));
  }
  for (const name of ['href', 'xlink:href', 'action', 'cite']) {
    const value = node.getAttribute(name);
    if (value !== null && !safeLinkUrl(value) && !value.startsWith('#')) node.removeAttribute(name);
  }
  // In-body links and references follow the prefixed ids (#section → #user-content-section).
  for (const name of ['href', 'usemap']) {
    const value = node.getAttribute(name);
    if (value !== null && value.startsWith('#') && value.length > 1) node.setAttribute(name, `#${prefixed(value.slice(1))}`);
  }
  for (const name of ID_REFERENCES) {
    const value = node.getAttribute(name);
    if (value !== null) node.setAttribute(name, value.split(/\s+/).filter(Boolean).map(prefixed).join(' '));
  }
  // Images and media: the URL policy, and the image-hosts list (an iframe has its own, video-hosts).
  const hosts = node instanceof HTMLIFrameElement ? [] : imageHosts;
  for (const name of ['src', 'poster', 'background']) {
    const value = node.getAttribute(name);
    if (value !== null && !allowedImageUrl(value, hosts)) node.removeAttribute(name);
  }
  const srcset = node.getAttribute('srcset');
  if (srcset !== null && !safeSrcset(srcset, hosts)) node.removeAttribute('srcset');

  if (node.hasAttribute('target')) {
    if (node.getAttribute('target') === '_blank') node.setAttribute('rel', 'noopener noreferrer');
    else node.removeAttribute('target');
  }
  if (node instanceof HTMLAnchorElement && node.hasAttribute('href') && /^\s*https?:/i.test(node.getAttribute('href')!)) {
    node.setAttribute('rel', 'noopener noreferrer');
  }
  if (node instanceof HTMLElement && node.hasAttribute('style')) cleanStyle(node.style);
  if (node.getAttribute('style')?.trim() === '') node.removeAttribute('style');
  if (node instanceof HTMLIFrameElement) hardenFrame(node);
  if (node instanceof HTMLImageElement) {
    // Attributes, not the properties: the same in a browser, and written out by a server's DOM too.
    node.setAttribute('loading', 'lazy');
    node.setAttribute('decoding', 'async');
  }
});

/**
 * The URLs a declaration's value loads, as the browser serializes it (escapes resolved:
 * `u\72 l(` is `url(`): every url(), and the strings of image-set() that stand for URLs.
 */
function urlsOf(value: string): string[] {
  const urls = [...value.matchAll(/url\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^)\s]*))\s*\)/gi)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
  for (const set of value.matchAll(/image-set\(([^]*?)\)(?![^(]*\))/gi)) {
    for (const string of set[1].matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g)) urls.push(string[1] ?? string[2] ?? '');
  }
  return urls.map((url) => url.replace(/\\(.)/g, '$1'));
}

/**
 * Inline CSS as the browser understood it (unknown and legacy properties such as -o-link or
 * behavior fall away), without positioning that could leave the article box, without custom
 * properties (their value is kept as written, escapes and all, and var() would bring it into a
 * background past any check), and without any URL outside the image policy and image-hosts.
 */
function cleanStyle(style: CSSStyleDeclaration): void {
  for (const property of ESCAPING_CSS) style.removeProperty(property);
  for (const property of [...style]) {
    if (property.startsWith('--')) {
      style.removeProperty(property);
      continue;
    }
    const value = style.getPropertyValue(property);
    if (urlsOf(value).some((url) => !allowedImageUrl(url, imageHosts))) style.removeProperty(property);
  }
  // Writing the serialization back drops whatever the browser did not parse.
  style.cssText = style.cssText;
}

purify.addHook('uponSanitizeAttribute', (_node, data) => {
  if (data.attrName.startsWith(DEFUSED)) data.keepAttr = false;
});

/** Wraps tables in a labelled, focusable region, so a wide one scrolls sideways instead of widening the page. */
function wrapTables(root: ParentNode, label: string): void {
  for (const table of root.querySelectorAll('table')) {
    if (table.parentElement?.classList.contains('table-scroll')) continue;
    const region = document.createElement('div');
    region.className = 'table-scroll';
    region.tabIndex = 0;
    region.setAttribute('role', 'region');
    region.setAttribute('aria-label', label);
    table.replaceWith(region);
    region.append(table);
  }
}

export interface BodyOptions {
  /** The label of the scrolling region around each table. */
  tableLabel: string;
  /** Host names of video players whose `<iframe>`s may stay (https only). None by default. */
  videoHosts?: readonly string[];
  /** Host names images (img, srcset, source, CSS) may come from besides the page's own origin; empty: any http(s) host. */
  imageHosts?: readonly string[];
  /**
   * The URL of the answer the body came from, when its relative URLs mean that server (a
   * WordPress body's `/wp-content/…` image, with the page on another origin): they are made absolute.
   */
  baseUrl?: string;
}

/** Runs DOMPurify with the iframe allow-list of this call. */
function purifyWith<T>(options: BodyOptions, run: (settings: Config) => T): T {
  frameHosts = (options.videoHosts ?? []).map((host) => host.toLowerCase());
  bodyBase = options.baseUrl;
  imageHosts = options.imageHosts ?? [];
  try {
    return run(frameHosts.length ? { ...config, ADD_TAGS: ['iframe'], ADD_ATTR: [...(config.ADD_ATTR as string[]), 'allowfullscreen'] } : config);
  } finally {
    frameHosts = [];
    bodyBase = undefined;
    imageHosts = [];
  }
}

/** The element an article body is shown in, made in `doc` (the page's; on a server, its DOM's). */
export function bodyContainer(doc: Document): HTMLElement {
  const body = doc.createElement('div');
  body.className = 'body';
  body.setAttribute('part', 'body');
  // Content runs in its own direction (English news on an Arabic page, say).
  body.dir = 'auto';
  return body;
}

/** The sources of a body's images, as written (the article shows its featured image once). */
export function imageSources(body: ParentNode): string[] {
  return [...body.querySelectorAll('img')].map((img) => img.getAttribute('src') ?? '');
}

/** Sanitizes CMS HTML into a fragment ready to insert. */
export function sanitizeBody(html: string, options: BodyOptions): DocumentFragment {
  // A document-level payload (a <frameset>, say) leaves no body: nothing to show.
  const fragment =
    (purifyWith(options, (settings) => purify.sanitize(defuseMarkup(html), { ...settings, RETURN_DOM_FRAGMENT: true })) as unknown as DocumentFragment | null) ??
    document.createDocumentFragment();
  wrapTables(fragment, options.tableLabel);
  return fragment;
}

/**
 * Slicing a large body. A slice is a run of sibling nodes, at whatever depth, sanitized together
 * (DOMPurify in place, in a <div> of the inert document) and then moved into the page; slices
 * follow one another for SLICE_MS, then the page gets its turn (a frame, input) before the next.
 * An element holding more than BIG_ELEMENT nodes is not sliced whole: it is "opened", sanitized
 * alone (a copy without its children, holding a marker), and its children are sliced into the
 * sanitized copy, wherever DOMPurify left the marker: inside the copy when the element is kept, in
 * its parent when only its content is (an unknown tag), nowhere when its content is dropped too
 * (the marker with it: <noscript>, say). So a body nested ten <div>s deep is sliced as finely as a
 * flat one, and every element goes through DOMPurify's own decision, with the same hooks.
 */
const SLICE_MS = 8;
/** Nodes per DOMPurify call (each call reads its configuration again: not one per node). */
const SLICE_NODES = 200;
/** Elements with more nodes than this (elements and text, counted up to it) are opened. */
const BIG_ELEMENT = 400;
/**
 * Bodies longer than this (characters, about 20 MB of text) are cut there. Parsing (the defuser,
 * then DOMParser) is the one step that cannot be sliced: about 15 ms per MB in Chromium; past this
 * it would hold the page for a third of a second, and the DOM would take hundreds of MB.
 */
export const MAX_BODY = 20_000_000;
/** The marker of an opened element's children: a text node DOMPurify keeps as text, where it keeps the content. */
const MARKER = '\u2063news-elements-slice\u2063';
/** Only HTML elements are opened: foreign content (SVG, MathML) is checked by namespace against its parent, so it is sanitized whole. */
const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * The inert document's own members, from Document.prototype: a body's `<img name="body">` or
 * `<form name="createElement">` shadows them on the document itself (named properties override
 * built-ins on Document), as DOMPurify knows.
 */
function documentMember<K extends keyof Document>(name: K): PropertyDescriptor {
  for (let proto: object | null = Document.prototype; proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return descriptor;
  }
  throw new Error(`Document has no ${name}`);
}
const bodyOf = documentMember('body').get as (this: Document) => HTMLElement | null;
const createElementIn = documentMember('createElement').value as (this: Document, name: string) => HTMLElement;
const createTextIn = documentMember('createTextNode').value as (this: Document, data: string) => Text;
const createWalkerIn = documentMember('createTreeWalker').value as (this: Document, root: Node, show: number) => TreeWalker;

/** The nodes of `node`'s subtree (itself included), counted up to `limit`. */
function nodesUpTo(node: Node, limit: number): number {
  let count = 0;
  let current: Node | null = node;
  while (current && count < limit) {
    count += 1;
    if (current.firstChild) {
      current = current.firstChild;
      continue;
    }
    while (current && current !== node && !current.nextSibling) current = current.parentNode;
    current = current === node || !current ? null : current.nextSibling;
  }
  return count;
}

/**
 * Whether a node of `size` nodes (nodesUpTo … BIG_ELEMENT + 1) is an element to open. Not a
 * <form>: its named controls can clobber its DOM properties (<input name="attributes">), which
 * makes DOMPurify drop it with all it holds; a copy without them would be judged on its own.
 */
const opens = (node: Node, size: number): node is Element =>
  size > BIG_ELEMENT && node instanceof Element && node.namespaceURI === HTML_NS && !(node instanceof HTMLFormElement);
const sizeOf = (node: Node) => nodesUpTo(node, BIG_ELEMENT + 1);

/**
 * Where an image may not show: in an element DOMPurify drops with its content (its
 * FORBID_CONTENTS that are not allowed tags here, and an element whose `is` it removes), and in a
 * <form>, which it drops whole when its controls clobber it. Images there are not counted (a
 * featured image that is only there, rare in news, shows twice at worst).
 */
const DROPPED_WITH_CONTENT = [
  ...['annotation-xml', 'desc', 'foreignobject', 'math', 'mi', 'mn', 'mo', 'ms', 'mtext', 'noembed', 'noframes', 'noscript'],
  ...['plaintext', 'script', 'selectedcontent', 'style', 'svg', 'title', 'xmp', 'form', '[is]'],
].join(', ');

/** The image sources a large body says up front, at most (past them, a featured image may show twice). */
const IMAGE_SOURCES = 1000;

/**
 * The sources the images of a large body (in the inert document) will have once sanitized, as
 * imageSources reads them: its images past the first screen are not in yet when it is shown.
 * Copies of the images, without what they hold, go through DOMPurify together, one per source
 * (a data: URL, which the URL policy drops, is not copied), up to IMAGE_SOURCES of them.
 */
function imageSourcesToCome(parsed: Document, body: HTMLElement, options: BodyOptions): string[] {
  const images = createElementIn.call(parsed, 'div');
  const seen = new Set<string>();
  // A live collection, read only as far as the sources counted.
  const all = body.getElementsByTagName('img');
  for (let i = 0; i < all.length && seen.size < IMAGE_SOURCES; i += 1) {
    const img = all[i];
    const src = img.getAttribute('src');
    if (src === null || seen.has(src) || /^\s*data:/i.test(src)) continue;
    // (The body element itself is not sanitized, only what it holds: a stray <body is="…"> in the HTML gives it that attribute.)
    const dropped = img.closest(DROPPED_WITH_CONTENT);
    if (dropped && dropped !== body && body.contains(dropped)) continue;
    seen.add(src);
    images.append(img.cloneNode(false));
  }
  purifyWith(options, (settings) => purify.sanitize(images, { ...settings, IN_PLACE: true, RETURN_DOM_FRAGMENT: true }));
  return imageSources(images);
}

/** Where slices of one source parent go: its children are taken from `source` and land in `target`. */
interface Level {
  source: ParentNode;
  target: ParentNode;
}

/**
 * Sanitizes one slice: `nodes` (siblings, taken out of the inert document), or an opened
 * element's copy. Appends what DOMPurify keeps to `target`; for an opened element, returns where
 * its children go (undefined: nowhere, they are dropped with it).
 */
function sanitizeSlice(parsed: Document, nodes: Node[], target: ParentNode, options: BodyOptions, opened?: Element): ParentNode | undefined {
  const slice = createElementIn.call(parsed, 'div');
  let marker: Text | undefined;
  if (opened) {
    const copy = opened.cloneNode(false) as Element;
    marker = createTextIn.call(parsed, MARKER);
    copy.append(marker);
    slice.append(copy);
  } else {
    slice.append(...nodes);
  }
  // RETURN_DOM_FRAGMENT changes nothing in place but one decision, as sanitizeBody makes it: an
  // element whose `is` attribute goes is dropped (not kept with is="").
  purifyWith(options, (settings) => purify.sanitize(slice, { ...settings, IN_PLACE: true, RETURN_DOM_FRAGMENT: true }));
  wrapTables(slice, options.tableLabel);
  let into: ParentNode | undefined;
  if (marker) {
    // DOMPurify moves (or copies) a removed element's content up: look for the marker's text.
    const walker = createWalkerIn.call(parsed, slice, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      if ((text as Text).data !== MARKER) continue;
      const parent = text.parentNode!;
      (text as Text).remove();
      into = parent === slice ? target : parent;
      break;
    }
  }
  target.append(...slice.childNodes);
  return into;
}

/** Whether `element`'s directionality is right-to-left (false where :dir() is not known). */
function matchesRtl(element: Element): boolean {
  try {
    return element.matches(':dir(rtl)');
  } catch {
    return false;
  }
}

/**
 * Sanitizes CMS HTML into `container`. A large body (LARGE_BODY characters or more) is parsed once
 * (inertly), then sanitized and moved over in slices at any depth (see SLICE_MS), yielding to the
 * page between them. It resolves as soon as the first slices are in (the first screen), and the
 * rest follows in the container while it is shown: `aria-busy="true"` on the container until the
 * body is whole. A body over MAX_BODY characters is cut there (with a console warning).
 * An abort before the first slices rejects; one after stops the filling. Resolves with the
 * sources of the body's images, those still to come included (the article shows its featured
 * image once).
 */
export async function sanitizeBodyInto(container: HTMLElement, html: string, options: BodyOptions, signal?: AbortSignal): Promise<string[]> {
  if (html.length < LARGE_BODY) {
    const fragment = sanitizeBody(html, options);
    const images = imageSources(fragment);
    container.append(fragment);
    return images;
  }
  if (html.length > MAX_BODY) {
    console.warn(`news-elements: an article body of ${html.length.toLocaleString('en')} characters is cut at ${MAX_BODY.toLocaleString('en')}`);
    html = html.slice(0, MAX_BODY);
  }
  container.classList.add('large');
  container.setAttribute('aria-busy', 'true');
  // Parsing is the one step that cannot be sliced: in a task of its own, not after the JSON's.
  await nextTask();
  signal?.throwIfAborted();
  const parsed = parseHtml(html);
  const body = bodyOf.call(parsed);
  // A document-level payload (a <frameset>, say) leaves no body: nothing to show.
  const levels: Level[] = body ? [{ source: body, target: container }] : [];
  const images = body ? imageSourcesToCome(parsed, body, options) : [];

  /** Slices for SLICE_MS, and on until `least` nodes of content are in; false when the body is whole. */
  const work = (least = 0): boolean => {
    const deadline = performance.now() + SLICE_MS;
    let done = 0;
    while (levels.length && (performance.now() < deadline || done < least)) {
      const level = levels[levels.length - 1];
      const first = level.source.firstChild;
      if (!first) {
        levels.pop();
        continue;
      }
      if (opens(first, sizeOf(first))) {
        first.remove();
        const into = sanitizeSlice(parsed, [], level.target, options, first);
        if (into) levels.push({ source: first, target: into });
        continue;
      }
      // A run of siblings up to SLICE_NODES nodes, up to the next element to open.
      const nodes: Node[] = [];
      let weight = 0;
      for (let node = level.source.firstChild; node && weight < SLICE_NODES; node = level.source.firstChild) {
        const size = sizeOf(node);
        if (nodes.length && opens(node, size)) break;
        weight += size;
        node.remove();
        nodes.push(node);
      }
      sanitizeSlice(parsed, nodes, level.target, options);
      done += weight;
    }
    return levels.length > 0;
  };

  signal?.throwIfAborted();
  // The first screen: at least one slice of content, however long opening the way to it took.
  if (!work(SLICE_NODES)) {
    container.removeAttribute('aria-busy');
    return images;
  }
  // The first screen is in: the caller shows the container; the rest fills it meanwhile. A
  // dir="auto" container takes the direction its first screen gives until it is whole: WebKit
  // works dir=auto out again over the whole body for every slice that arrives (a 5 MB body took
  // 55 s instead of 9). What follows a first strong letter cannot change the direction; without
  // one in the first screen it is ltr until the body is whole, and auto again then.
  const auto = container.getAttribute('dir') === 'auto';
  if (auto) container.dir = matchesRtl(container) ? 'rtl' : 'ltr';
  const finish = () => {
    if (auto) container.dir = 'auto';
    container.removeAttribute('aria-busy');
  };
  void (async () => {
    try {
      do {
        await nextTask();
        if (signal?.aborted) return;
      } while (work());
      finish();
    } catch (error) {
      finish();
      console.error('news-elements: the rest of a large article body could not be shown', error);
    }
  })();
  return images;
}

