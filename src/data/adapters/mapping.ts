// Any other JSON, described by field paths instead of code: the `mapping` property (or JSON
// attribute) names where the list, the total and each article field are, e.g.
// `{ "items": "data.list", "total": "data.count", "title": "name", "publishedAt": "pubDate" }`.
// Unnamed fields are read under their own names. Paths never reach __proto__, constructor or
// prototype.

import type { Adapter, AdapterContext, FetchedResource } from '../adapter.js';
import { NewsError } from '../errors.js';
import { type Article, type ArticlePage, categoryId, collectCategories, isRecord, normalizeArticle, normalizeCategory, shapeError } from '../model.js';
import { endpointUrl, expandTemplate } from '../template.js';

/** Where things are in the answer: list-level paths and per-article field paths. */
export interface FieldMapping {
  /** The array of articles in a list answer (default: the answer itself if it is an array, else `items`). */
  items?: string;
  /** The total count in a list answer. */
  total?: string;
  /** The categories array in a categories answer (or a list answer). */
  categories?: string;
  /** The article in an article answer (default: the answer itself). */
  item?: string;
  /** Article fields: `id`, `title`, `summary`, `body`, `category`, `author`, `source`, `publishedAt`, `updatedAt`, `image`, `url`, `tags`, `video`, `attachments`. */
  [field: string]: string | undefined;
}

const ARTICLE_FIELDS = ['id', 'title', 'summary', 'body', 'category', 'author', 'source', 'publishedAt', 'updatedAt', 'image', 'url', 'tags', 'video', 'attachments'];
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** The value at a dotted path (`data.list`, `items.0.title`); own properties only, never the prototype chain. */
export function valueAt(value: unknown, path: string | undefined): unknown {
  if (path === undefined || path === '' || path === '.') return value;
  let current: unknown = value;
  for (const key of path.split('.')) {
    if (FORBIDDEN.has(key) || current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function mappingOf(context: AdapterContext): FieldMapping {
  const mapping = context.config.mapping;
  if (mapping !== undefined && !isRecord(mapping)) throw new NewsError('shape', 'The mapping should be an object of field paths', { url: context.config.src, field: 'mapping' });
  return (mapping ?? {}) as FieldMapping;
}

function mappedArticle(item: unknown, mapping: FieldMapping, field: string, url: string): Article {
  if (!isRecord(item)) throw shapeError(field, 'an object', item, url);
  const fields = Object.fromEntries(ARTICLE_FIELDS.map((name) => [name, valueAt(item, mapping[name] ?? name)]));
  return normalizeArticle(fields, field, url);
}

function listOf(answer: FetchedResource, mapping: FieldMapping): unknown[] {
  const list = mapping.items === undefined && Array.isArray(answer.data) ? answer.data : valueAt(answer.data, mapping.items ?? 'items');
  if (!Array.isArray(list)) throw shapeError(mapping.items ?? 'items', 'an array of articles', list, answer.url);
  return list;
}

export const mappingAdapter: Adapter = {
  async list({ category, page, pageSize }, context) {
    const mapping = mappingOf(context);
    const { src } = context.config;
    const answer = await context.fetchJson(endpointUrl(src, { category, page, pageSize, offset: (page - 1) * pageSize }, { category, page, pageSize }));
    const articles = listOf(answer, mapping).map((item, i) => mappedArticle(item, mapping, `${mapping.items ?? 'items'}[${i}]`, answer.url));
    const rawTotal = mapping.total ? valueAt(answer.data, mapping.total) : undefined;
    const total = rawTotal === undefined || rawTotal === null ? undefined : Number(rawTotal);
    if (total !== undefined && !(Number.isFinite(total) && total >= 0)) throw shapeError(mapping.total!, 'a non-negative number', rawTotal, answer.url);
    const rawCategories = mapping.categories ? valueAt(answer.data, mapping.categories) : undefined;
    const categories = Array.isArray(rawCategories) ? rawCategories.map((c, i) => normalizeCategory(c, `${mapping.categories}[${i}]`, answer.url)) : undefined;
    // Without a total, a list longer than a page is the whole set: filtered and paginated here.
    if (total === undefined && articles.length > pageSize) {
      const matching = category === null ? articles : articles.filter((a) => categoryId(a.category) === category);
      const start = (page - 1) * pageSize;
      return { items: matching.slice(start, start + pageSize), total: matching.length, page, pageSize, hasNext: start + pageSize < matching.length, categories: categories ?? collectCategories(articles) };
    }
    const result: ArticlePage = { items: articles, total, page, pageSize, hasNext: total !== undefined ? page * pageSize < total : articles.length >= pageSize, categories };
    return result;
  },

  async categories(context, pageSize) {
    const mapping = mappingOf(context);
    const { categoriesSrc } = context.config;
    if (categoriesSrc) {
      const answer = await context.fetchJson(categoriesSrc);
      const list = mapping.categories === undefined && Array.isArray(answer.data) ? answer.data : valueAt(answer.data, mapping.categories ?? 'items');
      if (!Array.isArray(list)) throw shapeError(mapping.categories ?? 'items', 'an array of categories', list, answer.url);
      return list.map((c, i) => normalizeCategory(c, `${mapping.categories ?? 'items'}[${i}]`, answer.url));
    }
    const first = await this.list({ category: null, page: 1, pageSize }, context);
    return first.categories ?? collectCategories(first.items);
  },

  async article(id, context) {
    const mapping = mappingOf(context);
    const { articleSrc, src } = context.config;
    if (!articleSrc) {
      const known = context.knownArticle(id);
      if (known) return known;
      throw new NewsError('not-found', `No article with id "${id}" was found; set article-src to load one by id`, { url: src });
    }
    const answer = await context.fetchJson(expandTemplate(articleSrc, { id }));
    return mappedArticle(valueAt(answer.data, mapping.item), mapping, mapping.item ?? 'article', answer.url);
  },
};
