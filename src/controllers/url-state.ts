// URL state: a group's selection kept in the page's query string, so that reload, back/forward
// and a shared link show the same view. Parameters are prefixed (`news-category`, `news-page`,
// `news-article` by default) and the portal's own parameters are left untouched.

/** What a group shows: the category, the page and the open article. */
export interface Selection {
  category: string | null;
  page: number;
  articleId: string | null;
}

export const DEFAULT_URL_PREFIX = 'news';

export function urlParams(prefix: string): { category: string; page: string; article: string } {
  return { category: `${prefix}-category`, page: `${prefix}-page`, article: `${prefix}-article` };
}

/** The selection a URL names; parameters it does not have take their defaults (All, page 1, no article). */
export function readSelection(prefix: string, href = window.location.href): Selection {
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
export function urlWith(prefix: string, selection: Selection, href = window.location.href): string {
  const url = new URL(href);
  const names = urlParams(prefix);
  const set = (name: string, value: string | null) => (value === null ? url.searchParams.delete(name) : url.searchParams.set(name, value));
  set(names.category, selection.category);
  set(names.page, selection.page > 1 ? String(selection.page) : null);
  set(names.article, selection.articleId);
  return url.href;
}
