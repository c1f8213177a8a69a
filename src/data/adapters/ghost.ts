// Ghost Content API. `src` is the API root with its key (`https://site/ghost/api/content/?key=KEY`);
// every request keeps the key. Posts with `include=tags,authors`, a category is a tag
// (`filter=tag:slug`), totals from `meta.pagination`.

import type { Adapter, AdapterContext, FetchedResource } from '../adapter.js';
import { isRecord, shapeError } from '../model.js';
import { expandTemplate, hasPlaceholders } from '../template.js';

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

/** One post as a candidate article. */
function ghostRecord(post: unknown): unknown {
  if (!isRecord(post)) return post;
  const tags = (Array.isArray(post.tags) ? post.tags : []).filter(isRecord).filter((tag) => tag.visibility !== 'internal');
  const primaryTag = isRecord(post.primary_tag) ? post.primary_tag : tags[0];
  const author = isRecord(post.primary_author) ? post.primary_author : (Array.isArray(post.authors) ? post.authors : []).find(isRecord);
  return {
    id: post.id,
    title: post.title,
    summary: post.custom_excerpt ?? post.excerpt,
    body: post.html,
    category: primaryTag ? { id: primaryTag.slug ?? primaryTag.id, name: primaryTag.name } : undefined,
    author: author?.name,
    publishedAt: post.published_at,
    updatedAt: post.updated_at,
    image: typeof post.feature_image === 'string' ? { src: post.feature_image, alt: post.feature_image_alt } : undefined,
    url: post.url,
    tags: tags.map((tag) => tag.name),
  };
}

function posts(answer: FetchedResource): unknown[] {
  const { data, url } = answer;
  if (!isRecord(data)) throw shapeError('posts', 'a Content API answer with posts', data, url);
  if (!Array.isArray(data.posts)) throw shapeError('posts', 'an array of posts', data.posts, url);
  return data.posts;
}

const include = 'tags,authors';

export const ghostAdapter: Adapter = {
  relativeToAnswer: true,

  async list({ category, page, pageSize }, context) {
    const { src } = context.config;
    const url = hasPlaceholders(src)
      ? expandTemplate(src, { category, page, pageSize, offset: (page - 1) * pageSize })
      : ghostRoute(src, 'posts/', { include, limit: pageSize, page, filter: category === null ? undefined : `tag:${category}` });
    const answer = await context.fetchJson(url);
    const pagination = isRecord(answer.data) && isRecord(answer.data.meta) && isRecord(answer.data.meta.pagination) ? answer.data.meta.pagination : undefined;
    return {
      records: posts(answer),
      url: answer.url,
      total: typeof pagination?.total === 'number' ? pagination.total : undefined,
      hasNext: pagination ? pagination.next !== null && pagination.next !== undefined : undefined,
    };
  },

  read: ghostRecord,

  readCategory(tag) {
    if (!isRecord(tag)) return tag;
    return { id: tag.slug, name: tag.name ?? tag.slug, count: isRecord(tag.count) ? tag.count.posts : undefined };
  },

  async categories(context: AdapterContext) {
    const { src, categoriesSrc } = context.config;
    const { data, url } = await context.fetchJson(categoriesSrc ?? ghostRoute(src, 'tags/', { limit: 'all', filter: 'visibility:public', include: 'count.posts' }));
    if (!isRecord(data) || !Array.isArray(data.tags)) throw shapeError('tags', 'an array of tags', isRecord(data) ? data.tags : data, url);
    return { records: data.tags, url };
  },

  async article(id, context) {
    const { articleSrc, src } = context.config;
    const answer = await context.fetchJson(articleSrc ? expandTemplate(articleSrc, { id }) : ghostRoute(src, `posts/${encodeURIComponent(id)}/`, { include }));
    return { record: posts(answer)[0], url: answer.url };
  },
};
