// The adapter contract: a description of one content system. An adapter says how to ask (the
// requests for a selection) and how to read one of its raw records; the shared pipeline
// (pipeline.ts) does the rest once for every adapter: per-record reading and repair, entity
// decoding, relative URLs, whole-set filtering and paging, the page-size cap, categories
// collected from the articles, the known-article lookup and what a missing article means.
// An adapter asks for URLs through the context (so the client caches, dedupes and aborts them)
// and never touches the DOM.

import type { Article, ArticlePage } from './model.js';

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
  /** `no-sticky`: no sticky posts first on page 1 of All (WordPress). */
  noSticky?: boolean;
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
  /** An article this client has already read from a list answer, by id. */
  knownArticle(id: string): Article | undefined;
}

/** What one list request brought, before its records are read. */
export interface ListAnswer {
  /** The answer's records, raw: each is read by `read` (or left out, and reported in `skipped`). */
  records: readonly unknown[];
  /** The URL the answer came from: relative URLs in it are relative to it (see `relativeToAnswer`). */
  url: string;
  /**
   * The answer holds the whole set (a static export, a feed), whatever page was asked for: the
   * pipeline filters it by category (unless `filtered`) and pages it.
   */
  whole?: boolean;
  /** With `whole`: the records are already those of the asked category (one feed per category). */
  filtered?: boolean;
  /** How many articles the selection has in all, when the answer says. */
  total?: number;
  /** Whether a next page exists, when the answer says so otherwise than by `total`. */
  hasNext?: boolean;
  /** The page size the server pages by, when it is smaller than the one asked for (its maximum). */
  pageSize?: number;
  /** Categories the answer names, raw (read by `readCategory`). */
  categories?: readonly unknown[];
}

/** One article's answer, before its record is read. */
export interface ArticleAnswer {
  record: unknown;
  url: string;
}

/** Raw category records and where they came from. */
export interface CategoriesAnswer {
  records: readonly unknown[];
  url: string;
}

export interface Adapter {
  /**
   * Asks for one page of a category (null = All), or for the whole set. An adapter of the first
   * contract may still answer an `ArticlePage`: its `items` are then read as native records.
   */
  list(query: ListQuery, context: AdapterContext): Promise<ListAnswer | ArticlePage>;
  /**
   * One raw record as a candidate article: the fields under the Article names, unchecked (the
   * pipeline drops what is of the wrong type). Throw, or return undefined, to leave it out: the
   * message is its `skipped` reason. Without `read`, records are read as the native shape.
   * `purpose` says whether the article is for a list (a body may be left for later) or shown.
   */
  read?(record: unknown, context: AdapterContext, purpose: 'list' | 'article'): unknown;
  /** One raw category record as a candidate `{ id, name, parent?, count? }`; the native shape without it. */
  readCategory?(record: unknown): unknown;
  /**
   * The categories, when the system has a route of its own for them (or reads `categories-src`
   * in its own shape). Without it: `categories-src` in the native shape, else the categories the
   * list's first page names, else those of its articles.
   */
  categories?(context: AdapterContext): Promise<CategoriesAnswer | readonly unknown[] | undefined>;
  /**
   * One article by id, when the system can fetch one; undefined when it cannot (the pipeline then
   * looks in what the lists brought). An HTTP 404 or 410 means the article does not exist.
   */
  article?(id: string, context: AdapterContext): Promise<ArticleAnswer | Article | undefined>;
  /**
   * Relative URLs in answers are relative to the answer's URL (feeds, CMS APIs). Without it, they
   * are left as they are when the answer comes from the page's own origin (a static export's
   * `images/a.jpg` sits beside the page), and resolved against the answer otherwise.
   */
  relativeToAnswer?: boolean;
  /** Each of an article's tags is a category too (feeds: an item in several categories), for the tabs and for filtering. */
  tagsAreCategories?: boolean;
}
