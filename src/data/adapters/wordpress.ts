// WordPress REST API v2. `src` is any address of the site (`https://site/`) or its REST root in
// either form (`…/wp-json/`, `…/index.php/wp-json/`, `…/?rest_route=/`, `…/index.php?rest_route=/`),
// or the posts route under one; every request is written in the form of that root. A site address
// is looked up once: the `Link: <…>; rel="https://api.w.org/"` header of its page (WordPress's own
// discovery; readable from the same origin only, pages send no CORS headers), else `?rest_route=`
// at that address, which every WordPress answers. Posts come with `_embed` (author, featured
// image, terms); totals from X-WP-Total / X-WP-TotalPages, or from `_envelope` answers. Categories
// are chosen by slug (numeric ids work too), and a parent's tab holds its children's posts too.
// Page 1 of All starts with the sticky posts, as the site's home page does.

import type { Adapter, AdapterContext, FetchedResource, ListAnswer } from '../adapter.js';
import { NewsError, isAbortError } from '../../base/errors.js';
import { isRecord, shapeError } from '../model.js';
import { endpointUrl, expandTemplate, hasPlaceholders, withQuery } from '../template.js';
import { htmlToText } from '../html-text.js';
import { decodeEntities } from '../text.js';

type Json = Record<string, unknown>;

const EMBED = 'author,wp:featuredmedia,wp:term';
const POSTS = 'wp/v2/posts';
/** Query parameters of `src` that are the adapter's, not to be sent on: the route, the sticky switch. */
const OWN_PARAMS = new Set(['rest_route', 'ignore_sticky_posts']);

/** Where a site's REST API is, and how a route is written there. */
export interface RestRoot {
  /** `path`: a route follows `base` (`…/wp-json/` + `wp/v2/posts`); `query`: it is `base`'s `rest_route`. */
  form: 'path' | 'query';
  base: string;
  /** The address's other query parameters (`_envelope`, a language), sent with every request. */
  query: string;
}

function splitUrl(url: string): { path: string; params: [name: string, raw: string][] } {
  const [path, query = ''] = url.split('#')[0].split(/\?(.*)/s);
  const name = (raw: string) => {
    try {
      return decodeURIComponent(raw.split('=')[0].replace(/\+/g, ' '));
    } catch {
      return raw;
    }
  };
  return { path, params: query.split('&').filter(Boolean).map((raw): [string, string] => [name(raw), raw]) };
}

/** The parameters of `src` to send on: not the adapter's own, not a template's. */
const keptQuery = (params: [string, string][]) =>
  params
    .filter(([name, raw]) => !OWN_PARAMS.has(name) && !hasPlaceholders(raw))
    .map(([, raw]) => raw)
    .join('&');

/** The REST root that `src` names, or undefined when `src` is a site address to look up. */
export function restRootOf(src: string): RestRoot | undefined {
  const { path, params } = splitUrl(src);
  const query = keptQuery(params);
  if (params.some(([name]) => name === 'rest_route')) return { form: 'query', base: path, query };
  const posts = /^(.*?\/)wp\/v2\/posts\/?$/.exec(path);
  if (posts) return { form: 'path', base: posts[1], query };
  const prefix = /^(.*?\/)?wp-json(?:\/.*)?$/.exec(path);
  if (prefix) return { form: 'path', base: `${prefix[1] ?? ''}wp-json/`, query };
  return undefined;
}

/** The URL of a route (`wp/v2/posts`) under a REST root, with query parameters. */
export function restUrl(root: RestRoot, route: string, params: Record<string, string | number | undefined> = {}): string {
  const url = root.form === 'path' ? `${root.base}${route}` : `${root.base}?rest_route=/${route}`;
  return withQuery(root.query ? `${url}${url.includes('?') ? '&' : '?'}${root.query}` : url, params);
}

const sameOrigin = (url: string) => {
  const page = globalThis.location?.href;
  return page !== undefined && new URL(url, page).origin === new URL(page).origin;
};

/** The REST root a page's `Link` header names, when it is on the page's own origin. */
function linkedRoot(link: string | null, pageUrl: string): RestRoot | undefined {
  const href = link && /<([^>]+)>\s*;\s*rel="?https:\/\/api\.w\.org\/"?/.exec(link)?.[1];
  if (!href) return undefined;
  const url = new URL(href, new URL(pageUrl, globalThis.location?.href));
  // An answer never points the elements at another origin (API.md, safety).
  if (url.origin !== new URL(pageUrl, globalThis.location?.href).origin) return undefined;
  return restRootOf(url.href);
}

/** Whether a text answer is a REST index (a root under a prefix of the site's own, `/api/`). */
function isRestIndex(text: string): boolean {
  try {
    const index: unknown = JSON.parse(text);
    return isRecord(index) && Array.isArray(index.namespaces) && index.namespaces.includes('wp/v2');
  } catch {
    return false;
  }
}

/** Finds the REST root of a site address: its page's Link header, else `?rest_route=` there. */
async function discover(src: string, context: AdapterContext): Promise<RestRoot> {
  const { path, params } = splitUrl(src);
  const query = keptQuery(params);
  const fallback: RestRoot = { form: 'query', base: path, query };
  if (!sameOrigin(src)) return fallback;
  let answer: FetchedResource<string>;
  try {
    answer = await context.fetchText(src);
  } catch (error) {
    if (isAbortError(error)) throw error;
    return fallback;
  }
  const linked = linkedRoot(answer.headers.get('Link'), src);
  if (linked) return { ...linked, query: [linked.query, query].filter(Boolean).join('&') };
  if (isRestIndex(answer.data)) return { form: 'path', base: path.endsWith('/') ? path : `${path}/`, query };
  return fallback;
}

/** The endpoint's REST root: named by `src`, else looked up once per client (concurrent callers share the client's one request). */
async function restRoot(context: AdapterContext): Promise<RestRoot> {
  const { src } = context.config;
  const named = restRootOf(src);
  if (named) return named;
  const key = `wordpress:root:${src}`;
  const known = context.memo.get(key) as RestRoot | undefined;
  if (known) return known;
  const found = await discover(src, context);
  context.memo.set(key, found);
  return found;
}

/** The rendered HTML of a `{ rendered }` field (or a plain string some plugins return). */
function rendered(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isRecord(value) && typeof value.rendered === 'string') return value.rendered;
  return undefined;
}

function embedded(post: Json, key: string): unknown[] {
  const embeds = isRecord(post._embedded) ? post._embedded[key] : undefined;
  return Array.isArray(embeds) ? embeds : [];
}

/** WordPress's `date_gmt` is UTC without a zone; `date` is the site's local time. */
function utc(gmt: unknown, local: unknown): string | undefined {
  if (typeof gmt === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(gmt)) return `${gmt.replace(/Z$/, '')}Z`;
  return typeof local === 'string' ? local : undefined;
}

/** A WordPress term as a candidate category: chosen by slug (numeric ids work too); `parent` as categories() sets it. */
function toCategory(term: unknown): unknown {
  if (!isRecord(term)) return term;
  const id = typeof term.slug === 'string' && term.slug ? term.slug : term.id;
  return { id, name: term.name ?? term.slug, count: term.count, parent: typeof term.parent === 'string' ? term.parent : undefined };
}

/** One post as a candidate article (the pipeline reads it leniently). */
export function wordpressRecord(post: unknown): unknown {
  if (!isRecord(post)) return post;
  const title = rendered(post.title);
  const content = isRecord(post.content) && post.content.protected === true ? undefined : rendered(post.content);
  const excerpt = rendered(post.excerpt);
  const terms = embedded(post, 'wp:term').flat().filter(isRecord);
  const categories = terms.filter((term) => term.taxonomy === 'category');
  const tags = terms.filter((term) => term.taxonomy === 'post_tag').map((term) => term.name);
  const [author] = embedded(post, 'author').filter(isRecord);
  const [media] = embedded(post, 'wp:featuredmedia').filter(isRecord);
  const details = media && isRecord(media.media_details) ? media.media_details : {};
  const firstCategory = Array.isArray(post.categories) ? post.categories[0] : undefined;
  return {
    id: post.id,
    // Titles and excerpts are rendered HTML in WordPress, text here.
    title: title === undefined ? undefined : htmlToText(title),
    summary: excerpt === undefined ? undefined : htmlToText(excerpt).replace(/\s*\[…\]$/, ''),
    body: content,
    category: categories[0] ? toCategory(categories[0]) : firstCategory,
    author: author?.name,
    publishedAt: utc(post.date_gmt, post.date),
    updatedAt: utc(post.modified_gmt, post.modified),
    image: media ? { src: media.source_url, alt: media.alt_text, width: details.width, height: details.height } : undefined,
    url: post.link,
    tags,
  };
}

interface Unwrapped {
  posts: unknown;
  url: string;
  total?: number;
  totalPages?: number;
}

const finite = (value: unknown) => (value === null || value === undefined || !Number.isFinite(Number(value)) ? undefined : Number(value));

/** The posts and totals of an answer, plain or `_envelope`d. */
function unwrap(answer: FetchedResource): Unwrapped {
  const { data, headers, url } = answer;
  // `_envelope` answers everything with HTTP 200, the real status and headers inside (`headers`
  // is `[]` when there are none, as in WordPress's error envelopes): read it like a plain answer.
  if (isRecord(data) && 'body' in data && 'status' in data && 'headers' in data) {
    const status = Number(data.status);
    if (status >= 400) {
      const message = isRecord(data.body) && typeof data.body.message === 'string' ? data.body.message : undefined;
      throw new NewsError('http', `The server answered ${status}`, { url, status, body: JSON.stringify(data.body ?? null).slice(0, 4096), serverMessage: message });
    }
    const envelope = isRecord(data.headers) ? data.headers : {};
    return { posts: data.body, url, total: finite(envelope['X-WP-Total']), totalPages: finite(envelope['X-WP-TotalPages']) };
  }
  return { posts: data, url, total: finite(headers.get('X-WP-Total')), totalPages: finite(headers.get('X-WP-TotalPages')) };
}

/** One answer of posts: an array, or a shape error. A page past the end (400 rest_post_invalid_page_number) is an empty one. */
async function fetchPosts(context: AdapterContext, url: string): Promise<Unwrapped & { posts: unknown[] }> {
  let answer: Unwrapped;
  try {
    answer = unwrap(await context.fetchJson(url));
  } catch (error) {
    if (error instanceof NewsError && error.status === 400 && /rest_post_invalid_page_number/.test(error.body ?? '')) return { posts: [], url, totalPages: 0 };
    throw error;
  }
  if (!Array.isArray(answer.posts)) throw shapeError('posts', 'an array of posts', answer.posts, answer.url);
  return answer as Unwrapped & { posts: unknown[] };
}

/** The categories answer, sorted by name (ties by id) with each `parent` as its slug: the stable order tabs start from. */
async function fetchCategories(context: AdapterContext): Promise<{ records: unknown[]; url: string }> {
  const url = context.config.categoriesSrc ?? restUrl(await restRoot(context), 'wp/v2/categories', { per_page: 100, hide_empty: 'true', orderby: 'count', order: 'desc' });
  const { posts: list, url: answered } = unwrap(await context.fetchJson(url));
  if (!Array.isArray(list)) throw shapeError('categories', 'an array of categories', list, url);
  const slugs = new Map(list.filter(isRecord).map((term) => [term.id, typeof term.slug === 'string' && term.slug ? term.slug : term.id]));
  const name = (term: unknown) => (isRecord(term) && typeof term.name === 'string' ? decodeEntities(term.name) : '');
  const id = (term: unknown) => (isRecord(term) ? Number(term.id) || 0 : 0);
  const records = list
    .map((term) => (isRecord(term) ? { ...term, parent: slugs.get(term.parent) } : term))
    .sort((a, b) => name(a).localeCompare(name(b), 'en') || id(a) - id(b));
  return { records, url: answered };
}

/** WordPress category ids by slug and by id, each with its descendants' ids (a parent's posts include its children's). */
async function categoryIds(context: AdapterContext): Promise<Map<string, number[]>> {
  const key = `wordpress:categories:${context.config.src}`;
  const known = context.memo.get(key) as Map<string, number[]> | undefined;
  if (known) return known;
  const terms = (await fetchCategories(context)).records.filter(isRecord);
  const children = new Map<unknown, Json[]>();
  for (const term of terms) children.set(term.parent, [...(children.get(term.parent) ?? []), term]);
  const slug = (term: Json) => (typeof term.slug === 'string' && term.slug ? term.slug : term.id);
  const withDescendants = (term: Json, seen = new Set<Json>()): number[] => {
    seen.add(term);
    const below = (children.get(slug(term)) ?? []).filter((child) => !seen.has(child));
    return [Number(term.id), ...below.flatMap((child) => withDescendants(child, seen))];
  };
  const ids = new Map<string, number[]>();
  for (const term of terms) {
    const all = withDescendants(term);
    ids.set(String(term.slug), all);
    ids.set(String(term.id), all);
  }
  context.memo.set(key, ids);
  return ids;
}

/** Whether `src` asks for sticky posts first (the default; `ignore_sticky_posts=1` turns it off). */
function stickyFirst(src: string): boolean {
  const flag = splitUrl(src).params.find(([name]) => name === 'ignore_sticky_posts')?.[1].split('=')[1];
  return flag === undefined || flag === '0' || flag === 'false';
}

/**
 * A page of All with the sticky posts first, as WordPress's home page has them: the sticky posts,
 * then the others (`sticky=false`) from an offset that counts the sticky ones (by `page` where
 * that is the same, so page 1's second request goes out at once). A server that ignores `sticky`
 * (it answers posts that are not sticky: a mock, an old proxy) has none to put first.
 */
async function stickyFirstPage(context: AdapterContext, root: RestRoot, page: number, pageSize: number): Promise<ListAnswer> {
  const posts = (params: Record<string, string | number>) => fetchPosts(context, restUrl(root, POSTS, { _embed: EMBED, ...params }));
  const others = (offset: number) =>
    posts(offset % pageSize === 0 ? { sticky: 'false', per_page: pageSize, page: offset / pageSize + 1 } : { sticky: 'false', per_page: pageSize, offset });
  const start = (page - 1) * pageSize;
  if (page === 1) others(0).catch(() => {}); // the same request as below when there are sticky posts, or none
  const stickies = await posts({ sticky: 'true', per_page: pageSize });
  const genuine = stickies.posts.every((post) => isRecord(post) && post.sticky === true);
  const stickyCount = genuine ? (stickies.total ?? stickies.posts.length) : 0;
  let first: unknown[] = [];
  if (start < stickyCount) first = (start === 0 ? stickies : await posts({ sticky: 'true', per_page: pageSize, offset: start })).posts.slice(0, pageSize);
  const rest = first.length < pageSize ? await others(Math.max(0, start - stickyCount)) : undefined;
  const ids = new Set(first.map((post) => (isRecord(post) ? post.id : undefined)));
  const records = [...first, ...(rest?.posts ?? []).filter((post) => !isRecord(post) || !ids.has(post.id))].slice(0, pageSize);
  const restTotal = rest ? rest.total : (await others(0)).total;
  const total = restTotal === undefined ? undefined : stickyCount + restTotal;
  return { records, url: rest?.url ?? stickies.url, total, hasNext: total === undefined ? undefined : start + pageSize < total };
}

export const wordpressAdapter: Adapter = {
  relativeToAnswer: true,

  async list({ category, page, pageSize }, context) {
    const { src } = context.config;
    let categories: string | undefined;
    if (category !== null) {
      const ids = (await categoryIds(context)).get(category) ?? (/^\d+$/.test(category) ? [Number(category)] : undefined);
      if (!ids) return { records: [], url: src, total: 0 };
      categories = ids.join(',');
    }
    let answer: Unwrapped & { posts: unknown[] };
    if (hasPlaceholders(src)) {
      answer = await fetchPosts(context, endpointUrl(src, { category: categories ?? null, page, pageSize, offset: (page - 1) * pageSize }));
    } else {
      const root = await restRoot(context);
      if (category === null && !context.config.noSticky && stickyFirst(src)) return stickyFirstPage(context, root, page, pageSize);
      answer = await fetchPosts(context, restUrl(root, POSTS, { _embed: EMBED, per_page: pageSize, page, categories }));
    }
    const { posts, url, total, totalPages } = answer;
    return { records: posts, url, total, hasNext: totalPages !== undefined ? page < totalPages : undefined };
  },

  read: wordpressRecord,
  readCategory: toCategory,

  categories: fetchCategories,

  async article(id, context) {
    const { articleSrc } = context.config;
    const url = articleSrc ? expandTemplate(articleSrc, { id }) : restUrl(await restRoot(context), `${POSTS}/${encodeURIComponent(id)}`, { _embed: EMBED });
    const answer = await context.fetchJson(url);
    return { record: unwrap(answer).posts, url: answer.url };
  },
};
