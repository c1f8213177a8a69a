// Article bodies: CMS HTML through DOMPurify (loaded with the first body: see load-sanitizer.ts) (a private instance, so the page's own DOMPurify
// hooks and ours never mix). The result reaches the page as nodes, never as an HTML string
// assigned by our code: that is what lets the elements run under Trusted Types.

import DOMPurify, { type Config } from 'dompurify';
import { nextTask } from '../data/next-task.js';
import { hardenFrame, isAllowedFrame } from './frames.js';
import { DEFUSED, defuseMarkup } from './defuse.js';
import { parseHtml } from './html-policy.js';
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
    node.loading = 'lazy';
    node.decoding = 'async';
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
 * Sanitizes CMS HTML into `container`. A large body is parsed once (inertly), then sanitized and
 * moved over in slices of about one frame each, yielding between them, so that a 5 MB body does
 * not freeze the page.
 */
export async function sanitizeBodyInto(container: HTMLElement, html: string, options: BodyOptions, signal?: AbortSignal): Promise<void> {
  if (html.length < LARGE_BODY) {
    container.append(sanitizeBody(html, options));
    return;
  }
  container.classList.add('large');
  const parsed = parseHtml(html);
  const source = parsed.body;
  while (source.firstChild) {
    signal?.throwIfAborted();
    const started = performance.now();
    while (source.firstChild && performance.now() - started < 12) {
      const slice = parsed.createElement('div');
      while (source.firstChild && slice.childNodes.length < 25) slice.append(source.firstChild);
      purifyWith(options, (settings) => purify.sanitize(slice, { ...settings, IN_PLACE: true }));
      wrapTables(slice, options.tableLabel);
      container.append(...slice.childNodes);
    }
    await nextTask();
  }
}

export const sanitizerVersion: string = purify.version;
