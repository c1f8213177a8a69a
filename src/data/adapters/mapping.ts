// Any other JSON, described by field paths instead of code: the `mapping` property (or JSON
// attribute) names where the list, the total and each article field are, e.g.
// `{ "items": "data.list", "total": "data.totalCount", "title": "name", "publishedAt": "pubDate" }`.
// Unnamed fields are read under their own names. An envelope that says "this is an error"
// (`{ "code": 401, "msg": "登录已过期" }` with HTTP 200) is named by `status`, `statusOk` and
// `message`. Paths never reach __proto__, constructor or prototype.

import type { Adapter, AdapterContext, FetchedResource } from '../adapter.js';
import { NewsError } from '../../base/errors.js';
import { isRecord, shapeError } from '../model.js';
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
  /** The envelope's status code (`code`): an answer whose code is not one of `statusOk` is an error. */
  status?: string;
  /** The codes that mean success, comma-separated (default `0,200`; `true`, `ok` and `success` always). */
  statusOk?: string;
  /** The envelope's message (`msg`), shown when the answer is an error. */
  message?: string;
  /** The category's name beside its id (`typeName` beside `category: "typeCode"`): the tabs and badges show it. */
  categoryName?: string;
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

/**
 * The envelope's own error, if the answer is one: the code at `status` is not a success code.
 * An http-like error with the code as its status and the envelope's message as the server's words.
 */
function envelopeError(data: unknown, mapping: FieldMapping, url: string): NewsError | undefined {
  const path = mapping.status;
  if (!path) return undefined;
  const code = valueAt(data, path);
  if (code === undefined || code === null) return undefined;
  const ok = new Set(['true', 'ok', 'success', ...(mapping.statusOk ?? '0,200').split(',').map((value) => value.trim().toLowerCase())]);
  if (ok.has(String(code).trim().toLowerCase())) return undefined;
  const said = mapping.message ? valueAt(data, mapping.message) : undefined;
  const message = typeof said === 'string' && said.trim() ? said.trim() : undefined;
  const status = typeof code === 'number' ? code : /^\d+$/.test(String(code)) ? Number(code) : undefined;
  return new NewsError('http', `The server answered an error (code ${String(code)})${message ? `: ${message}` : ''}`, { url, status, serverMessage: message });
}

/** GETs a URL and refuses an answer whose envelope is an error; an HTTP error whose JSON body has the message keeps it too. */
async function fetchChecked(context: AdapterContext, mapping: FieldMapping, url: string): Promise<FetchedResource> {
  let answer: FetchedResource;
  try {
    answer = await context.fetchJson(url);
  } catch (error) {
    if (error instanceof NewsError && error.kind === 'http' && error.body && mapping.message) {
      try {
        const said = valueAt(JSON.parse(error.body), mapping.message);
        if (typeof said === 'string' && said.trim()) throw new NewsError('http', `${error.message}: ${said.trim()}`, { url: error.url, status: error.status, serverMessage: said.trim(), cause: error });
      } catch (parsed) {
        if (parsed instanceof NewsError) throw parsed;
      }
    }
    throw error;
  }
  const failure = envelopeError(answer.data, mapping, answer.url);
  if (failure) throw failure;
  return answer;
}

function arrayAt(data: unknown, path: string | undefined, fallback: string, url: string, what: string): unknown[] {
  const list = path === undefined && Array.isArray(data) ? data : valueAt(data, path ?? fallback);
  if (!Array.isArray(list)) throw shapeError(path ?? fallback, `an array of ${what}`, list, url);
  return list;
}

export const mappingAdapter: Adapter = {
  async list({ category, page, pageSize }, context) {
    const mapping = mappingOf(context);
    const answer = await fetchChecked(context, mapping, endpointUrl(context.config.src, { category, page, pageSize, offset: (page - 1) * pageSize }, { category, page, pageSize }));
    const rawTotal = mapping.total ? valueAt(answer.data, mapping.total) : undefined;
    const total = rawTotal === undefined || rawTotal === null || rawTotal === '' ? undefined : Number(rawTotal);
    const categories = mapping.categories ? valueAt(answer.data, mapping.categories) : undefined;
    return {
      records: arrayAt(answer.data, mapping.items, 'items', answer.url, 'articles'),
      url: answer.url,
      total: total !== undefined && Number.isFinite(total) && total >= 0 ? total : undefined,
      categories: Array.isArray(categories) ? categories : undefined,
    };
  },

  read(record, context) {
    if (!isRecord(record)) return record;
    const mapping = mappingOf(context);
    const fields = Object.fromEntries(ARTICLE_FIELDS.map((name) => [name, valueAt(record, mapping[name] ?? name)]));
    const name = mapping.categoryName ? valueAt(record, mapping.categoryName) : undefined;
    if (name !== undefined && (typeof fields.category === 'string' || typeof fields.category === 'number')) fields.category = { id: fields.category, name };
    return fields;
  },

  async categories(context) {
    const { categoriesSrc } = context.config;
    if (!categoriesSrc) return undefined;
    const mapping = mappingOf(context);
    const answer = await fetchChecked(context, mapping, categoriesSrc);
    return { records: arrayAt(answer.data, mapping.categories, 'items', answer.url, 'categories'), url: answer.url };
  },

  async article(id, context) {
    const { articleSrc } = context.config;
    if (!articleSrc) return undefined;
    const mapping = mappingOf(context);
    const answer = await fetchChecked(context, mapping, expandTemplate(articleSrc, { id }));
    return { record: valueAt(answer.data, mapping.item), url: answer.url };
  },
};
