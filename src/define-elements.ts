// defineElements(): all three tags at once (what 'news-elements/define' and the script tag run).
import { NewsArticle } from './elements/news-article/news-article.js';
import { NewsList } from './elements/news-list/news-list.js';
import { NewsTabs } from './elements/news-tabs/news-tabs.js';
import { register } from './registration.js';

/** Registers `<news-tabs>`, `<news-list>` and `<news-article>`, skipping tags already defined. */
export function defineElements(): void {
  register([
    ['news-tabs', NewsTabs],
    ['news-list', NewsList],
    ['news-article', NewsArticle],
  ]);
}
