// URL templates: `{category}`, `{page}`, `{pageSize}`, `{offset}`, `{id}` in an endpoint are
// replaced, URL-encoded; an endpoint without placeholders gets query parameters instead.

import { NewsError } from '../base/errors.js';

export type TemplateValues = Record<string, string | number | null | undefined>;

/** Decodes percent-escapes until nothing changes (`%252e` → `%2e` → `.`); undecodable text stays. */
function fullyDecoded(value: string): string {
  let current = value;
  for (let i = 0; i < 5; i++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return current;
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}

/**
 * Whether a value from the page URL (an id, a category) would be a dot segment in a path: `.`,
 * `..` in any encoding (`%2e%2e`, `.%2E`; URL parsers read `%2e` as a dot there). Such a value
 * would move the request up the endpoint's path, to another resource of the API.
 */
export function isDotSegment(value: string): boolean {
  if (!/[.%]/.test(value)) return false;
  const decoded = fullyDecoded(value).trim();
  return decoded !== '' && /^[.\s]+$/.test(decoded);
}

/** Refuses a dot-segment value (`isDotSegment`) as an id or a category that does not exist. */
export function refuseDotSegment(value: string, url: string): void {
  if (isDotSegment(value)) throw new NewsError('not-found', `"${value}" is not an id or a category: it would change the endpoint's path`, { url });
}

const PLACEHOLDER = /\{(\w+)\}/g;

export function hasPlaceholders(template: string): boolean {
  return /\{\w+\}/.test(template);
}

/**
 * Replaces every `{name}` with its URL-encoded value (missing values become empty). A value that
 * would be a dot segment (`..`, `%2e%2e`) is refused: nothing in the page URL moves the request.
 */
export function expandTemplate(template: string, values: TemplateValues): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === null || value === undefined) return '';
    refuseDotSegment(String(value), template);
    return encodeURIComponent(String(value));
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
