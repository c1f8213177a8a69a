// URL helpers the content systems' adapters share (Strapi, Drupal). Here, not in template.ts:
// they load with those adapters, not with every page.
import type { TemplateValues } from '../template.js';

/**
 * Adds a content system's query parameters to a `src` that may carry some of its own. The page's
 * choices win (a `sort` or `populate` it sets, in any form: `sort=…` or `sort[0]=…`), except for
 * paging and filters, which are ours: every `paging` parameter of `src` goes (a server refuses two
 * kinds of paging at once), and ours of the `paging` and `filters` families are always set.
 * Brackets and the like stay readable in the URL (`filters[category][slug][$eq]`).
 */
export function withCmsParams(url: string, params: TemplateValues, ours: { paging: string; filters: string }): string {
  const [path, query = ''] = url.split('?');
  const search = new URLSearchParams(query);
  const keys = [...search.keys()];
  const owned = (name: string) => name.startsWith(ours.paging) || name.startsWith(ours.filters);
  if (Object.keys(params).some((name) => name.startsWith(ours.paging))) for (const key of keys) if (key.startsWith(ours.paging)) search.delete(key);
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    const setBySrc = keys.some((key) => key === name || key.startsWith(`${name}[`));
    if (!setBySrc || owned(name)) search.set(name, String(value));
  }
  const text = search.toString().replace(/%5B/gi, '[').replace(/%5D/gi, ']').replace(/%24/g, '$').replace(/%3A/gi, ':').replace(/%2C/gi, ',');
  return text ? `${path}?${text}` : path;
}

/**
 * Resolves root-relative URLs of an answer (`/uploads/a.jpg`) on the server that `src` names, not
 * the page; with a relative `src` (same server as the page), URLs stay as they are.
 */
export function onServerOf(src: string): (url: string) => string {
  if (!/^[a-z][a-z\d+.-]*:|^\/\//i.test(src)) return (url) => url;
  const { origin } = new URL(src, globalThis.location?.href ?? 'https://relative.invalid/');
  return (url) => (url.startsWith('/') && !url.startsWith('//') ? `${origin}${url}` : url);
}

