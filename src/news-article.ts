// Registers <news-article> alone: `import 'news-elements/news-article'` (a page that needs only this element).
import { NewsArticle } from './elements/news-article/news-article.js';
import { register } from './registration.js';

register([['news-article', NewsArticle]]);

export { NewsArticle };
