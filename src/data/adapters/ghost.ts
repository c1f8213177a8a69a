// Ghost Content API. `src` is the API root with its key (`https://site/ghost/api/content/?key=KEY`);
// every request keeps the key. Posts with `include=tags,authors`, a category is a tag
// (`filter=tag:slug`), totals from `meta.pagination`.

import type { Adapter, AdapterContext, FetchedResource } from '../adapter.js';
import { type Article, type Category, isRecord, normalizeArticle, shapeError } from '../model.js';
import { expandTemplate } from '../template.js';

/** A Content API route under the root of `src`, with the root's query (the key) and `params`. */
export function ghostRoute(src: string, path: string, params: Record<string, string | number | undefined> = {}): string {
  const url = new URL(src, globalThis.location?.href ?? 'https://relative.invalid/');
  const base = url.pathname.replace(/\/(posts|tags)\/?.*$/, '/').replace(/([^/])$/, '$1/');
  const target = new URL(`${base}${path}`, url);
  url.searchParams.forEach((value, name) => target.searchParams.set(name, value));
  for (const [name, value] of Object.entries(params)) if (value !== undefined) target.searchParams.set(name, String(value));
  // Keep a relative src relative.
  return /^[a-z][a-z\d+.-]*:/i.test(src) || src.startsWith('//') ? target.href : `${target.pathname}${target.search}`;
}

function ghostArticle(post: unknown, field: string, url: string): Article {
  if (!isRecord(post)) throw shapeError(field, 'a post object', post, url);
  const tags = (Array.isArray(post.tags) ? post.tags : []).filter(isRecord).filter((tag) => tag.visibility !== 'internal');
  const primaryTag = isRecord(post.primary_tag) ? post.primary_tag : tags[0];
  const author = isRecord(post.primary_author) ? post.primary_author : (Array.isArray(post.authors) ? post.authors : []).find(isRecord);
  return normalizeArticle(
    {
      id: post.id,
      title: post.title,
      summary: post.custom_excerpt ?? post.excerpt,
      body: post.html,
      category: primaryTag ? { id: primaryTag.slug ?? primaryTag.id, name: primaryTag.name } : undefined,
      author: author?.name,
      publishedAt: post.published_at,
      updatedAt: post.updated_at,
      image: typeof post.feature_image === 'string' ? { src: post.feature_image, alt: post.feature_image_alt ?? undefined } : undefined,
      url: post.url,
      tags: tags.map((tag) => tag.name).filter((name): name is string => typeof name === 'string'),
    },
    field,
    url,
  );
}

function posts(answer: FetchedResource): unknown[] {
  const { data, url } = answer;
  if (!isRecord(data)) throw shapeError('posts', 'a Content API answer with posts', data, url);
  if (!Array.isArray(data.posts)) throw shapeError('posts', 'an array of posts', data.posts, url);
  return data.posts;
}

const include = 'tags,authors';

export const ghostAdapter: Adapter = {
  async list({ category, page, pageSize }, context) {
    const { src } = context.config;
    const url = /\{\w+\}/.test(src)
      ? expandTemplate(src, { category, page, pageSize, offset: (page - 1) * pageSize })
      : ghostRoute(src, 'posts/', { include, limit: pageSize, page, filter: category === null ? undefined : `tag:${category}` });
    const answer = await context.fetchJson(url);
    const items = posts(answer).map((post, i) => ghostArticle(post, `posts[${i}]`, answer.url));
    const pagination = isRecord(answer.data) && isRecord(answer.data.meta) && isRecord(answer.data.meta.pagination) ? answer.data.meta.pagination : undefined;
    const total = typeof pagination?.total === 'number' ? pagination.total : undefined;
    const hasNext = pagination ? pagination.next !== null && pagination.next !== undefined : items.length >= pageSize;
    return { items, total, page, pageSize, hasNext };
  },

  async categories(context: AdapterContext) {
    const { src, categoriesSrc } = context.config;
    const answer = await context.fetchJson(categoriesSrc ?? ghostRoute(src, 'tags/', { limit: 'all', filter: 'visibility:public', include: 'count.posts' }));
    const { data, url } = answer;
    if (!isRecord(data) || !Array.isArray(data.tags)) throw shapeError('tags', 'an array of tags', isRecord(data) ? data.tags : data, url);
    return data.tags.filter(isRecord).map((tag, i): Category => {
      if (typeof tag.slug !== 'string' || !tag.slug) throw shapeError(`tags[${i}].slug`, 'a string', tag.slug, url);
      const count = isRecord(tag.count) && typeof tag.count.posts === 'number' ? tag.count.posts : undefined;
      return { id: tag.slug, name: typeof tag.name === 'string' ? tag.name : tag.slug, ...(count === undefined ? {} : { count }) };
    });
  },

  async article(id, context) {
    const { articleSrc, src } = context.config;
    if (!articleSrc) {
      const known = context.knownArticle(id);
      if (known) return known;
    }
    const answer = await context.fetchJson(articleSrc ? expandTemplate(articleSrc, { id }) : ghostRoute(src, `posts/${encodeURIComponent(id)}/`, { include }));
    const [post] = posts(answer);
    return ghostArticle(post, 'posts[0]', answer.url);
  },
};
