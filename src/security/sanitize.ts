// Article bodies: CMS HTML through DOMPurify (a private instance, so the page's own DOMPurify
// hooks and ours never mix), returned as a DocumentFragment so no HTML string is ever assigned
// by our code: that is what lets the elements run under Trusted Types.

import DOMPurify, { type Config } from 'dompurify';
import { safeLinkUrl, safeMediaUrl, safeSrcset } from './url-policy.js';

const purify = DOMPurify(window);

const config: Config = {
  USE_PROFILES: { html: true },
  // Forms and their controls in a news body are a phishing kit, not content.
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'dialog', 'template', 'slot'],
  FORBID_ATTR: ['autofocus', 'formaction', 'ping'],
  ADD_ATTR: ['target'],
  RETURN_DOM_FRAGMENT: true,
};

/** Declarations that would let body CSS leave the article box or cover the portal. */
const ESCAPING_CSS = ['position', 'inset', 'top', 'left', 'right', 'bottom', 'z-index', 'transform', 'translate'];

purify.addHook('afterSanitizeAttributes', (node) => {
  if (!(node instanceof Element)) return;
  for (const name of ['href', 'xlink:href', 'action', 'cite']) {
    const value = node.getAttribute(name);
    if (value !== null && !safeLinkUrl(value) && !value.startsWith('#')) node.removeAttribute(name);
  }
  for (const name of ['src', 'poster', 'background']) {
    const value = node.getAttribute(name);
    if (value !== null && !safeMediaUrl(value)) node.removeAttribute(name);
  }
  const srcset = node.getAttribute('srcset');
  if (srcset !== null && !safeSrcset(srcset)) node.removeAttribute('srcset');

  if (node.hasAttribute('target')) {
    if (node.getAttribute('target') === '_blank') node.setAttribute('rel', 'noopener noreferrer');
    else node.removeAttribute('target');
  }
  if (node instanceof HTMLAnchorElement && node.hasAttribute('href') && /^\s*https?:/i.test(node.getAttribute('href')!)) {
    node.setAttribute('rel', 'noopener noreferrer');
  }
  if (node instanceof HTMLElement && node.hasAttribute('style')) {
    for (const property of ESCAPING_CSS) node.style.removeProperty(property);
    if (!node.getAttribute('style')?.trim()) node.removeAttribute('style');
  }
  if (node instanceof HTMLImageElement) {
    node.loading = 'lazy';
    node.decoding = 'async';
  }
});

/**
 * Sanitizes CMS HTML into a fragment ready to insert. Tables are wrapped in a labelled,
 * focusable region so that a wide one scrolls sideways instead of widening the page.
 */
export function sanitizeBody(html: string, tableLabel: string): DocumentFragment {
  const fragment = purify.sanitize(html, config) as unknown as DocumentFragment;
  for (const table of fragment.querySelectorAll('table')) {
    const region = document.createElement('div');
    region.className = 'table-scroll';
    region.tabIndex = 0;
    region.setAttribute('role', 'region');
    region.setAttribute('aria-label', tableLabel);
    table.replaceWith(region);
    region.append(table);
  }
  return fragment;
}

export const sanitizerVersion: string = purify.version;
