// Drupal JSON:API. `src` is a collection (`https://site/jsonapi/node/article`). Requests add
// `include=uid,field_tags,field_image`, `sort=-created`, `page[offset]`/`page[limit]` and, for a
// category, `filter[field_tags.id]=<term uuid>` (whatever `src` already sets is kept: a site
// whose article type has other fields names them in its own `include`). Relationships are looked
// up in `included`; the body is `body.processed` (Drupal's filtered HTML, sanitized again here).
// Totals from `meta.count` when the site sends it, otherwise next/previous from `links.next`.

import type { Adapter, AdapterContext, FetchedResource } from '../adapter.js';
import { isRecord, shapeError } from '../model.js';
import { expandTemplate, hasPlaceholders } from '../template.js';
import { withCmsParams } from './cms-url.js';
import { htmlToText } from '../html-text.js';
import { shorten } from '../text.js';
import { sameOriginAs } from '../../security/url-policy.js';

type Json = Record<string, unknown>;

const DEFAULT_INCLUDE = 'uid,field_tags,field_image';
const CATEGORY_FIELDS = ['field_category', 'field_categories', 'field_tags'];

function query(src: string): URLSearchParams {
  return new URLSearchParams(src.split('?')[1] ?? '');
}

/** The relationship that holds an article's category: the first known one the include list names. */
function categoryField(src: string): string {
  const include = (query(src).get('include') ?? DEFAULT_INCLUDE).split(',');
  return CATEGORY_FIELDS.find((field) => include.includes(field)) ?? 'field_tags';
}

/** Drupal JSON:API's maximum page size: a larger `page[limit]` is cut to it by the server. */
export const DRUPAL_MAX_PAGE_SIZE = 50;

const withParams = (url: string, params: Record<string, string | number | undefined>) => withCmsParams(url, params, { paging: 'page[', filters: 'filter[' });

/** `included` by `type:id`. */
function includedIndex(document: Json): Map<string, Json> {
  const index = new Map<string, Json>();
  for (const resource of Array.isArray(document.included) ? document.included : []) {
    if (isRecord(resource) && typeof resource.type === 'string' && typeof resource.id === 'string') index.set(`${resource.type}:${resource.id}`, resource);
  }
  return index;
}

/** The related resources of one relationship (missing ones, not included, are skipped). */
function related(resource: Json, name: string, included: Map<string, Json>): { link: Json; resource?: Json }[] {
  const relationship = isRecord(resource.relationships) ? resource.relationships[name] : undefined;
  const data = isRecord(relationship) ? relationship.data : undefined;
  const links = (Array.isArray(data) ? data : data ? [data] : []).filter(isRecord);
  return links.map((link) => ({ link, resource: included.get(`${String(link.type)}:${String(link.id)}`) }));
}

const attributes = (resource: Json | undefined): Json => (resource && isRecord(resource.attributes) ? resource.attributes : {});
const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined);

function term(resource: Json | undefined, link: Json): unknown {
  return { id: link.id, name: text(attributes(resource).name) };
}

/** One `node--*` resource as a candidate article; `document` is the answer it came in (its `included`). */
export function drupalRecord(resource: unknown, document: Json, src: string): unknown {
  if (!isRecord(resource)) return resource;
  if (!isRecord(resource.attributes)) throw shapeError('attributes', 'an object', resource.attributes, src);
  const included = includedIndex(document);
  const a = resource.attributes;
  const body = isRecord(a.body) ? a.body : undefined;
  const html = text(body?.processed) ?? text(body?.value);
  const [category] = related(resource, categoryField(src), included).map(({ link, resource: r }) => term(r, link));
  const [author] = related(resource, 'uid', included).map(({ resource: r }) => text(attributes(r).display_name) ?? text(attributes(r).name));
  const [image] = related(resource, 'field_image', included).map(({ link, resource: file }) => {
    const uri = attributes(file).uri;
    const meta = isRecord(link.meta) ? link.meta : {};
    return { src: isRecord(uri) ? uri.url : undefined, alt: meta.alt, width: meta.width, height: meta.height };
  });
  const alias = isRecord(a.path) ? text(a.path.alias) : undefined;
  return {
    id: resource.id,
    title: a.title,
    summary: text(body?.summary) ?? (html ? shorten(htmlToText(html), 200) : undefined),
    body: html,
    category,
    author,
    source: a.field_source,
    publishedAt: a.created,
    updatedAt: a.changed,
    image,
    url: alias,
  };
}

/**
 * The terms route of the vocabulary the category field points into: `taxonomy_term/tags` for
 * field_tags; for another field, the vocabulary is read off a related term (one small request).
 */
async function vocabularyRoute(context: AdapterContext): Promise<string> {
  const { src } = context.config;
  const root = /^(.*?\/jsonapi\/)/.exec(src.split('?')[0])?.[1] ?? '/jsonapi/';
  const field = categoryField(src);
  let vocabulary = 'tags';
  if (field !== 'field_tags') {
    const answer = await context.fetchJson(withParams(src.split('?')[0], { include: field, 'page[limit]': 1 }));
    const document = documentOf(answer);
    const term = (Array.isArray(document.included) ? document.included : []).find((r) => isRecord(r) && typeof r.type === 'string' && r.type.startsWith('taxonomy_term--'));
    vocabulary = isRecord(term) ? String(term.type).slice('taxonomy_term--'.length) : field.replace(/^field_/, '');
  }
  return `${root}taxonomy_term/${vocabulary}?sort=weight,name`;
}

function documentOf(answer: FetchedResource): Json {
  const { data, url } = answer;
  if (!isRecord(data)) throw shapeError('data', 'a JSON:API document', data, url);
  if (Array.isArray(data.errors) && !data.data) throw shapeError('data', 'resources (the answer holds JSON:API errors)', data.errors, url);
  return data;
}

/** The answer's resources, each with the document it came in (relationships are looked up in its `included`). */
const withDocument = (document: Json) => (resource: unknown) => ({ resource, document });

export const drupalAdapter: Adapter = {
  relativeToAnswer: true,

  async list({ category, page, pageSize: wanted }, context) {
    const { src } = context.config;
    const pageSize = Math.min(wanted, DRUPAL_MAX_PAGE_SIZE);
    const url = hasPlaceholders(src)
      ? expandTemplate(src, { category, page, pageSize, offset: (page - 1) * pageSize })
      : withParams(src, {
          include: DEFAULT_INCLUDE,
          sort: '-created',
          [`filter[${categoryField(src)}.id]`]: category ?? undefined,
          'page[offset]': (page - 1) * pageSize,
          'page[limit]': pageSize,
        });
    const answer = await context.fetchJson(url);
    const document = documentOf(answer);
    if (!Array.isArray(document.data)) throw shapeError('data', 'an array of resources', document.data, answer.url);
    const rawCount = isRecord(document.meta) ? document.meta.count : undefined;
    const count = typeof rawCount === 'number' || (typeof rawCount === 'string' && /^\d+$/.test(rawCount)) ? Number(rawCount) : NaN;
    const total = Number.isFinite(count) && count >= 0 ? count : undefined;
    return {
      records: document.data.map(withDocument(document)),
      url: answer.url,
      total,
      hasNext: isRecord(document.links) ? Boolean(document.links.next) : undefined,
      pageSize,
    };
  },

  read(record, context) {
    const { resource, document } = record as { resource: unknown; document: Json };
    return drupalRecord(resource, document, context.config.src);
  },

  readCategory(resource) {
    return isRecord(resource) ? { id: resource.id, name: text(attributes(resource).name) } : resource;
  },

  async categories(context: AdapterContext) {
    const { src, categoriesSrc } = context.config;
    let url: string | undefined = categoriesSrc ?? (await vocabularyRoute(context));
    const records: unknown[] = [];
    const first = url;
    // A vocabulary longer than a page comes in pages: follow links.next (same origin, at most 10).
    for (let pages = 0; url && pages < 10; pages++) {
      const answer = await context.fetchJson(url);
      const document = documentOf(answer);
      if (!Array.isArray(document.data)) throw shapeError('data', 'an array of taxonomy terms', document.data, answer.url);
      records.push(...document.data);
      const next = isRecord(document.links) && isRecord(document.links.next) ? document.links.next.href : undefined;
      url = typeof next === 'string' && sameOriginAs(next, categoriesSrc ?? src) ? next : undefined;
    }
    return { records, url: first };
  },

  async article(id, context) {
    const { articleSrc, src } = context.config;
    const [path] = src.split('?');
    const include = query(src).get('include') ?? DEFAULT_INCLUDE;
    const answer = await context.fetchJson(articleSrc ? expandTemplate(articleSrc, { id }) : `${path.replace(/\/$/, '')}/${encodeURIComponent(id)}?include=${include}`);
    const document = documentOf(answer);
    const resource = Array.isArray(document.data) ? document.data[0] : document.data;
    return { record: resource === undefined || resource === null ? undefined : { resource, document }, url: answer.url };
  },
};
