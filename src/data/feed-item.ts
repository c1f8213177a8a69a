// One item of a feed (an RSS <item>, an Atom <entry>) read as a candidate article, field by field
// as feedparser reads it (see feed-text.ts for the names): what is read from which element is
// listed in docs/content-systems.md ("RSS and Atom"). Text fields are handed on with `&` escaped, since the
// pipeline decodes character references in every text field once (model.ts), and a feed's text
// has been decoded already.

import { parseFeedDate } from './feed-date.js';
import { type FeedText, attribute, nameOf, readText, repairText } from './feed-text.js';
import { htmlToText } from './html-text.js';
import { foldSpace, shorten, textToHtml } from './text.js';

export interface FeedContext {
  /** The feed's own URL: relative URLs are relative to it (and to `xml:base`). */
  url: string;
  /** The feed is in Chinese: `CST` is China Standard Time. */
  chinese: boolean;
  /** An Atom feed: its text constructs say their type (RSS text that looks like HTML is HTML). */
  atom: boolean;
  /** Fallback ids given so far, by the index of the item that has it: repeated ones get the index too. */
  ids: Map<string, number>;
}

const XML = 'http://www.w3.org/XML/1998/namespace';
const SUMMARY_LENGTH = 200;

/** Escapes what the pipeline's entity decoding would otherwise read a second time. */
const escaped = (text: string | undefined) => text?.replace(/&/g, '&amp;');
const plain = (text: FeedText | undefined) => (text ? (text.html ? htmlToText(text.value) : foldSpace(text.value)) : undefined) || undefined;
const textOf = (element: Element | undefined) => (element?.textContent ? repairText(element.textContent).trim() : undefined) || undefined;
/** An element's own text, without that of the elements in it (a <category> with an <image> inside). */
const ownText = (element: Element) => repairText([...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE).map((node) => node.nodeValue).join('')).trim() || undefined;

/** An element's URL made absolute against its `xml:base` chain and the feed's own URL. */
function resolve(url: string | undefined, at: Element, feed: FeedContext): string | undefined {
  if (!url?.trim()) return undefined;
  const bases: string[] = [];
  for (let node: Element | null = at; node; node = node.parentElement) {
    // xml:base, and CDF's BASE.
    const base = node.getAttributeNS(XML, 'base') ?? (node.parentElement ? null : attribute(node, 'base'));
    if (base) bases.unshift(base);
  }
  try {
    const feedUrl = new URL(feed.url, globalThis.location?.href ?? 'https://relative.invalid/').href;
    return new URL(url.trim(), bases.reduce((resolved, base) => new URL(base.trim(), resolved).href, feedUrl)).href;
  } catch {
    return undefined;
  }
}

/** A person as feeds write one: `Name`, `jane@example.com (Jane Doe)`, `Jane Doe (jane@…)`, `Jane <jane@…>`, or an Atom person. */
function personName(element: Element): string | undefined {
  const parts = [...element.children];
  if (parts.length) {
    const part = (name: string) => textOf(parts.find((child) => nameOf(child).replace(/^itunes:/, '') === name));
    return part('name') ?? part('email');
  }
  const text = foldSpace(repairText(element.textContent ?? ''));
  if (!text) return undefined;
  const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(text)?.[0];
  if (!email) return text;
  const name = foldSpace(text.replace(email, '').replace(/\(\s*\)|<\s*>|mailto:/g, '')).replace(/^\((.*)\)$/, '$1').trim();
  return name || email;
}

function positive(value: string | undefined): number | undefined {
  const number = Number(value);
  return value && Number.isFinite(number) && number > 0 ? number : undefined;
}

interface Media {
  url: string;
  type: string;
  length?: number;
  /** A picture by its element (a thumbnail, an iTunes image), whatever its type says. */
  picture?: boolean;
}

const IMAGE = /\.(jpe?g|png|gif|webp|avif|svg)(\?|#|$)/i;
const VIDEO = /\.(mp4|m4v|webm|mov|ogv)(\?|#|$)/i;

/** The file name in a URL, for an attachment's label (undecodable `%` sequences kept as they are). */
function fileName(url: string): string | undefined {
  const name = url.split(/[?#]/)[0].split('/').pop() ?? '';
  try {
    return decodeURIComponent(name) || undefined;
  } catch {
    return name || undefined;
  }
}

/** The item's image, video (with a picture as its poster) and the rest as attachments: every URL kept somewhere. */
function mediaFields(media: Media[]) {
  const seen = new Set<string>();
  const unique = media.filter((m) => !seen.has(m.url) && seen.add(m.url));
  const isImage = (m: Media) => m.picture || m.type.startsWith('image') || (!m.type && IMAGE.test(m.url));
  const image = unique.find((m) => isImage(m) && !m.picture) ?? unique.find(isImage);
  const video = unique.find((m) => m.type.startsWith('video') || (!m.type && VIDEO.test(m.url)));
  const attachments = unique
    .filter((m) => m !== image && m !== video)
    .map((m) => ({ url: m.url, type: m.type.includes('/') ? m.type : undefined, size: m.length, name: escaped(fileName(m.url)) }));
  return {
    image: image?.url,
    video: video ? { src: video.url, poster: image?.url } : undefined,
    attachments: attachments.length ? attachments : undefined,
  };
}

/** The descendants of an item (not of an item nested in it) with one of `names`. */
function descendants(item: Element, names: readonly string[]): Element[] {
  const found: Element[] = [];
  const walk = (parent: Element) => {
    for (const child of parent.children) {
      const name = nameOf(child);
      if (names.includes(name)) found.push(child);
      if (name !== 'item' && name !== 'entry') walk(child);
    }
  };
  walk(item);
  return found;
}

function readMedia(item: Element, links: Element[], feed: FeedContext): Media[] {
  const media: Media[] = [];
  const add = (url: string | undefined, at: Element, type: string, length?: number, picture = false) => {
    const resolved = resolve(url, at, feed);
    if (resolved) media.push({ url: resolved, type: type.toLowerCase(), length, picture });
  };
  for (const link of links) {
    if ((attribute(link, 'rel') ?? '') === 'enclosure') add(attribute(link, 'href') ?? textOf(link), link, attribute(link, 'type') ?? '', positive(attribute(link, 'length')));
  }
  for (const element of descendants(item, ['enclosure', 'media:content', 'media:thumbnail', 'itunes:image'])) {
    const name = nameOf(element);
    if (name === 'enclosure') add(attribute(element, 'url') ?? attribute(element, 'href'), element, attribute(element, 'type') ?? '', positive(attribute(element, 'length')));
    else if (name === 'media:content') {
      const medium = attribute(element, 'medium') ?? '';
      add(attribute(element, 'url'), element, attribute(element, 'type') ?? (medium ? `${medium}/` : ''), positive(attribute(element, 'fileSize')));
    } else if (name === 'media:thumbnail') add(attribute(element, 'url') ?? textOf(element), element, 'image/', undefined, true);
    else add(attribute(element, 'href') ?? attribute(element, 'url'), element, 'image/', undefined, true);
  }
  return media;
}

/** The item's tags in order (feedparser's: categories, dc:subject, media:category, iTunes categories and keywords). */
function readTags(item: Element): { tags: string[]; category?: { id: string; name: string } } {
  const tags: string[] = [];
  let category: { id: string; name: string } | undefined;
  const add = (tag: string | undefined) => {
    const text = tag ? foldSpace(tag) : '';
    if (text && !tags.includes(text)) tags.push(text);
  };
  for (const element of descendants(item, ['category', 'dc:subject', 'media:category', 'itunes:category', 'keywords', 'itunes:keywords', 'media:keywords', 'tags'])) {
    const name = nameOf(element);
    if (name === 'category') {
      const term = attribute(element, 'term') ?? ownText(element);
      const label = attribute(element, 'label');
      if (term && element.parentElement === item && !category) category = { id: foldSpace(term), name: foldSpace(label ?? term) };
      add(term ?? label);
    } else if (name === 'itunes:category') add(attribute(element, 'text'));
    else if (name === 'keywords' || name === 'itunes:keywords' || name === 'media:keywords' || name === 'tags') (element.textContent ?? '').split(',').forEach(add);
    else if (element.parentElement === item || name === 'media:category') add(ownText(element));
  }
  return { tags, category: category ?? (tags[0] ? { id: tags[0], name: tags[0] } : undefined) };
}

/** The last date of `elements` that can be read (a repeated date element: the last one counts, as in feedparser). */
function lastDate(elements: Element[], feed: FeedContext): string | undefined {
  for (const element of [...elements].reverse()) {
    const date = parseFeedDate(textOf(element), feed.chinese);
    if (date) return date;
  }
  return undefined;
}

/** A body that shows something: text, or media with a source (an `<img alt>` alone shows nothing). */
function showable(html: string | undefined): string | undefined {
  if (!html) return undefined;
  if (/[^\s]/.test(html.replace(/<[^>]*>|&nbsp;|&#160;/g, ''))) return html;
  return /<(img|video|audio|iframe|embed|object|source)\b[^>]*\s(src|data|srcset)\s*=\s*["']?[^\s"'>]|<(svg|math)\b/i.test(html) ? html : undefined;
}

/** One item as a candidate article (the pipeline reads it leniently: model.ts readArticle). */
export function readFeedItem(item: Element, index: number, feed: FeedContext): Record<string, unknown> {
  const byName = new Map<string, Element[]>();
  for (const child of item.children) {
    const name = nameOf(child);
    byName.set(name, [...(byName.get(name) ?? []), child]);
  }
  const all = (...names: string[]) => [...item.children].filter((child) => names.includes(nameOf(child)));
  const first = (...names: string[]) => names.map((name) => byName.get(name)?.[0]).find(Boolean);

  const title = plain(readText(first('title', 'dc:title', 'media:title'), 'text', !feed.atom));

  // Links: Atom's alternate (HTML) links, RSS's <link>, then a permalink <guid>.
  const links = all('link');
  const alternate = links.find((link) => {
    const href = attribute(link, 'href');
    const type = (attribute(link, 'type') ?? 'text/html').toLowerCase();
    return href && (attribute(link, 'rel') ?? 'alternate') === 'alternate' && (type === 'text/html' || type === 'application/xhtml+xml');
  });
  const rssLink = links.find((link) => !attribute(link, 'href') && (attribute(link, 'rel') ?? 'alternate') !== 'enclosure' && textOf(link));
  const guid = first('guid', 'id');
  const guidText = textOf(guid);
  const permalink = guid && guidText && (attribute(guid, 'isPermaLink') ?? 'true').toLowerCase() === 'true' && /^(https?:\/\/|\/|\.\.?\/)/i.test(guidText);
  const url =
    resolve(alternate && attribute(alternate, 'href'), alternate ?? item, feed) ??
    resolve(textOf(rssLink), rssLink ?? item, feed) ??
    (permalink ? resolve(guidText, guid, feed) : undefined) ??
    resolve(attribute(item, 'href'), item, feed);

  // Summary and body. A second summary-like element of an item without content is its content (feedparser).
  const summaries = all('summary', 'description', 'abstract');
  const summaryElement = summaries[0] ?? first('dc:description', 'itunes:summary') ?? descendants(item, ['media:description'])[0];
  // A description (RSS's, Dublin Core's, Media RSS's) is HTML unless it says otherwise; a summary is text.
  const summary = readText(summaryElement, summaryElement && nameOf(summaryElement).endsWith('description') ? 'html' : 'text', !feed.atom);
  const contentElement = first('content:encoded', 'content', 'xhtml:body', 'body', 'fullitem') ?? summaries[1];
  const content = readText(contentElement, contentElement && /encoded|body|fullitem|description/.test(nameOf(contentElement)) ? 'html' : 'text', !feed.atom);
  const html = (text: FeedText | undefined) => (text ? (text.html ? text.value : textToHtml(text.value)) : undefined);
  const summaryText = plain(summary) ?? plain(content);

  const authorElements = [['author'], ['dc:creator'], ['dc:author'], ['itunes:author']].map((names) => all(...names)).find((list) => list.length) ?? [];
  const authors = [...new Set(authorElements.map(personName).filter((name): name is string => Boolean(name)))];

  const published = lastDate(all('published', 'issued', 'pubdate', 'dcterms:issued'), feed) ?? lastDate(all('created', 'dcterms:created'), feed);
  const updated = lastDate(all('updated', 'modified', 'lastbuilddate', 'dc:date', 'dcterms:modified'), feed) ?? parseFeedDate(attribute(item, 'lastmod'), feed.chinese);

  const { tags, category } = readTags(item);
  const source = first('source');

  // An id as written; a relative permalink made absolute.
  const scheme = /^[a-z][a-z\d+.-]*:/i.exec(guidText ?? '')?.[0];
  let id = guidText ? (permalink && !scheme ? resolve(guidText, guid, feed) : scheme ? scheme.toLowerCase() + guidText!.slice(scheme.length) : guidText) : attribute(item, 'rdf:about');
  if (!id) {
    id = url ?? `${title ?? ''}|${published ?? updated ?? ''}`;
    const owner = feed.ids.get(id) ?? index;
    feed.ids.set(id, owner);
    if (owner !== index) id = `${id}#${index}`;
  }

  return {
    id,
    title: escaped(title),
    summary: escaped(summaryText ? shorten(summaryText, SUMMARY_LENGTH) : undefined),
    body: showable(html(content)) ?? showable(html(summary)),
    // A category's id is read as it is (model.ts), its name decoded.
    category: category && { id: category.id, name: escaped(category.name) },
    tags: tags.length ? tags.map(escaped) : undefined,
    author: escaped(authors.join(', ') || undefined),
    source: escaped(source ? (textOf([...source.children].find((child) => nameOf(child) === 'title')) ?? textOf(source)) : undefined),
    publishedAt: published ?? updated,
    updatedAt: updated,
    url,
    ...mediaFields(readMedia(item, links, feed)),
    // An item with anything in it is an article, even with no title, text or link (it is listed
    // as Untitled, with its date or author); an empty <item/> is left out.
    keepUntitled: item.children.length > 0 || attribute(item, 'rdf:about') !== undefined || undefined,
  };
}
