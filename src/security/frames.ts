// Embedded video players: which <iframe> a body or an article's video may keep, and the
// attributes each gets. Apart from the sanitizer, so that the article can check its video
// without loading DOMPurify.

/** Whether `url` is an https URL on one of `hosts` (video players allowed to be embedded). */
export function isAllowedFrame(url: string | null | undefined, hosts: readonly string[]): boolean {
  if (!url || !hosts.length) return false;
  try {
    const parsed = new URL(url, 'https://relative.invalid/');
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
