// Every export of `news-elements` but the article element (and defineElements, which needs it):
// what the script tag loads before the first list shows, the article coming alongside.

export { NewsTabs } from './elements/news-tabs/news-tabs.js';
export { NewsList } from './elements/news-list/news-list.js';
export { NewsElement } from './elements/news-element.js';

export { NewsError, type NewsErrorKind } from './base/errors.js';
export type { Article, ArticleImage, ArticlePage, ArticleVideo, Attachment, Category } from './data/model.js';
export type { Adapter, AdapterContext, EndpointConfig, FetchedResource, ListQuery } from './data/adapter.js';
export { registerAdapter, getAdapter } from './data/registry.js';
export { nativeAdapter } from './data/adapters/native.js';
export { NewsClient, type ClientOptions, type RequestOptions } from './data/client.js';
export { expandTemplate } from './data/template.js';

export {
  NewsArticleSelectEvent,
  NewsCategoryChangeEvent,
  NewsErrorEvent,
  NewsLoadEvent,
  NewsPageChangeEvent,
  type NewsEventMap,
  type NewsLoadDetail,
} from './events.js';

export { registerStrings } from './i18n/localize.js';
export type { NewsStrings } from './i18n/strings.js';
export { register } from './registration.js';
