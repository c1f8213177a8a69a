// URL state: a group's selection kept in the page's query string, so that reload, back/forward
// and a shared link show the same view. Parameters are prefixed (`news-category`, `news-page`,
// `news-article` by default) and the portal's own parameters are left untouched. A UrlSync ties
// a group's selection store to the URL: it reads the URL at start and on back/forward, and adds a
// history entry for each choice a reader makes.

import type { Selection, SelectionStore } from './selection.js';

export const DEFAULT_URL_PREFIX = 'news';

export function urlParams(prefix: string): { category: string; page: string; article: string } {
  return { category: `${prefix}-category`, page: `${prefix}-page`, article: `${prefix}-article` };
}

/** The selection a URL names; parameters it does not have take their defaults (All, page 1, no article). */
export function readSelection(prefix: string, href = globalThis.location.href): Selection {
  const params = new URL(href).searchParams;
  const names = urlParams(prefix);
  const page = Number(params.get(names.page));
  return {
    category: params.get(names.category) || null,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    articleId: params.get(names.article) || null,
  };
}

/** `href` with the selection's parameters set (defaults left out), everything else kept. */
export function urlWith(prefix: string, selection: Selection, href = globalThis.location.href): string {
  const url = new URL(href);
  const names = urlParams(prefix);
  const set = (name: string, value: string | null) => (value === null ? url.searchParams.delete(name) : url.searchParams.set(name, value));
  set(names.category, selection.category);
  set(names.page, selection.page > 1 ? String(selection.page) : null);
  set(names.article, selection.articleId);
  return url.href;
}

/** The syncs of the page, read again on back/forward (one listener for all). */
const syncs = new Set<UrlSync>();

function onPopState(): void {
  for (const sync of syncs) sync.read();
}

export class UrlSync {
  readonly prefix: string;
  private readonly store: SelectionStore;
  private readonly unsubscribe: () => void;

  /** Starts keeping `store` in the URL: what the URL names now overrides the elements' attributes. */
  constructor(store: SelectionStore, prefix: string) {
    this.store = store;
    this.prefix = prefix;
    const named = new URL(globalThis.location.href).searchParams;
    const names = urlParams(prefix);
    const selection = readSelection(prefix);
    store.propose({
      category: named.has(names.category) ? selection.category : undefined,
      page: named.has(names.page) ? selection.page : undefined,
      articleId: named.has(names.article) ? selection.articleId : undefined,
    });
    this.unsubscribe = store.subscribe(({ current, origin }) => {
      if (origin !== 'user') return;
      const href = urlWith(prefix, current);
      if (href !== globalThis.location.href) history.pushState(history.state, '', href);
    });
    if (!syncs.size) globalThis.window?.addEventListener('popstate', onPopState);
    syncs.add(this);
  }

  /** The URL of this page showing the store's selection with `change` applied (another category: its page 1). */
  hrefFor(change: Partial<Selection>): string {
    const current = this.store.value;
    const next = { ...current, ...change };
    if (change.category !== undefined && change.category !== current.category && change.page === undefined) next.page = 1;
    return urlWith(this.prefix, next);
  }

  /** Takes the selection from the page URL (back and forward). */
  read(): void {
    this.store.select(readSelection(this.prefix));
  }

  stop(): void {
    this.unsubscribe();
    syncs.delete(this);
    if (!syncs.size) globalThis.window?.removeEventListener('popstate', onPopState);
  }
}
