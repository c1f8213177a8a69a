// Small helpers the list and the article share: the in-page URL of an article (a real link, so a
// middle-click opens it in a new tab), and the display name of a category.

import type { Article, Category } from '../data/model.js';

/** The current page's URL with `param` set to the article id, other query parameters kept. */
export function articleUrl(param: string, id: string): string {
  const url = new URL(window.location.href);
  url.searchParams.set(param, id);
  return url.href;
}

/** A category's name: from the article itself, else from the known categories, else its id. */
export function categoryName(category: Article['category'] | string, categories: readonly Category[]): string | undefined {
  if (category === undefined) return undefined;
  if (typeof category === 'object') return category.name;
  return categories.find((c) => c.id === category)?.name ?? category;
}
