// RSS (0.90 to 2.0, RSS 1.0/RDF), Atom (0.3 and 1.0) and the odd CDF channel, read as feedparser
// reads them, with the browser's own parsers (an XML document of its own: nothing reaches the
// page, no script runs). The bytes are decoded as feed readers decode them (encoding.ts); the XML
// is read as far as it goes (feed-xml.ts); each item is read field by field (feed-item.ts), one
// by one in the pipeline, so that one bad item costs only itself; dates leniently (feed-date.ts).
//
// Categories: with `{category}` in `src`, one feed per category (All expands it to empty);
// otherwise the items' categories and tags, filtered here. Feeds have no paging: the whole feed
// is paginated in the browser, with totals.

import type { Adapter, AdapterContext, FetchedResource } from '../adapter.js';
import { type FeedContext, readFeedItem } from '../feed-item.js';
import { nameOf } from '../feed-text.js';
import { parseFeedXml } from '../feed-xml.js';
import { NewsError } from '../../base/errors.js';
import { shapeError } from '../model.js';
import { expandTemplate, hasPlaceholders } from '../template.js';

/** One item of a feed, as the pipeline hands it back to `read`. */
interface FeedRecord {
  item: Element;
  index: number;
  feed: FeedContext;
}

export interface OpenedFeed {
  title?: string;
  language?: string;
  records: FeedRecord[];
}

export interface Feed {
  title?: string;
  language?: string;
  /** The items or entries, each read as a candidate article (the pipeline reads it leniently). */
  items: Record<string, unknown>[];
}

const XML = 'http://www.w3.org/XML/1998/namespace';
const textOf = (element: Element | undefined) => element?.textContent?.trim() || undefined;
const childNamed = (parent: Element, ...names: string[]) => [...parent.children].find((child) => names.includes(nameOf(child)));

/** The items of a feed: every <item> or <entry> that is not inside another one (feedparser reads them wherever they are). */
function itemsOf(root: Element): Element[] {
  const items: Element[] = [];
  const walk = (parent: Element) => {
    for (const child of parent.children) {
      const name = nameOf(child);
      if (name === 'item' || name === 'entry') items.push(child);
      else walk(child);
    }
  };
  walk(root);
  return items;
}

/** Opens a feed: its root, language and items, not yet read; a `parse` or `shape` error if it is no feed. */
export function openFeed(xml: string, url: string, headerLanguage?: string): OpenedFeed {
  const root = parseFeedXml(xml, url).documentElement;
  const rootName = nameOf(root);
  const atom = rootName === 'feed';
  if (!atom && rootName !== 'rss' && rootName !== 'rdf:rdf' && rootName !== 'channel') {
    throw new NewsError('shape', `The answer is XML, but neither RSS nor Atom (its root element is <${root.localName}>)`, { url, field: root.localName });
  }
  const channel = atom || rootName === 'channel' ? root : childNamed(root, 'channel');
  const items = itemsOf(root);
  // An <rss> with neither a channel nor items is broken, not an empty feed.
  if (!channel && !items.length) throw shapeError('rss.channel', 'an element', undefined, url);
  const head = channel ?? root;
  const language = root.getAttributeNS(XML, 'lang') || textOf(childNamed(head, 'language', 'dc:language')) || headerLanguage || undefined;
  const feed: FeedContext = { url, atom, chinese: /^zh/i.test(language ?? ''), ids: new Map() };
  return { title: textOf(childNamed(head, 'title')), language, records: items.map((item, index) => ({ item, index, feed })) };
}

/** Parses an RSS or Atom document into candidate articles; a `parse` or `shape` error if it is neither. */
export function parseFeed(xml: string, url: string): Feed {
  const { title, language, records } = openFeed(xml, url);
  return { title, language, items: records.map(({ item, index, feed }) => readFeedItem(item, index, feed)) };
}

async function feed(context: AdapterContext, category: string | null): Promise<{ feed: OpenedFeed; url: string }> {
  const { src } = context.config;
  const url = hasPlaceholders(src) ? expandTemplate(src, { category }) : src;
  const key = `rss:${url}`;
  const answer: FetchedResource<string> = await context.fetchText(url);
  // Opened once per answer (the client's cache hands back the same text), so the same records
  // come back and the pipeline reads them once.
  const memo = context.memo.get(key) as { text: string; feed: OpenedFeed } | undefined;
  if (memo?.text === answer.data) return { feed: memo.feed, url: answer.url };
  const opened = openFeed(answer.data, answer.url, answer.headers.get('content-language') ?? undefined);
  context.memo.set(key, { text: answer.data, feed: opened });
  return { feed: opened, url: answer.url };
}

export const rssAdapter: Adapter = {
  relativeToAnswer: true,
  tagsAreCategories: true,

  async list({ category }, context) {
    const { feed: opened, url } = await feed(context, category);
    // Feeds have no paging: the whole feed, one per category with `{category}` in src.
    return { records: opened.records, url, whole: true, filtered: hasPlaceholders(context.config.src) };
  },

  read(record) {
    const { item, index, feed: context } = record as FeedRecord;
    return readFeedItem(item, index, context);
  },
};
