// "Back to list" returns to the list the reader came from, as they left it (its tab, its page),
// not to a fresh one: by going back in history when the entry before is that list, else by a
// link to the list's URL as the reader last saw it.

/** The part of the Navigation API read here (Chromium 102+, Safari 26.2+, Firefox 147+). */
interface NavigationLike {
  readonly currentEntry: { readonly index: number } | null;
  entries(): { readonly url: string | null }[];
}

/** Where the list URL a detail page's readers came from is kept, per list page, for the tab's session. */
const STORAGE_PREFIX = 'news-elements:list:';

function withoutQuery(url: URL): string {
  return url.origin + url.pathname;
}

/** `href` resolved against the page, or undefined if it is no URL. */
function resolve(href: string): URL | undefined {
  try {
    return new URL(href, document.baseURI);
  } catch {
    return undefined;
  }
}

/**
 * Whether the history entry before this one is `href` (resolved against the page). The Navigation
 * API says so exactly; without it, the page's referrer must be that URL and the tab must have an
 * entry before this one.
 */
export function previousEntryIs(href: string): boolean {
  const url = resolve(href)?.href;
  if (url === undefined) return false;
  const navigation = (window as { navigation?: NavigationLike }).navigation;
  if (navigation?.currentEntry) {
    const index = navigation.currentEntry.index;
    return index > 0 && navigation.entries()[index - 1]?.url === url;
  }
  return history.length > 1 && document.referrer === url;
}

/** sessionStorage, where there is one (a sandboxed frame or disabled storage throws). */
function storage(): Storage | undefined {
  try {
    return sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * The URL "Back to list" links to from a detail page: the list page `listHref` names as the reader
 * saw it (with its query: the tab and page a list keeps with `url-state`) when they came from it,
 * or came from it earlier in this tab's session and went on to other articles; else `listHref`
 * as written.
 */
export function listReturnUrl(listHref: string): string {
  const list = resolve(listHref);
  if (!list) return listHref;
  const key = STORAGE_PREFIX + withoutQuery(list);
  const samePage = (url: URL | undefined): url is URL => url !== undefined && withoutQuery(url) === withoutQuery(list);
  const referrer = document.referrer ? resolve(document.referrer) : undefined;
  try {
    if (samePage(referrer)) {
      storage()?.setItem(key, referrer.href);
      return referrer.href;
    }
    const stored = storage()?.getItem(key);
    const kept = stored ? resolve(stored) : undefined;
    if (samePage(kept)) return kept.href;
  } catch {
    // Storage full or refused: the referrer alone.
    if (samePage(referrer)) return referrer.href;
  }
  return listHref;
}
