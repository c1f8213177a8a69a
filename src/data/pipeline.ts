// The shared pipeline: what every adapter's answers go through, once (see adapter.ts for what an
// adapter describes). Records are read one by one, leniently (model.ts readArticle): one bad
// record costs that record alone and is reported in `skipped`; an answer fails as a whole only
// when its envelope is wrong or no record at all is usable. Whole sets (a static export, a feed,
// an endpoint that ignores paging) are filtered and paged here; a page never renders more than
// `pageSize` rows; relative URLs of another origin's answer are resolved against it; a missing
// article is `not-found`.

import type { Adapter, AdapterContext, ArticleAnswer, CategoriesAnswer, ListAnswer, ListQuery } from './adapter.js';
import { NewsError, isAbortError } from '../base/errors.js';
import {
  type Article,
  type ArticlePage,
  type Category,
  type Resolve,
  type SkippedRecord,
  categoryId,
  collectCategories,
  type LenientReaders,
  isRecord,
  readArticle,
  readCategory,
} from './model.js';
import { isDotSegment, refuseDotSegment } from './template.js';
import { loadLenientReaders } from './load-readers.js';

/** What a client's pipeline remembers between calls. */
export interface PipelineState {
  /** Articles read from list answers, by id (the known-article lookup). */
  articles: Map<string, Article>;
  /** Whole sets read, by the URL they came from: articles by id, and neighbours, without a request. */
  wholeSets: Map<string, readonly Article[]>;
  /** Console warnings already given (once per endpoint and kind). */
  warned: Set<string>;
}

export const newPipelineState = (): PipelineState => ({ articles: new Map(), wholeSets: new Map(), warned: new Set() });

/** The URL of the answer a body came from, when its relative URLs are relative to it (for the sanitizer). */
const bodyBases = new WeakMap<Article, string>();

export function articleBase(article: Article): string | undefined {
  return bodyBases.get(article);
}

const ABSOLUTE = /^[a-z][a-z\d+.-]*:/i;
const pageUrl = () => globalThis.location?.href ?? 'https://relative.invalid/';

/**
 * How relative URLs of an answer are read: against the answer's URL when the adapter says they
 * are relative to it or the answer comes from another origin; else as they are (page-relative).
 */
function resolverFor(adapter: Adapter, answerUrl: string): { resolve: Resolve; base?: string } {
  let base: URL;
  try {
    base = new URL(answerUrl, pageUrl());
  } catch {
    return { resolve: (url) => url };
  }
  if (!adapter.relativeToAnswer && base.origin === new URL(pageUrl()).origin) return { resolve: (url) => url };
  const resolve: Resolve = (url) => {
    if (ABSOLUTE.test(url) || url.startsWith('#')) return url;
    try {
      return new URL(url, base).href;
    } catch {
      return url;
    }
  };
  return { resolve, base: base.href };
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

type ReadRecords = { articles: Article[]; skipped: SkippedRecord[] };

/** The readers of dirty records, once they have loaded. */
let lenientReaders: LenientReaders | undefined;

/** Records read for lists, by the answer's array (the client's cache hands back the same one): a whole set of 10,000 is read once, not at every tab. */
const readLists = new WeakMap<readonly unknown[], Promise<ReadRecords>>();

function readListRecords(adapter: Adapter, records: readonly unknown[], url: string, context: AdapterContext): Promise<ReadRecords> {
  let read = readLists.get(records);
  if (!read) {
    read = readRecords(adapter, records, url, context, 'list');
    readLists.set(records, read);
    read.catch(() => readLists.delete(records));
  }
  return read;
}

/** Reads an answer's records: the articles, and what was left out and why. Ids repeated within the answer are left out too. */
async function readRecords(adapter: Adapter, records: readonly unknown[], url: string, context: AdapterContext, purpose: 'list' | 'article'): Promise<ReadRecords> {
  const { resolve, base } = resolverFor(adapter, url);
  let readers: LenientReaders | null | undefined = lenientReaders;
  const articles: Article[] = [];
  const skipped: SkippedRecord[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < records.length; index++) {
    let candidate: unknown;
    try {
      const read = adapter.read ? adapter.read(records[index], context, purpose) : records[index];
      candidate = read instanceof Promise ? await read : read;
    } catch (error) {
      if (isAbortError(error) || (error instanceof NewsError && error.kind !== 'shape')) throw error;
      skipped.push({ index, reason: reasonOf(error) });
      continue;
    }
    if (candidate === undefined) {
      skipped.push({ index, reason: 'not an article' });
      continue;
    }
    let result = readArticle(candidate, resolve, readers);
    if (result === undefined) {
      // A date of another form, or a body for a missing title: the readers of dirty records
      // first. Without them (their file failed) such a record is read all the same, only without
      // that date or title; the next answer tries again.
      readers = await loadLenientReaders().then(
        (loaded) => (lenientReaders = loaded),
        (error: unknown) => {
          console.warn('news-elements: dates of some forms and titles taken from bodies are left out', error);
          return null;
        },
      );
      result = readArticle(candidate, resolve, readers)!;
    }
    if ('reason' in result) {
      skipped.push({ index, reason: result.reason });
    } else if (isDotSegment(result.article.id)) {
      // Its id would be a `..` in the article's URL (`…/articles/{id}`): another route of the API.
      skipped.push({ index, reason: `an id that is a dot segment ("${result.article.id}")` });
    } else if (seen.has(result.article.id)) {
      skipped.push({ index, reason: `a second record with id "${result.article.id}"` });
    } else {
      seen.add(result.article.id);
      if (base && result.article.body) bodyBases.set(result.article, base);
      articles.push(result.article);
    }
  }
  return { articles, skipped };
}

/** The first reasons of a list of skipped records, for a message. */
export function describeSkipped(skipped: readonly SkippedRecord[], first = 3): string {
  const shown = skipped.slice(0, first).map(({ index, reason }) => `[${index}] ${reason}`);
  return shown.join('; ') + (skipped.length > first ? `; and ${skipped.length - first} more` : '');
}

function noneUsable(what: string, count: number, skipped: readonly SkippedRecord[], url: string): NewsError {
  return new NewsError('shape', `None of the ${count} ${what} of the answer could be read (${describeSkipped(skipped)})`, { url, field: `[${skipped[0]?.index ?? 0}]` });
}

/** An answer of the first adapter contract (an ArticlePage) as a ListAnswer of native records. */
function asListAnswer(answer: ListAnswer | ArticlePage, src: string): ListAnswer {
  if (isRecord(answer) && Array.isArray((answer as ListAnswer).records)) return answer as ListAnswer;
  const page = answer as Partial<ArticlePage> | undefined;
  if (!isRecord(page) || !Array.isArray(page.items)) throw new NewsError('shape', 'The adapter answered no list of records', { url: src, field: 'items' });
  return { records: page.items, url: src, total: page.total, hasNext: page.hasNext, categories: page.categories };
}

const knownTotal = (total: unknown) => (typeof total === 'number' && Number.isFinite(total) && total >= 0 ? total : undefined);

function warnOnce(state: PipelineState, key: string, message: string): void {
  if (state.warned.has(key)) return;
  state.warned.add(key);
  console.warn(`news-elements: ${message}`);
}

function inCategory(adapter: Adapter, article: Article, category: string): boolean {
  return categoryId(article.category) === category || (adapter.tagsAreCategories === true && (article.tags ?? []).includes(category));
}

/** The categories the articles name, in order of first appearance (and their tags, where tags are categories). */
function categoriesOfArticles(adapter: Adapter, articles: readonly Article[]): Category[] {
  const categories = collectCategories(articles);
  if (!adapter.tagsAreCategories) return categories;
  const seen = new Set(categories.map(({ id }) => id));
  for (const article of articles) {
    for (const tag of article.tags ?? []) {
      if (!seen.has(tag)) {
        seen.add(tag);
        categories.push({ id: tag, name: tag });
      }
    }
  }
  return categories;
}

function readCategories(adapter: Adapter, records: readonly unknown[], url: string): Category[] {
  const categories: Category[] = [];
  const skipped: SkippedRecord[] = [];
  const seen = new Set<string>();
  records.forEach((record, index) => {
    let category: Category | undefined;
    try {
      category = readCategory(adapter.readCategory ? adapter.readCategory(record) : record);
    } catch (error) {
      skipped.push({ index, reason: reasonOf(error) });
      return;
    }
    if (!category) skipped.push({ index, reason: 'no id' });
    else if (!seen.has(category.id)) {
      seen.add(category.id);
      categories.push(category);
    }
  });
  if (!categories.length && records.length) throw noneUsable('categories', records.length, skipped, url);
  return categories;
}

/** One page of a selection, read from the adapter's answer. */
export async function readList(adapter: Adapter, query: ListQuery, context: AdapterContext, state: PipelineState): Promise<ArticlePage> {
  const answer = asListAnswer(await adapter.list(query, context), context.config.src);
  const { records, url } = answer;
  const { articles, skipped } = await readListRecords(adapter, records, url, context);
  if (!articles.length && records.length) throw noneUsable('records', records.length, skipped, url);
  const { category, page } = query;
  const pageSize = answer.pageSize !== undefined && answer.pageSize >= 1 && answer.pageSize < query.pageSize ? answer.pageSize : query.pageSize;
  const total = knownTotal(answer.total);
  const named = answer.categories ? readCategories(adapter, answer.categories, url) : undefined;
  // An answer longer than the page that says nothing else of its paging (no next-page flag, no
  // total larger than what came) is the whole set: the server ignored the paging, or it is a
  // static export with a count beside it.
  const whole = answer.whole === true || (records.length > pageSize && answer.hasNext === undefined && (total === undefined || total <= records.length));
  if (whole) {
    if (!answer.filtered || category === null) state.wholeSets.set(url, articles);
    const matching = answer.filtered || category === null ? articles : articles.filter((article) => inCategory(adapter, article, category));
    const start = (page - 1) * pageSize;
    const items = matching.slice(start, start + pageSize);
    for (const article of items) state.articles.set(article.id, article);
    return {
      items,
      total: matching.length,
      page,
      pageSize,
      hasNext: start + pageSize < matching.length,
      categories: named ?? (category === null || !answer.filtered ? categoriesOfArticles(adapter, articles) : undefined),
      skipped,
    };
  }
  let items = articles;
  if (items.length > pageSize) {
    warnOnce(state, `long:${context.config.src}`, `${url} answered ${records.length} records for a page of ${pageSize} (total ${total}); only ${pageSize} are shown. Does the endpoint read the page size?`);
    items = items.slice(0, pageSize);
  }
  for (const article of items) state.articles.set(article.id, article);
  return {
    items,
    total,
    page,
    pageSize,
    hasNext: answer.hasNext ?? (total !== undefined ? page * pageSize < total : records.length >= pageSize),
    categories: named,
    skipped,
  };
}

/** The categories: the adapter's own route, else `categories-src` in the native shape, else those of the list's answers (`fromAnswers`). */
export async function readCategoryList(
  adapter: Adapter,
  context: AdapterContext,
  fromAnswers: () => Promise<readonly Category[]>,
): Promise<readonly Category[]> {
  let answer: CategoriesAnswer | readonly unknown[] | undefined = adapter.categories ? await adapter.categories(context) : undefined;
  if (answer === undefined && context.config.categoriesSrc) answer = await nativeCategories(context, context.config.categoriesSrc);
  if (answer !== undefined) {
    const { records, url } = Array.isArray(answer) ? { records: answer, url: context.config.categoriesSrc ?? context.config.src } : (answer as CategoriesAnswer);
    return readCategories(adapter, records, url);
  }
  return fromAnswers();
}

/** The categories of a page: those its answer named, else those of its articles. */
export function categoriesOfPage(adapter: Adapter, page: ArticlePage): readonly Category[] {
  return page.categories ?? categoriesOfArticles(adapter, page.items);
}

/**
 * Categories in the page's editorial order: first those `order` names (by id, in its order), then
 * the others in the order their source gives (WordPress: by name, ties by id); each child right
 * after its parent, its siblings among themselves by the same rule. The same answer and order
 * give the same tabs on every visit.
 */
export function orderCategories(categories: readonly Category[], order: readonly string[] = []): Category[] {
  const rank = (category: Category) => (order.includes(category.id) ? order.indexOf(category.id) : order.length);
  const position = new Map(categories.map((category, index) => [category, index]));
  const before = (a: Category, b: Category) => rank(a) - rank(b) || position.get(a)! - position.get(b)!;
  const ids = new Set(categories.map(({ id }) => id));
  const children = new Map<string | undefined, Category[]>();
  for (const category of categories) {
    const parent = category.parent !== undefined && category.parent !== category.id && ids.has(category.parent) ? category.parent : undefined;
    children.set(parent, [...(children.get(parent) ?? []), category]);
  }
  const ordered = new Set<Category>();
  const place = (category: Category) => {
    if (ordered.has(category)) return;
    ordered.add(category);
    for (const child of (children.get(category.id) ?? []).sort(before)) place(child);
  };
  for (const top of (children.get(undefined) ?? []).sort(before)) place(top);
  // Parents that form a loop have no top: they keep their place after the rest.
  for (const category of [...categories].sort(before)) place(category);
  return [...ordered];
}

/** A categories answer in the native shape: `[Category]`, or `{ items | categories | data: [Category] }`. */
async function nativeCategories(context: AdapterContext, source: string): Promise<CategoriesAnswer> {
  const { data, url } = await context.fetchJson(source);
  const list = Array.isArray(data) ? data : isRecord(data) ? (data.items ?? data.categories ?? data.data) : undefined;
  if (!Array.isArray(list)) {
    throw new NewsError('shape', 'The categories answer should be an array of categories or an object with "items"', { url, field: 'items' });
  }
  return { records: list, url };
}

/** A 404 or 410 of an article's own request means it does not exist; 401/403 stay http errors (not public). */
function missing(error: unknown, id: string): unknown {
  if (error instanceof NewsError && error.kind === 'http' && (error.status === 404 || error.status === 410)) {
    return new NewsError('not-found', `No article with id "${id}" exists (${error.status})`, { url: error.url, status: error.status, cause: error });
  }
  return error;
}

function findInWholeSets(state: PipelineState, id: string): Article | undefined {
  for (const set of state.wholeSets.values()) {
    const found = set.find((article) => article.id === id);
    if (found) return found;
  }
  return undefined;
}

/**
 * One article: a known one with its body (unless `article-src` says where articles come from),
 * else the adapter's own request, else what the lists brought (the whole set, read once if need
 * be); not found, it is a `not-found` error.
 */
export async function readArticleById(
  adapter: Adapter,
  id: string,
  context: AdapterContext,
  state: PipelineState,
  firstPage: () => Promise<ArticlePage>,
): Promise<Article> {
  const { articleSrc, src } = context.config;
  // Every adapter puts the id in a path (`…/posts/{id}`): `..` would reach another route of the API.
  refuseDotSegment(id, articleSrc ?? src);
  const known = articleSrc ? undefined : (state.articles.get(id) ?? findInWholeSets(state, id));
  if (known && (known.body !== undefined || !adapter.article)) return known;
  let answer: ArticleAnswer | Article | undefined;
  try {
    answer = await adapter.article?.(id, context);
  } catch (error) {
    throw missing(error, id);
  }
  if (answer !== undefined) {
    const { record, url } = isRecord(answer) && 'record' in answer && typeof answer.url === 'string' ? (answer as ArticleAnswer) : { record: answer, url: articleSrc ?? src };
    if (record === undefined || record === null) throw new NewsError('not-found', `No article with id "${id}" is in the answer`, { url });
    const { articles, skipped } = await readRecords(adapter, [record], url, context, 'article');
    if (articles[0]) return articles[0];
    throw new NewsError('shape', `The article "${id}" could not be read: ${skipped[0]?.reason ?? 'unknown'}`, { url, field: 'article' });
  }
  if (known) return known;
  // No request of its own: the list's answer may be the whole set (a static export, a feed).
  await firstPage();
  const found = state.articles.get(id) ?? findInWholeSets(state, id);
  if (found) return found;
  throw new NewsError('not-found', `No article with id "${id}" was found`, { url: src });
}

/** The articles of the same category around `article`, when a whole set holds it (no request). */
export function neighboursOf(state: PipelineState, article: Article): Article[] | undefined {
  for (const set of state.wholeSets.values()) {
    if (!set.some((candidate) => candidate.id === article.id)) continue;
    const id = categoryId(article.category);
    return set.filter((candidate) => categoryId(candidate.category) === id);
  }
  return undefined;
}
