// Embedded video players: which <iframe> a body or an article's video may keep, and the
// attributes each gets. Apart from the sanitizer, so that the article can check its video
// without loading DOMPurify.

/**
 * Whether `url` is an absolute https URL on one of `hosts` (video players allowed to be embedded).
 * A relative or protocol-relative URL (`//www.youtube-nocookie.com/…`) is refused: on an http page
 * it would load over http.
 */
export function isAllowedFrame(url: string | null | undefined, hosts: readonly string[]): boolean {
  if (!url || !hosts.length || !/^\s*https:/i.test(url)) return false;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' && hosts.includes(parsed.hostname.toLowerCase());
  } catch {
    return false;
  }
}

/** The attributes every embedded player gets: no top navigation, no forms, lazy, no referrer path. */
export const FRAME_ATTRIBUTES = {
  sandbox: 'allow-scripts allow-same-origin allow-presentation allow-popups',
  allow: 'fullscreen; picture-in-picture; encrypted-media',
  referrerpolicy: 'strict-origin-when-cross-origin',
  loading: 'lazy',
} as const;

/** Gives a body's `<iframe>` FRAME_ATTRIBUTES (the article's own player has them in its template). */
export function hardenFrame(frame: Element): void {
  for (const [name, value] of Object.entries(FRAME_ATTRIBUTES)) frame.setAttribute(name, value);
}
