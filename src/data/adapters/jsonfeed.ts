// JSON Feed 1.1 (and 1.0). Tags are the categories, filtered here in the browser. A feed without
// `next_url` is the whole set: paginated here, with totals. A feed with `next_url` is paged by the
// feed itself: page N is the feed's Nth document, followed link by link (each link must stay on
// the origin of `src`), and the list offers previous/next instead of page numbers.

import type { Adapter, AdapterContext } from '../adapter.js';
import { NewsError } from '../errors.js';
import { type Article, type ArticlePage, type Category, categoryId, isRecord, normalizeArticle, shapeError } from '../model.js';
import { sameOriginAs } from '../../security/url-policy.js';
import { textToHtml } from '../text.js';

interface FeedPage {
  items: Article[];
  next?: string;
}

function feedItem(item: unknown, field: string, url: string): Article {
  if (!isRecord(item)) throw shapeError(field, 'a feed item', item, url);
  const text = typeof item.content_text === 'string' ? item.content_text : undefined;
  const html = typeof item.content_html === 'string' ? item.content_html : text ? textToHtml(text) : undefined;
  const authors = Array.isArray(item.authors) ? item.authors : isRecord(item.author) ? [item.author] : [];
  const [author] = authors.filter(isRecord);
  const tags = Array.isArray(item.tags) ? item.tags.filter((tag): tag is string => typeof tag === 'string' && tag.trim() !== '') : [];
  // A JSON Feed item may have no title: its summary or text stands in.
  const title = typeof item.title === 'string' && item.title.trim() ? item.title : (typeof item.summary === 'string' ? item.summary : text)?.slice(0, 120);
  return normalizeArticle(
    {
      id: item.id,
      title,
      summary: item.summary,
      body: html,
      category: tags[0],
      author: author?.name,
      publishedAt: item.date_published,
      updatedAt: item.date_modified,
      image: item.image ?? item.banner_image,
      url: item.url ?? item.external_url,
      tags: tags.length ? tags : undefined,
    },
    field,
    url,
  );
}

/** The feed's Nth document (1-based), following next_url from the first; cached per client. */
async function feedPage(context: AdapterContext, index: number): Promise<FeedPage> {
  const { src } = context.config;
  let url = src;
  if (index > 1) {
    const previous = await feedPage(context, index - 1);
    if (!previous.next) return { items: [] };
    url = previous.next;
  }
  const answer = await context.fetchJson(url);
  const { data } = answer;
  if (!isRecord(data) || !Array.isArray(data.items)) {
    throw isRecord(data) ? shapeError('items', 'an array of feed items', data.items, answer.url) : shapeError('feed', 'a JSON Feed object', data, answer.url);
  }
  const next = typeof data.next_url === 'string' && data.next_url ? data.next_url : undefined;
  if (next && !sameOriginAs(next, src)) {
    throw new NewsError('shape', `The feed's next_url points at another origin than src (${next}); it is not followed`, { url: answer.url, field: 'next_url' });
  }
  return { items: data.items.map((item, i) => feedItem(item, `items[${i}]`, answer.url)), next };
}

const inCategory = (article: Article, category: string | null) => category === null || (article.tags ?? []).includes(category) || categoryId(article.category) === category;

export const jsonfeedAdapter: Adapter = {
  async list({ category, page, pageSize }, context) {
    const first = await feedPage(context, 1);
    if (!first.next) {
      const matching = first.items.filter((article) => inCategory(article, category));
      const start = (page - 1) * pageSize;
      return { items: matching.slice(start, start + pageSize), total: matching.length, page, pageSize, hasNext: start + pageSize < matching.length };
    }
    const document = await feedPage(context, page);
    const result: ArticlePage = { items: document.items.filter((article) => inCategory(article, category)), page, pageSize, hasNext: Boolean(document.next) };
    return result;
  },

  async categories(context) {
    const seen = new Map<string, Category>();
    for (const article of (await feedPage(context, 1)).items) for (const tag of article.tags ?? []) if (!seen.has(tag)) seen.set(tag, { id: tag, name: tag });
    return [...seen.values()];
  },

  async article(id, context) {
    const known = context.knownArticle(id);
    if (known) return known;
    // Walk the feed document by document (cached), at most 50 of them.
    for (let index = 1; index <= 50; index++) {
      const document = await feedPage(context, index);
      const found = document.items.find((article) => article.id === id);
      if (found) return found;
      if (!document.next) break;
    }
    throw new NewsError('not-found', `No item with id "${id}" is in the feed`, { url: context.config.src });
  },
};
