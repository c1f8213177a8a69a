// URL templates: `{category}`, `{page}`, `{pageSize}`, `{offset}`, `{id}` in an endpoint are
// replaced, URL-encoded; an endpoint without placeholders gets query parameters instead.

export type TemplateValues = Record<string, string | number | null | undefined>;

const PLACEHOLDER = /\{(\w+)\}/g;

export function hasPlaceholders(template: string): boolean {
  return /\{\w+\}/.test(template);
}

/** Replaces every `{name}` with its URL-encoded value (missing values become empty). */
export function expandTemplate(template: string, values: TemplateValues): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    return value === null || value === undefined ? '' : encodeURIComponent(String(value));
  });
}

/** Appends query parameters (skipping null/undefined) to a relative or absolute URL, before any #hash. */
export function withQuery(url: string, params: TemplateValues): string {
  const hashAt = url.indexOf('#');
  const base = hashAt < 0 ? url : url.slice(0, hashAt);
  const hash = hashAt < 0 ? '' : url.slice(hashAt);
  const query = Object.entries(params)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`)
    .join('&');
  if (!query) return url;
  const joiner = !base.includes('?') ? '?' : base.endsWith('?') || base.endsWith('&') ? '' : '&';
  return `${base}${joiner}${query}${hash}`;
}

/**
 * The URL for a request: the template expanded when it has placeholders, otherwise `params`
 * appended as a query string.
 */
export function endpointUrl(template: string, values: TemplateValues, params: TemplateValues = values): string {
  return hasPlaceholders(template) ? expandTemplate(template, values) : withQuery(template, params);
}

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

