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

/** Whether every candidate of a `srcset` is a safe media URL. */
export function safeSrcset(srcset: string): boolean {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0])
    .every((url) => url === '' || safeMediaUrl(url) !== undefined);
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
