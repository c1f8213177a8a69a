// The adapter contract: how one content system's answers become Articles and Categories.
// An adapter asks for URLs through the context (so the client caches, dedupes and aborts them)
// and never touches the DOM.

import type { Article, ArticlePage, Category } from './model.js';

/** Where a group's data comes from, as configured by the elements' attributes. */
export interface EndpointConfig {
  /** `src`: the list endpoint, possibly a template. */
  src: string;
  /** `categories-src`: where the categories come from, if not from the list. */
  categoriesSrc?: string;
  /** `article-src`: one article by `{id}`, if not from the list items. */
  articleSrc?: string;
  /** `mapping`: field paths for the `mapping` adapter. */
  mapping?: Record<string, string>;
}

export interface ListQuery {
  /** A category id, or null for All. */
  category: string | null;
  /** 1-based. */
  page: number;
  pageSize: number;
}

export interface FetchedResource<T = unknown> {
  /** The parsed JSON (or the text, for text requests). */
  data: T;
  /** The URL that was asked for. */
  url: string;
  status: number;
  headers: Headers;
}

export interface AdapterContext {
  config: EndpointConfig;
  /** GETs a URL as JSON through the client: cached, deduplicated, aborted with the caller. */
  fetchJson(url: string): Promise<FetchedResource>;
  /** GETs a URL as text (feeds, XML) through the client. */
  fetchText(url: string): Promise<FetchedResource<string>>;
  /** State an adapter keeps per client between calls (e.g. what it learnt of an endpoint). */
  memo: Map<string, unknown>;
  /** An article this client has already seen in a list answer, by id. */
  knownArticle(id: string): Article | undefined;
}

export interface Adapter {
  /** One page of a category (null = All). */
  list(query: ListQuery, context: AdapterContext): Promise<ArticlePage>;
  /** The categories, in the order the tab bar shows them. */
  categories(context: AdapterContext, pageSize: number): Promise<Category[]>;
  /** One article by id, with its body. */
  article(id: string, context: AdapterContext): Promise<Article>;
  /** Articles of the same category around one article, for previous/next links, if the data allows. */
  neighbours?(article: Article, context: AdapterContext): Promise<Article[] | undefined>;
}
