// RSS 2.0 (and 0.9x/1.0) and Atom feeds, parsed in the browser with DOMParser (an XML document of
// its own: nothing reaches the page, no script runs). Bytes are decoded as the feed declares
// (GB2312, Big5…: see encoding.ts); bare `&` and HTML entities, which make many legacy feeds
// ill-formed XML, are repaired; dates are read leniently (feed-date.ts).
//
// Categories: with `{category}` in `src`, one feed per category (All expands it to empty);
// otherwise the items' <category> elements, filtered here. Feeds have no paging: the whole feed
// is paginated in the browser, with totals.

import type { Adapter, AdapterContext, FetchedResource } from '../adapter.js';
import { NewsError } from '../errors.js';
import { parseFeedDate } from '../feed-date.js';
import { shapeError } from '../model.js';
import { expandTemplate, hasPlaceholders } from '../template.js';
import { decodeEntities, htmlToText, markupToText, shorten, textToHtml } from '../text.js';

const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  rss1: 'http://purl.org/rss/1.0/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
};

export interface Feed {
  title?: string;
  language?: string;
  /** The items or entries, each read as a candidate article (the pipeline reads it leniently). */
  items: Record<string, unknown>[];
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** Makes common ill-formed feeds well-formed: bare `&`, and HTML's named entities that XML lacks. */
function repair(xml: string): string {
  return xml.replace(/&(#\d+;|#x[\da-f]+;|([a-z][a-z\d]*);)?/gi, (whole, ref: string | undefined, name: string | undefined) => {
    if (!ref) return '&amp;';
    if (!name || XML_ENTITIES.has(name)) return whole;
    const decoded = decodeEntities(whole);
    return decoded === whole ? `&amp;${name};` : `&#${decoded.codePointAt(0)};`;
  });
}

function parseXml(xml: string, url: string): Document {
  const parse = (text: string) => new DOMParser().parseFromString(text, 'application/xml');
  let document = parse(xml);
  if (document.getElementsByTagName('parsererror').length) document = parse(repair(xml));
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) {
    const html = /^\s*(<!doctype html|<html)/i.test(xml);
    throw new NewsError('parse', html ? 'The answer is an HTML page, not a feed: a login or error page?' : `The feed is not well-formed XML (${(error.textContent ?? '').trim().split('\n')[0].slice(0, 160)})`, { url });
  }
  return document;
}

/**
 * Child elements by local name and namespace. Without `ns`, RSS's own elements: no namespace (RSS
 * 2.0), RSS 1.0's or Atom's, never an extension's (`atom:link`, `media:title` are not `link`, `title`).
 */
const children = (parent: Element, name: string, ns?: string) =>
  [...parent.children].filter(
    (child) => child.localName === name && (ns === undefined ? child.namespaceURI === null || child.namespaceURI === NS.rss1 || child.namespaceURI === parent.namespaceURI : child.namespaceURI === ns),
  );
const child = (parent: Element, name: string, ns?: string) => children(parent, name, ns)[0];

/** An element's URL made absolute against its `xml:base` chain and the feed's own URL. */
function resolver(feedUrl: string): (url: string | undefined, at: Element) => string | undefined {
  const feed = new URL(feedUrl, globalThis.location?.href ?? 'https://relative.invalid/').href;
  return (url, at) => {
    if (!url) return undefined;
    const bases: string[] = [];
    for (let node: Element | null = at; node; node = node.parentElement) {
      const base = node.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'base');
      if (base) bases.unshift(base);
    }
    try {
      return new URL(url, bases.reduce((resolved, base) => new URL(base, resolved).href, feed)).href;
    } catch {
      return undefined;
    }
  };
}

/** The file name in a URL, for an attachment's label (undecodable `%` sequences kept as they are). */
function fileName(url: string): string | undefined {
  const name = url.split(/[?#]/)[0].split('/').pop() ?? '';
  try {
    return decodeURIComponent(name) || undefined;
  } catch {
    return name || undefined;
  }
}

const positive = (value: string | null) => {
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? number : undefined;
};
const textOf = (element: Element | undefined) => element?.textContent?.trim() || undefined;

/** An RSS author is often "jane@example.com (Jane Doe)": the name is kept. */
function personName(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const named = /\(([^)]+)\)\s*$/.exec(value);
  return named ? named[1].trim() : value;
}

interface Enclosure {
  url: string;
  type: string;
  length?: number;
}

function media(enclosures: Enclosure[]) {
  const image = enclosures.find((e) => e.type.startsWith('image/') || /\.(jpe?g|png|gif|webp|avif)(\?|$)/i.test(e.url));
  const video = enclosures.find((e) => e.type.startsWith('video/'));
  const attachments = enclosures
    .filter((e) => e !== image && e !== video)
    .map((e) => ({ url: e.url, type: e.type || undefined, size: e.length, name: fileName(e.url) }));
  return { image: image?.url, video: video ? { src: video.url, poster: image?.url } : undefined, attachments: attachments.length ? attachments : undefined };
}

function rssItem(item: Element, index: number, url: string, chinese: boolean): Record<string, unknown> {
  const resolve = resolver(url);
  const linkElement = child(item, 'link');
  const link = resolve(textOf(linkElement), linkElement ?? item);
  const title = textOf(child(item, 'title'));
  const description = textOf(child(item, 'description'));
  const body = textOf(child(item, 'encoded', NS.content)) ?? description;
  const categories = children(item, 'category').map(textOf).filter((name): name is string => Boolean(name));
  const enclosures: Enclosure[] = [
    ...children(item, 'enclosure').map((e) => ({ url: resolve(e.getAttribute('url') ?? undefined, e) ?? '', type: e.getAttribute('type') ?? '', length: positive(e.getAttribute('length')) })),
    ...children(item, 'content', NS.media).map((e) => ({ url: resolve(e.getAttribute('url') ?? undefined, e) ?? '', type: e.getAttribute('type') ?? (e.getAttribute('medium') === 'image' ? 'image/' : '') })),
    ...children(item, 'thumbnail', NS.media).map((e) => ({ url: resolve(e.getAttribute('url') ?? undefined, e) ?? '', type: 'image/' })),
  ].filter((e) => e.url);
  const summaryText = description ? htmlToText(description) : undefined;
  return {
      id: textOf(child(item, 'guid')) ?? link ?? `${title ?? ''}|${textOf(child(item, 'pubDate')) ?? index}`,
      // Titles are text, but many feeds put entities or tags in them.
      title: title ? markupToText(title) : summaryText ? shorten(summaryText, 120) : undefined,
      summary: summaryText ? shorten(summaryText, 200) : undefined,
      body,
      category: categories[0] ? { id: categories[0], name: categories[0] } : undefined,
      tags: categories.length ? categories : undefined,
      author: personName(textOf(child(item, 'creator', NS.dc)) ?? textOf(child(item, 'author'))),
      source: textOf(child(item, 'source')),
      publishedAt: parseFeedDate(textOf(child(item, 'pubDate')) ?? textOf(child(item, 'date', NS.dc)), chinese),
      url: link,
      ...media(enclosures),
    };
}

function atomText(element: Element | undefined): { html?: string; text?: string } {
  if (!element) return {};
  const type = element.getAttribute('type') ?? 'text';
  if (type === 'xhtml') {
    const div = element.firstElementChild;
    return { html: div ? div.innerHTML : element.innerHTML };
  }
  const content = element.textContent ?? '';
  return type === 'html' ? { html: content } : { text: content };
}

function atomEntry(entry: Element, index: number, url: string, chinese: boolean): Record<string, unknown> {
  const resolve = resolver(url);
  const links = children(entry, 'link');
  const alternate = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
  const title = atomText(child(entry, 'title'));
  const summary = atomText(child(entry, 'summary'));
  const content = atomText(child(entry, 'content'));
  const summaryText = summary.text ?? (summary.html ? htmlToText(summary.html) : undefined);
  const categories = children(entry, 'category')
    .map((c) => ({ id: c.getAttribute('term') ?? '', name: c.getAttribute('label') ?? c.getAttribute('term') ?? '' }))
    .filter((c) => c.id);
  const author = child(entry, 'author');
  return {
      id: textOf(child(entry, 'id')) ?? alternate?.getAttribute('href') ?? `entry-${index}`,
      title: title.text?.trim() || (title.html ? htmlToText(title.html) : undefined),
      summary: summaryText ? shorten(summaryText.trim(), 200) : undefined,
      body: content.html ?? (content.text ? textToHtml(content.text) : summary.html),
      category: categories[0],
      tags: categories.length ? categories.map((c) => c.id) : undefined,
      author: author ? textOf(child(author, 'name')) : undefined,
      source: (() => {
        const source = child(entry, 'source');
        return source ? textOf(child(source, 'title')) : undefined;
      })(),
      publishedAt: parseFeedDate(textOf(child(entry, 'published')) ?? textOf(child(entry, 'updated')), chinese),
      updatedAt: parseFeedDate(textOf(child(entry, 'updated')), chinese),
      url: alternate ? resolve(alternate.getAttribute('href') ?? undefined, alternate) : undefined,
      ...media(
        links
          .filter((l) => l.getAttribute('rel') === 'enclosure' && l.getAttribute('href'))
          .map((l) => ({ url: resolve(l.getAttribute('href')!, l) ?? '', type: l.getAttribute('type') ?? '', length: positive(l.getAttribute('length')) }))
          .filter((e) => e.url),
      ),
    };
}

/** Parses an RSS or Atom document into articles; a `parse` or `shape` error if it is neither. */
export function parseFeed(xml: string, url: string): Feed {
  const document = parseXml(xml, url);
  const root = document.documentElement;
  if (root.localName === 'feed') {
    const language = root.getAttribute('xml:lang') ?? undefined;
    const chinese = /^zh/i.test(language ?? '');
    return { title: textOf(child(root, 'title')), language, items: children(root, 'entry').map((entry, i) => atomEntry(entry, i, url, chinese)) };
  }
  if (root.localName === 'rss' || root.localName === 'RDF') {
    const channel = child(root, 'channel');
    if (!channel) throw shapeError('rss.channel', 'an element', undefined, url);
    const language = textOf(child(channel, 'language'));
    const chinese = /^zh/i.test(language ?? '');
    // RSS 1.0 (RDF) puts its items beside the channel.
    const items = children(channel, 'item').length ? children(channel, 'item') : children(root, 'item');
    return { title: textOf(child(channel, 'title')), language, items: items.map((item, i) => rssItem(item, i, url, chinese)) };
  }
  throw new NewsError('shape', `The answer is XML, but neither RSS nor Atom (its root element is <${root.localName}>)`, { url, field: root.localName });
}

async function feed(context: AdapterContext, category: string | null): Promise<{ feed: Feed; url: string }> {
  const { src } = context.config;
  const url = hasPlaceholders(src) ? expandTemplate(src, { category }) : src;
  const key = `rss:${url}`;
  const answer: FetchedResource<string> = await context.fetchText(url);
  // Parsing is memoized per answer (the client's cache hands back the same text), so the same
  // items array comes back and the pipeline reads it once.
  const memo = context.memo.get(key) as { text: string; feed: Feed } | undefined;
  if (memo?.text === answer.data) return { feed: memo.feed, url: answer.url };
  const parsed = parseFeed(answer.data, answer.url);
  context.memo.set(key, { text: answer.data, feed: parsed });
  return { feed: parsed, url: answer.url };
}

export const rssAdapter: Adapter = {
  relativeToAnswer: true,
  tagsAreCategories: true,

  async list({ category }, context) {
    const { feed: parsed, url } = await feed(context, category);
    // Feeds have no paging: the whole feed, one per category with `{category}` in src.
    return { records: parsed.items, url, whole: true, filtered: hasPlaceholders(context.config.src) };
  },
};
