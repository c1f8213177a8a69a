// The native shape of API.md. A list endpoint answers either one page
// (`{ items, total?, page?, pageSize?, categories? }`) or a bare array: the whole set in one file,
// which is then filtered and paginated here, in the browser, and fetched only once.

import type { Adapter, AdapterContext, FetchedResource, ListQuery } from '../adapter.js';
import { NewsError } from '../errors.js';
import {
  type Article,
  type ArticlePage,
  type Category,
  categoryId,
  collectCategories,
  isRecord,
  normalizeArticle,
  normalizeCategory,
  shapeError,
} from '../model.js';
import { endpointUrl, expandTemplate, hasPlaceholders } from '../template.js';

type Mode = { kind: 'file'; url: string } | { kind: 'paged' };

/** Normalized whole-file exports, by the parsed array they came from (parsed once, paged many times). */
const normalizedFiles = new WeakMap<unknown[], Article[]>();

function listUrl(src: string, { category, page, pageSize }: ListQuery): string {
  return endpointUrl(src, { category, page, pageSize, offset: (page - 1) * pageSize }, { category, page, pageSize });
}

function fileArticles(data: unknown[], url: string): Article[] {
  let articles = normalizedFiles.get(data);
  if (!articles) {
    articles = data.map((item, i) => normalizeArticle(item, `[${i}]`, url));
    normalizedFiles.set(data, articles);
  }
  return articles;
}

function pageOfFile(articles: Article[], { category, page, pageSize }: ListQuery): ArticlePage {
  const matching = category === null ? articles : articles.filter((a) => categoryId(a.category) === category);
  const start = (page - 1) * pageSize;
  return {
    items: matching.slice(start, start + pageSize),
    total: matching.length,
    page,
    pageSize,
    hasNext: start + pageSize < matching.length,
    categories: category === null ? collectCategories(articles) : undefined,
  };
}

function pageOfAnswer(answer: FetchedResource, query: ListQuery): ArticlePage {
  const { data, url } = answer;
  if (!isRecord(data)) {
    throw new NewsError('shape', 'The list answer should be an array of articles or an object with "items"', {
      url,
      field: 'items',
    });
  }
  if (!Array.isArray(data.items)) throw shapeError('items', 'an array of articles', data.items, url);
  const items = data.items.map((item, i) => normalizeArticle(item, `items[${i}]`, url));
  const total = typeof data.total === 'number' && data.total >= 0 ? data.total : undefined;
  if (data.total !== undefined && data.total !== null && total === undefined) {
    throw shapeError('total', 'a non-negative number', data.total, url);
  }
  const page = typeof data.page === 'number' && data.page >= 1 ? data.page : query.page;
  const pageSize = typeof data.pageSize === 'number' && data.pageSize >= 1 ? data.pageSize : query.pageSize;
  let categories: Category[] | undefined;
  if (Array.isArray(data.categories)) {
    categories = data.categories.map((c, i) => normalizeCategory(c, `categories[${i}]`, url));
  }
  return {
    items,
    total,
    page,
    pageSize,
    hasNext: total !== undefined ? page * pageSize < total : items.length >= pageSize,
    categories,
  };
}

/**
 * Learns once per endpoint whether it serves pages or a whole file; concurrent first requests
 * wait for the first answer instead of each fetching the file under another query string.
 */
async function endpointMode(context: AdapterContext, query: ListQuery): Promise<{ mode: Mode; answer?: FetchedResource }> {
  const { src } = context.config;
  if (hasPlaceholders(src)) return { mode: { kind: 'paged' } };
  const key = `native:mode:${src}`;
  const known = context.memo.get(key) as Promise<Mode> | undefined;
  if (known) {
    const mode = await known.catch(() => undefined);
    if (mode) return { mode };
  }
  const probe = context.fetchJson(listUrl(src, query)).then((answer) => ({
    answer,
    mode: Array.isArray(answer.data) ? ({ kind: 'file', url: answer.url } as const) : ({ kind: 'paged' } as const),
  }));
  const modePromise = probe.then(({ mode }) => mode);
  context.memo.set(key, modePromise);
  // A failed or aborted probe must not decide the mode for later requests.
  modePromise.catch(() => {
    if (context.memo.get(key) === modePromise) context.memo.delete(key);
  });
  return probe;
}

async function wholeFile(context: AdapterContext, url: string): Promise<Article[]> {
  const { data } = await context.fetchJson(url);
  if (!Array.isArray(data)) throw new NewsError('shape', 'The file stopped being an array of articles', { url });
  return fileArticles(data, url);
}

export const nativeAdapter: Adapter = {
  async list(query, context) {
    const { mode, answer } = await endpointMode(context, query);
    if (mode.kind === 'file') {
      const articles = answer && Array.isArray(answer.data) ? fileArticles(answer.data, answer.url) : await wholeFile(context, mode.url);
      return pageOfFile(articles, query);
    }
    return pageOfAnswer(answer ?? (await context.fetchJson(listUrl(context.config.src, query))), query);
  },

  async categories(context, pageSize) {
    const { categoriesSrc } = context.config;
    if (categoriesSrc) {
      const { data, url } = await context.fetchJson(categoriesSrc);
      const list = Array.isArray(data) ? data : isRecord(data) ? data.items : undefined;
      if (!Array.isArray(list)) {
        throw new NewsError('shape', 'The categories answer should be an array of categories or an object with "items"', {
          url,
          field: 'items',
        });
      }
      return list.map((c, i) => normalizeCategory(c, `${list === data ? '' : 'items'}[${i}]`, url));
    }
    const first = await this.list({ category: null, page: 1, pageSize }, context);
    return first.categories ?? collectCategories(first.items);
  },

  async article(id, context) {
    const { articleSrc, src } = context.config;
    if (articleSrc) {
      const { data, url } = await context.fetchJson(expandTemplate(articleSrc, { id }));
      const item = isRecord(data) && isRecord(data.item) ? data.item : data;
      return normalizeArticle(item, item === data ? 'article' : 'item', url);
    }
    const known = context.knownArticle(id);
    if (known) return known;
    // The list's own answer may be the whole set: look the article up there.
    const { mode } = await endpointMode(context, { category: null, page: 1, pageSize: 10 });
    if (mode.kind === 'file') {
      const found = (await wholeFile(context, mode.url)).find((a) => a.id === id);
      if (found) return found;
    }
    throw new NewsError('not-found', `No article with id "${id}" was found`, { url: articleSrc ?? src });
  },

  async neighbours(article, context) {
    if (hasPlaceholders(context.config.src)) return undefined;
    const mode = await (context.memo.get(`native:mode:${context.config.src}`) as Promise<Mode> | undefined)?.catch(() => undefined);
    if (mode?.kind !== 'file') return undefined;
    const id = categoryId(article.category);
    return (await wholeFile(context, mode.url)).filter((a) => categoryId(a.category) === id);
  },
};
