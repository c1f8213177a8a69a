// The package's main entry: classes, adapters, types. No side effects: nothing is registered
// here (import 'news-elements/define' for that).

export * from './core.js';
export { NewsArticle } from './elements/news-article/news-article.js';
export { defineElements } from './define-elements.js';
