// One URL policy for every URL that reaches the page: links may be http(s), relative or mailto;
// media (images, video, posters, attachments) may be http(s) or relative. Everything else
// (javascript:, data:, vbscript:, blob: …) is dropped.

const BASE = 'https://relative.invalid/';

function scheme(url: string): string | undefined {
  try {
    // The URL parser strips the tabs, newlines and control characters browsers ignore in a scheme.
    return new URL(url, BASE).protocol;
  } catch {
    return undefined;
  }
}

/** A URL that is safe to navigate to, or undefined. */
export function safeLinkUrl(url: string | undefined | null): string | undefined {
  if (typeof url !== 'string' || url.trim() === '') return undefined;
  const protocol = scheme(url.trim());
  return protocol === 'http:' || protocol === 'https:' || protocol === 'mailto:' ? url.trim() : undefined;
}

/** A URL that is safe to load as an image, video or download, or undefined. */
export function safeMediaUrl(url: string | undefined | null): string | undefined {
  if (typeof url !== 'string' || url.trim() === '') return undefined;
  const protocol = scheme(url.trim());
  return protocol === 'http:' || protocol === 'https:' ? url.trim() : undefined;
}

/**
 * An image (or other media) URL the page allows: safe (`safeMediaUrl`), and with an `image-hosts`
 * list, on one of its hosts or on the page's own origin. Without a list, any http(s) host.
 */
export function allowedImageUrl(url: string | undefined | null, hosts?: readonly string[]): string | undefined {
  const safe = safeMediaUrl(url);
  if (!safe || !hosts?.length) return safe;
  try {
    const parsed = new URL(safe, globalThis.location?.href ?? BASE);
    return hosts.includes(parsed.hostname.toLowerCase()) || parsed.origin === globalThis.location?.origin ? safe : undefined;
  } catch {
    return undefined;
  }
}

/** Whether every candidate of a `srcset` is an allowed image URL (see allowedImageUrl). */
export function safeSrcset(srcset: string, hosts?: readonly string[]): boolean {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0])
    .every((url) => url === '' || allowedImageUrl(url, hosts) !== undefined);
}

/** An `image-hosts` attribute as a list of host names (empty: any host). */
export function hostList(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean).map((host) => host.toLowerCase());
}

/**
 * Whether `url` (a next page, a related resource named by an answer) is on the origin of `src`,
 * the endpoint the page configured. Answers must not point the elements at another origin's API.
 */
export function sameOriginAs(url: string, src: string, base = globalThis.location?.href ?? BASE): boolean {
  try {
    return new URL(url, new URL(src, base)).origin === new URL(src, base).origin;
  } catch {
    return false;
  }
}
