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
