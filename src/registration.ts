// Idempotent registration: a tag that is already defined (a second copy of the bundle, an npm
// copy beside the script tag) is skipped with one console warning, never an exception.

import { NewsArticle } from './elements/news-article/news-article.js';
import { NewsList } from './elements/news-list/news-list.js';
import { NewsTabs } from './elements/news-tabs/news-tabs.js';

const elements: [string, CustomElementConstructor][] = [
  ['news-tabs', NewsTabs],
  ['news-list', NewsList],
  ['news-article', NewsArticle],
];

/** Registers `<news-tabs>`, `<news-list>` and `<news-article>`, skipping tags already defined. */
export function defineElements(): void {
  const skipped: string[] = [];
  for (const [tag, constructor] of elements) {
    const existing = customElements.get(tag);
    if (!existing) customElements.define(tag, constructor);
    else if (existing !== constructor) skipped.push(tag);
  }
  if (skipped.length) {
    console.warn(`news-elements: <${skipped.join('>, <')}> already defined on this page (another copy of news-elements?); this copy is not registered.`);
  }
}
