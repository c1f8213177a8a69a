// The display name of a category, which the list and the article both show.

import type { Article, Category } from '../data/model.js';

/** A category's name: from the article itself, else from the known categories, else its id. */
export function categoryName(category: Article['category'] | string, categories: readonly Category[]): string | undefined {
  if (category === undefined) return undefined;
  if (typeof category === 'object') return category.name;
  return categories.find((c) => c.id === category)?.name ?? category;
}
