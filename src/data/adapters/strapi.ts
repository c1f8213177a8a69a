// Strapi REST API, v4 (`data[].attributes`, relations wrapped in `{ data }`) and v5 (flat, with
// `documentId`), told apart by each answer. `src` is a collection route (`https://cms/api/articles`);
// requests add `populate=*`, `sort=publishedAt:desc`, `pagination[page|pageSize]` and, for a
// category, `filters[category][slug][$eq]` (whatever `src` already sets is kept). Totals from
// `meta.pagination`. Bodies in Markdown (rich text) or Blocks JSON become HTML, then are sanitized.

import type { Adapter, AdapterContext, FetchedResource } from '../adapter.js';
import { isRecord, shapeError } from '../model.js';
import { markdownToHtml } from '../markdown.js';
import { expandTemplate, hasPlaceholders } from '../template.js';
import { onServerOf, withCmsParams } from './cms-url.js';
import { blocksToHtml } from './strapi-blocks.js';

type Json = Record<string, unknown>;

/** A v4 entry or relation made flat like v5: `{ id, attributes: {...} }` → `{ id, ... }`, `{ data }` → data. */
export function flattenStrapi(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(flattenStrapi);
  if (!isRecord(value)) return value;
  const keys = Object.keys(value);
  if (keys.includes('data') && keys.every((key) => key === 'data' || key === 'meta')) return flattenStrapi(value.data);
  if (isRecord(value.attributes)) {
    const flat: Json = { id: value.id };
    for (const [key, field] of Object.entries(value.attributes)) {
      // Rich text stays as it is; relations and media are unwrapped. defineProperty: a key named
      // "__proto__" is a field like any other, not the object's prototype.
      Object.defineProperty(flat, key, { value: isRecord(field) ? flattenStrapi(field) : field, enumerable: true, writable: true, configurable: true });
    }
    return flat;
  }
  return value;
}

/** The collection route of `src`, with its query, and the route beside it (`…/api/categories`). */
function siblingRoute(src: string, name: string): string {
  const [path] = src.split('?');
  return `${path.replace(/\/[^/]*\/?$/, '')}/${name}`;
}

/** Strapi's default `maxLimit`: a larger page size is cut to it by the server. */
export const STRAPI_MAX_PAGE_SIZE = 100;

const withParams = (url: string, params: Record<string, string | number | undefined>) => withCmsParams(url, params, { paging: 'pagination[', filters: 'filters[' });

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : typeof value === 'number' ? String(value) : undefined;
}

function personName(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!isRecord(value)) return undefined;
  const full = [text(value.firstname), text(value.lastname)].filter(Boolean).join(' ');
  return text(value.name) ?? text(value.displayName) ?? (full || undefined) ?? text(value.username);
}

function media(value: unknown) {
  const file = Array.isArray(value) ? value[0] : value;
  if (!isRecord(file)) return undefined;
  return { src: file.url, alt: text(file.alternativeText) ?? text(file.caption), width: file.width, height: file.height };
}

function toCategory(value: unknown): unknown {
  const entry = Array.isArray(value) ? value.find(isRecord) : value;
  if (!isRecord(entry)) return undefined;
  return { id: text(entry.slug) ?? text(entry.documentId) ?? text(entry.id), name: text(entry.name) ?? text(entry.title) };
}

/** Root-relative `src` and `href` of rendered Markdown, made absolute on the Strapi server (as Blocks' are). */
const resolveAttributes = (html: string, resolve: (url: string) => string) => html.replace(/\b(src|href)="(\/[^/"][^"]*)"/g, (_, name: string, url: string) => `${name}="${resolve(url)}"`);

/** Rich text is Markdown; an HTML editor plugin (CKEditor) stores HTML, which starts with a block. */
const isMarkdown = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '' && !/^\s*<(p|div|h[1-6]|ul|ol|table|figure|blockquote|section|article|img|pre)\b/i.test(value);

async function body(value: unknown, resolve: (url: string) => string): Promise<string | undefined> {
  if (typeof value === 'string') return isMarkdown(value) ? resolveAttributes(await markdownToHtml(value), resolve) : value;
  if (Array.isArray(value)) return blocksToHtml(value, resolve);
  return undefined;
}

/**
 * One entry (v4 or v5) as a candidate article. For a list, a Markdown body is not rendered (a
 * list does not show bodies, and the Markdown library need not load for it): the article has no
 * body yet, and the entry is kept for when it is shown.
 */
export async function strapiRecord(entry: unknown, context: AdapterContext, purpose: 'list' | 'article'): Promise<unknown> {
  const flat = flattenStrapi(entry);
  if (!isRecord(flat)) return flat;
  const resolve = onServerOf(context.config.src);
  const raw = flat.content ?? flat.body ?? flat.text;
  // v5 addresses an entry by documentId; v4 by id.
  const id = flat.documentId ?? flat.id;
  const deferred = purpose === 'list' && isMarkdown(raw);
  if (deferred && (typeof id === 'string' || typeof id === 'number')) context.memo.set(`strapi:entry:${id}`, entry);
  return {
    id,
    title: flat.title ?? flat.name,
    summary: flat.description ?? flat.summary ?? flat.excerpt,
    body: deferred ? undefined : await body(raw, resolve),
    category: toCategory(flat.category ?? flat.categories),
    author: personName(flat.author) ?? personName(flat.createdBy),
    source: flat.source,
    publishedAt: flat.publishedAt ?? flat.createdAt,
    updatedAt: flat.updatedAt,
    image: media(flat.cover ?? flat.image ?? flat.thumbnail),
    url: flat.url,
  };
}

function entries(answer: FetchedResource): unknown[] {
  const { data, url } = answer;
  if (!isRecord(data)) throw shapeError('data', 'a Strapi answer ({ data, meta })', data, url);
  if (!Array.isArray(data.data)) throw shapeError('data', 'an array of entries', data.data, url);
  return data.data;
}

const FIRST_LEVEL = '*';

export const strapiAdapter: Adapter = {
  relativeToAnswer: true,

  async list({ category, page, pageSize: wanted }, context) {
    const { src } = context.config;
    const pageSize = Math.min(wanted, STRAPI_MAX_PAGE_SIZE);
    const url = hasPlaceholders(src)
      ? expandTemplate(src, { category, page, pageSize, offset: (page - 1) * pageSize })
      : withParams(src, {
          populate: FIRST_LEVEL,
          sort: 'publishedAt:desc',
          'pagination[page]': page,
          'pagination[pageSize]': pageSize,
          'filters[category][slug][$eq]': category ?? undefined,
        });
    const answer = await context.fetchJson(url);
    const meta = isRecord(answer.data) && isRecord(answer.data.meta) ? answer.data.meta : undefined;
    const pagination = isRecord(meta?.pagination) ? meta.pagination : undefined;
    const total = typeof pagination?.total === 'number' ? pagination.total : undefined;
    const pageCount = typeof pagination?.pageCount === 'number' ? pagination.pageCount : undefined;
    return { records: entries(answer), url: answer.url, total, hasNext: pageCount !== undefined ? page < pageCount : undefined, pageSize };
  },

  read: strapiRecord,

  readCategory: (entry) => toCategory(flattenStrapi(entry)),

  async categories(context: AdapterContext) {
    const { src, categoriesSrc } = context.config;
    // The categories in the locale `src` asks for, in the order the CMS keeps them.
    const locale = new URLSearchParams(src.split('?')[1] ?? '').get('locale') ?? undefined;
    const answer = await context.fetchJson(categoriesSrc ?? withParams(siblingRoute(src, 'categories'), { locale, 'pagination[pageSize]': STRAPI_MAX_PAGE_SIZE }));
    return { records: entries(answer), url: answer.url };
  },

  async article(id, context) {
    const { articleSrc, src } = context.config;
    // A Markdown body the list left unrendered is rendered now, from the entry the list brought.
    const listed = articleSrc ? undefined : context.memo.get(`strapi:entry:${id}`);
    if (listed !== undefined) return { record: listed, url: src };
    const [path, query = ''] = src.split('?');
    const keep = new URLSearchParams(query);
    for (const name of [...keep.keys()]) if (/^(pagination|sort|filters)/.test(name)) keep.delete(name);
    const route = `${path.replace(/\/$/, '')}/${encodeURIComponent(id)}${keep.size ? `?${keep}` : ''}`;
    const answer = await context.fetchJson(articleSrc ? expandTemplate(articleSrc, { id }) : withParams(route, { populate: FIRST_LEVEL }));
    const { data } = answer;
    if (!isRecord(data)) throw shapeError('data', 'a Strapi answer ({ data })', data, answer.url);
    return { record: Array.isArray(data.data) ? data.data[0] : data.data, url: answer.url };
  },
};
