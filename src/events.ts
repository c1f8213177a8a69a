// The events of API.md: small Event subclasses, all bubbling and composed so that a portal
// script can listen on `document`. Change events fire for user actions only.

import type { NewsError } from './base/errors.js';
import type { Article, ArticlePage, Category, SkippedRecord } from './data/model.js';

const init = (cancelable: boolean): EventInit => ({ bubbles: true, composed: true, cancelable });

/** The user picks a category; `preventDefault()` keeps the current one. */
export class NewsCategoryChangeEvent extends Event {
  static readonly eventName = 'news-category-change';
  readonly detail: { category: string | null };
  constructor(category: string | null) {
    super(NewsCategoryChangeEvent.eventName, init(true));
    this.detail = { category };
  }
}

/** The user picks a page; `preventDefault()` keeps the current one. */
export class NewsPageChangeEvent extends Event {
  static readonly eventName = 'news-page-change';
  readonly detail: { page: number };
  constructor(page: number) {
    super(NewsPageChangeEvent.eventName, init(true));
    this.detail = { page };
  }
}

/** The user picks an article in a list; `preventDefault()` lets the page handle it itself. */
export class NewsArticleSelectEvent extends Event {
  static readonly eventName = 'news-article-select';
  readonly detail: { article: Article };
  constructor(article: Article) {
    super(NewsArticleSelectEvent.eventName, init(true));
    this.detail = { article };
  }
}

export type NewsLoadDetail =
  /** `skipped`: the records of the answer that were left out, and why (API.md, "One bad record"); empty when none. */
  | { kind: 'list'; page: ArticlePage; category: string | null; skipped: SkippedRecord[] }
  | { kind: 'categories'; categories: Category[] }
  | { kind: 'article'; article: Article };

/** A list, category set or article has arrived and rendered. */
export class NewsLoadEvent extends Event {
  static readonly eventName = 'news-load';
  readonly detail: NewsLoadDetail;
  constructor(detail: NewsLoadDetail) {
    super(NewsLoadEvent.eventName, init(false));
    this.detail = detail;
  }
}

/** A request or a response failed; the element shows the error too. */
export class NewsErrorEvent extends Event {
  static readonly eventName = 'news-error';
  readonly detail: { error: NewsError };
  constructor(error: NewsError) {
    super(NewsErrorEvent.eventName, init(false));
    this.detail = { error };
  }
}

/** The elements' events by name, for typed listeners on the elements, any ancestor, the document or the window. */
export interface NewsEventMap {
  'news-category-change': NewsCategoryChangeEvent;
  'news-page-change': NewsPageChangeEvent;
  'news-article-select': NewsArticleSelectEvent;
  'news-load': NewsLoadEvent;
  'news-error': NewsErrorEvent;
}

// They bubble out of shadow roots, so a portal's script may listen as high as it likes.
declare global {
  interface HTMLElementEventMap extends NewsEventMap {}
  interface DocumentEventMap extends NewsEventMap {}
  interface WindowEventMap extends NewsEventMap {}
}
