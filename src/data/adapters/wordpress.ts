// WordPress REST API v2. `src` is the site's REST root (`https://site/wp-json/`) or its posts
// route (`…/wp-json/wp/v2/posts`). Posts come with `_embed` (author, featured image, terms);
// totals from X-WP-Total / X-WP-TotalPages, or from the `_envelope` form when a proxy hides headers.
// Categories are WordPress categories, chosen by slug (numeric ids work too).

import type { Adapter, AdapterContext, FetchedResource } from '../adapter.js';
import { NewsError } from '../errors.js';
import { isRecord, shapeError } from '../model.js';
import { endpointUrl, expandTemplate, hasPlaceholders, withQuery } from '../template.js';
import { htmlToText } from '../text.js';

type Json = Record<string, unknown>;

const EMBED = 'author,wp:featuredmedia,wp:term';

/** The REST root (ending in `/`) and the posts route of `src`. */
export function wordpressRoutes(src: string): { root: string; posts: string } {
  const [path, query = ''] = src.split('?');
  const search = query ? `?${query}` : '';
  const match = /^(.*?\/)wp\/v2\/posts\/?$/.exec(path);
  if (match) return { root: `${match[1]}${search}`, posts: src };
  const root = path.endsWith('/') ? path : `${path}/`;
  return { root: `${root}${search}`, posts: `${root}wp/v2/posts${search}` };
}

function route(root: string, path: string): string {
  const [base, query] = root.split('?');
  return query ? `${base}${path}${path.includes('?') ? '&' : '?'}${query}` : `${base}${path}`;
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

/** A WordPress term as a candidate category: chosen by slug (numeric ids work too). */
function toCategory(term: unknown): unknown {
  if (!isRecord(term)) return term;
  return { id: typeof term.slug === 'string' && term.slug ? term.slug : term.id, name: term.name ?? term.slug, count: term.count };
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

/** The posts and totals of an answer, plain or `_envelope`d. */
function unwrap(answer: FetchedResource): { posts: unknown; total?: number; totalPages?: number } {
  const { data, headers } = answer;
  if (isRecord(data) && 'body' in data && isRecord(data.headers)) {
    // `_envelope` answers every error with HTTP 200 and the real status inside: read it like a plain one.
    const status = Number(data.status);
    if (status >= 400) {
      const message = isRecord(data.body) && typeof data.body.message === 'string' ? data.body.message : undefined;
      throw new NewsError('http', `The server answered ${status}`, { url: answer.url, status, body: JSON.stringify(data.body ?? null).slice(0, 4096), serverMessage: message });
    }
    const envelope = data.headers as Json;
    return { posts: data.body, total: Number(envelope['X-WP-Total']), totalPages: Number(envelope['X-WP-TotalPages']) };
  }
  const total = headers.get('X-WP-Total');
  const totalPages = headers.get('X-WP-TotalPages');
  return { posts: data, total: total === null ? undefined : Number(total), totalPages: totalPages === null ? undefined : Number(totalPages) };
}

/** WordPress category ids by slug (and by id), from the categories route, once per endpoint. */
async function categoryIds(context: AdapterContext): Promise<Map<string, number>> {
  const key = `wordpress:categories:${context.config.src}`;
  let ids = context.memo.get(key) as Promise<Map<string, number>> | undefined;
  if (!ids) {
    ids = fetchCategories(context).then(({ records }) => new Map(records.filter(isRecord).flatMap((term) => [[String(term.slug), Number(term.id)] as const, [String(term.id), Number(term.id)] as const])));
    context.memo.set(key, ids);
    ids.catch(() => context.memo.delete(key));
  }
  return ids;
}

async function fetchCategories(context: AdapterContext): Promise<{ records: unknown[]; url: string }> {
  const { root } = wordpressRoutes(context.config.src);
  const url = context.config.categoriesSrc ?? route(root, 'wp/v2/categories?per_page=100&hide_empty=true&orderby=count&order=desc');
  const answer = await context.fetchJson(url);
  const { posts: list } = unwrap(answer);
  if (!Array.isArray(list)) throw shapeError('categories', 'an array of categories', list, answer.url);
  return { records: list, url: answer.url };
}

export const wordpressAdapter: Adapter = {
  relativeToAnswer: true,

  async list({ category, page, pageSize }, context) {
    const { src } = context.config;
    let categoryParam: number | string | undefined;
    if (category !== null) categoryParam = /^\d+$/.test(category) ? Number(category) : (await categoryIds(context)).get(category);
    if (category !== null && categoryParam === undefined) return { records: [], url: src, total: 0 };
    const url = hasPlaceholders(src)
      ? endpointUrl(src, { category: categoryParam ?? null, page, pageSize, offset: (page - 1) * pageSize })
      : withQuery(wordpressRoutes(src).posts, { _embed: EMBED, per_page: pageSize, page, categories: categoryParam });
    let answer: FetchedResource;
    let unwrapped: ReturnType<typeof unwrap>;
    try {
      answer = await context.fetchJson(url);
      unwrapped = unwrap(answer);
    } catch (error) {
      // WordPress answers a page past the end with 400 rest_post_invalid_page_number: an empty page.
      if (error instanceof NewsError && error.status === 400 && page > 1 && /rest_post_invalid_page_number/.test(error.body ?? '')) {
        return { records: [], url, hasNext: false };
      }
      throw error;
    }
    const { posts, total, totalPages } = unwrapped;
    if (!Array.isArray(posts)) throw shapeError('posts', 'an array of posts', posts, answer.url);
    return {
      records: posts,
      url: answer.url,
      total: total !== undefined && Number.isFinite(total) ? total : undefined,
      hasNext: totalPages !== undefined && Number.isFinite(totalPages) ? page < totalPages : undefined,
    };
  },

  read: wordpressRecord,
  readCategory: toCategory,

  categories: fetchCategories,

  async article(id, context) {
    const { articleSrc, src } = context.config;
    const url = articleSrc ? expandTemplate(articleSrc, { id }) : withQuery(route(wordpressRoutes(src).root, `wp/v2/posts/${encodeURIComponent(id)}`), { _embed: EMBED });
    const answer = await context.fetchJson(url);
    return { record: unwrap(answer).posts, url: answer.url };
  },
};
