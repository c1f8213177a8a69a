// JSON Feed 1.1 (and 1.0). Tags are the categories, filtered here in the browser. A feed without
// `next_url` is the whole set: paginated here, with totals. A feed with `next_url` is paged by the
// feed itself: page N is the feed's Nth document, followed link by link (each link must stay on
// the origin of `src`), and the list offers previous/next instead of page numbers.

import type { Adapter, AdapterContext } from '../adapter.js';
import { NewsError } from '../../base/errors.js';
import { isRecord, shapeError } from '../model.js';
import { sameOriginAs } from '../../security/url-policy.js';
import { textToHtml } from '../text.js';

interface FeedDocument {
  items: unknown[];
  url: string;
  next?: string;
}

/** One feed item as a candidate article; an item without a title has its summary or text stand in (the pipeline's rule). */
function feedItem(item: unknown): unknown {
  if (!isRecord(item)) return item;
  const text = typeof item.content_text === 'string' ? item.content_text : undefined;
  const html = typeof item.content_html === 'string' ? item.content_html : text ? textToHtml(text) : undefined;
  const authors = Array.isArray(item.authors) ? item.authors : isRecord(item.author) ? [item.author] : [];
  const [author] = authors.filter(isRecord);
  const tags = Array.isArray(item.tags) ? item.tags : [];
  return {
    id: item.id,
    title: item.title,
    summary: item.summary,
    body: html,
    category: tags.find((tag) => typeof tag === 'string' && tag.trim() !== ''),
    author: author?.name,
    publishedAt: item.date_published,
    updatedAt: item.date_modified,
    image: item.image ?? item.banner_image,
    url: item.url ?? item.external_url,
    tags,
  };
}

/** The feed's Nth document (1-based), following next_url from the first (each answer is cached by the client). */
async function feedDocument(context: AdapterContext, index: number): Promise<FeedDocument> {
  const { src } = context.config;
  let url = src;
  if (index > 1) {
    const previous = await feedDocument(context, index - 1);
    if (!previous.next) return { items: [], url: previous.url };
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
  return { items: data.items, url: answer.url, next };
}

export const jsonfeedAdapter: Adapter = {
  relativeToAnswer: true,
  tagsAreCategories: true,

  async list({ category, page }, context) {
    const first = await feedDocument(context, 1);
    // A feed without next_url is the whole set; with one, page N is its Nth document, filtered within it.
    if (!first.next) return { records: first.items, url: first.url, whole: true };
    const document = await feedDocument(context, page);
    const records = category === null ? document.items : document.items.filter((item) => isRecord(item) && Array.isArray(item.tags) && item.tags.includes(category));
    return { records, url: document.url, hasNext: Boolean(document.next) };
  },

  read: feedItem,

  async article(id, context) {
    // Walk the feed document by document (cached), at most 50 of them.
    for (let index = 1; index <= 50; index++) {
      const document = await feedDocument(context, index);
      const record = document.items.find((item) => isRecord(item) && String(item.id) === id);
      if (record) return { record, url: document.url };
      if (!document.next) break;
    }
    throw new NewsError('not-found', `No item with id "${id}" is in the feed`, { url: context.config.src });
  },
};
