// The Article/Category model of API.md, and the lenient reading that turns one untrusted record
// into it (API.md, "One bad record"): a field of the wrong type is dropped, not the record; a
// record is left out only when nothing usable is in it. Every adapter's records end here, so an
// element only ever sees values of the declared types: a title is a string, never an object that
// could be rendered as markup.

import { NewsError } from '../base/errors.js';
import { OTHER_FORM, readDate } from './date-read.js';
import { decodeEntities, foldSpace, mayHoldMarkup, shorten } from './text.js';

/** The readers of dirty records (lenient.ts, loaded on first use: load-readers.ts). */
export type LenientReaders = typeof import('./lenient.js');

export interface Category {
  id: string;
  name: string;
  parent?: string;
  count?: number;
}

export interface ArticleImage {
  src: string;
  alt?: string;
  width?: number;
  height?: number;
}

export interface ArticleVideo {
  src: string;
  poster?: string;
}

export interface Attachment {
  url: string;
  name?: string;
  size?: number;
  type?: string;
}

/** An article as the elements use it, after normalization (ids are strings, media are objects). */
export interface Article {
  id: string;
  /** Plain text; `''` when the record had none and nothing could stand in (the elements then show a localized "Untitled"). */
  title: string;
  /** Plain text. */
  summary?: string;
  /** HTML from the CMS: always sanitized before it is shown. */
  body?: string;
  /** An id, or the category itself. */
  category?: string | Category;
  author?: string;
  source?: string;
  /** ISO 8601; a date with no zone is local time. */
  publishedAt?: string;
  updatedAt?: string;
  image?: ArticleImage;
  /** The article's own page. */
  url?: string;
  tags?: string[];
  video?: ArticleVideo;
  attachments?: Attachment[];
}

/** One page of a list, whatever shape it came in. */
export interface ArticlePage {
  items: Article[];
  /** Total number of articles in the category, when the endpoint tells. */
  total?: number;
  page: number;
  pageSize: number;
  /** Whether a next page exists (known from `total`, or guessed from a full page). */
  hasNext: boolean;
  /** Categories the answer named, if any. */
  categories?: Category[];
  /** Records of the answer that could not be read as articles, and why: left out, the rest shown. */
  skipped?: SkippedRecord[];
}

/** An article without its body (a list shows none; a prerendered fragment has it in its HTML). */
export function withoutBody({ body: _, ...article }: Article): Article {
  return article;
}

/** A record left out of an answer (API.md, "One bad record"). */
export interface SkippedRecord {
  /** Its position in the answer's list (0-based). */
  index: number;
  /** Why, in a few words: `not an object`, `no id`… */
  reason: string;
}

type Json = unknown;

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `shape` error for one field: says where, what was expected and what came. */
export function shapeError(field: string, expected: string, value: Json, url: string): NewsError {
  const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
  return new NewsError('shape', `"${field}" should be ${expected}, but the answer has ${got}`, {
    url,
    field,
  });
}

/** Drops the keys whose value is undefined, so that a read object holds only what came. */
function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

/** White space and the invisible characters CMS editors leave in "empty" fields. */
const BLANK = /^[\s\u200b-\u200d\u2060\ufeff\u00ad]*$/;

/** A text field: a string (entities decoded, trimmed) or a finite number; anything else is not there. */
function text(value: Json): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string' || BLANK.test(value)) return undefined;
  return decodeEntities(value).trim() || undefined;
}

/** An id: a non-blank string or a finite number, as a string. */
function identifier(value: Json): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && !BLANK.test(value) ? value.trim() : undefined;
}

/** A URL field, resolved by `resolve` (relative URLs of another origin's answer, see pipeline.ts). */
function link(value: Json, resolve: Resolve): string | undefined {
  const url = typeof value === 'string' ? value.trim() : undefined;
  return url ? resolve(url) : undefined;
}

function count(value: Json): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number >= 0 ? number : undefined;
}

function image(value: Json, resolve: Resolve): ArticleImage | undefined {
  if (typeof value === 'string') return value.trim() ? { src: resolve(value.trim()) } : undefined;
  if (!isRecord(value)) return undefined;
  const src = link(value.src ?? value.url, resolve);
  if (!src) return undefined;
  return compact({ src, alt: text(value.alt), width: count(value.width), height: count(value.height) });
}

function video(value: Json, resolve: Resolve): ArticleVideo | undefined {
  if (typeof value === 'string') return value.trim() ? { src: resolve(value.trim()) } : undefined;
  if (!isRecord(value)) return undefined;
  const src = link(value.src ?? value.url, resolve);
  return src ? compact({ src, poster: link(value.poster, resolve) }) : undefined;
}

function attachments(value: Json, resolve: Resolve): Attachment[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const list = value.flatMap((item): Attachment[] => {
    const url = isRecord(item) ? link(item.url, resolve) : typeof item === 'string' ? link(item, resolve) : undefined;
    if (!url) return [];
    return [isRecord(item) ? compact({ url, name: text(item.name), size: count(item.size), type: text(item.type) }) : { url }];
  });
  return list.length ? list : undefined;
}

function tags(value: Json): string[] | undefined {
  const list = (Array.isArray(value) ? value : typeof value === 'string' ? [value] : [])
    .map((tag) => (isRecord(tag) ? text(tag.name) : text(tag)))
    .filter((tag): tag is string => tag !== undefined);
  return list.length ? [...new Set(list)] : undefined;
}

/** A category record (`{ id, name, parent?, count? }`), or undefined when it has no id. */
export function readCategory(value: Json): Category | undefined {
  if (!isRecord(value)) return undefined;
  const id = identifier(value.id) ?? identifier(value.slug);
  if (id === undefined) return undefined;
  return compact({ id, name: text(value.name) ?? text(value.title) ?? id, parent: identifier(value.parent), count: count(value.count) });
}

function category(value: Json): string | Category | undefined {
  if (typeof value === 'string' || typeof value === 'number') return identifier(value);
  return readCategory(value);
}

export type Resolve = (url: string) => string;
const asIs: Resolve = (url) => url;

/** A record read as an article, or why it was left out. */
export type ReadResult = { article: Article } | { reason: string };

/** How long a title made from a summary or a body may be. */
const TITLE_LENGTH = 120;

/**
 * Reads one candidate record (fields under the Article names, as an adapter's `read` made them)
 * leniently. Left out only when it is not an object, has no id, or has nothing to show — unless
 * its adapter marks it `keepUntitled: true` (a feed's item is an article by its place: listed as
 * Untitled with its date or author).
 *
 * `readers`: the readers of dirty records, undefined while they are still to load, null when they
 * could not be. The result is undefined when the record needs them and they are still to load (a
 * date of a form date-read.ts does not read, RFC 822…; a body with markup to stand in for a missing
 * title): read it again with them. Without them, such a date is left out and such a title is empty.
 */
export function readArticle(value: Json, resolve: Resolve = asIs, readers?: LenientReaders | null): ReadResult | undefined {
  if (!isRecord(value)) return { reason: value === null ? 'null, not an article' : `${Array.isArray(value) ? 'an array' : typeof value}, not an article` };
  const id = identifier(value.id);
  if (id === undefined) return { reason: 'no id' };
  const summary = text(value.summary);
  const body = typeof value.body === 'string' && !BLANK.test(value.body) ? value.body : undefined;
  const url = link(value.url, resolve);
  const media = { image: image(value.image, resolve), video: video(value.video, resolve), attachments: attachments(value.attachments, resolve) };
  let title = text(value.title);
  if (title === undefined) {
    if (!summary && !body && !url && !media.image && !media.video && !media.attachments && value.keepUntitled !== true) return { reason: 'nothing to show (no title, summary, body or link)' };
    // A draft saved without a title: its summary or the start of its text stands in.
    const start = body?.slice(0, 4 * TITLE_LENGTH);
    const markup = start !== undefined && mayHoldMarkup(start);
    if (!summary && markup && readers === undefined) return undefined;
    const stand = summary ?? (start === undefined ? '' : markup ? (readers?.htmlToText(start) ?? '') : foldSpace(start));
    title = stand ? shorten(stand, TITLE_LENGTH) : '';
  }
  // Dates of other forms: read by the readers, left out without them (null), waited for (undefined).
  const other = readers === null ? () => undefined : readers?.parseFeedDate;
  const [publishedAt, updatedAt] = [readDate(value.publishedAt, other), readDate(value.updatedAt, other)];
  if (publishedAt === OTHER_FORM || updatedAt === OTHER_FORM) return undefined;
  // Only the fields that came, assigned in one order (no deletes: a list of 10,000 is read at once).
  const article: Article = { id, title };
  const fields: [keyof Article, unknown][] = [
    ['summary', summary],
    ['body', body],
    ['image', media.image],
    ['video', media.video],
    ['attachments', media.attachments],
    ['category', category(value.category)],
    ['author', text(value.author)],
    ['source', text(value.source)],
    ['publishedAt', publishedAt],
    ['updatedAt', updatedAt],
    ['url', url],
    ['tags', tags(value.tags)],
  ];
  for (const [key, field] of fields) if (field !== undefined) (article as unknown as Record<string, unknown>)[key] = field;
  return { article };
}

export function categoryId(category: Article['category']): string | undefined {
  return typeof category === 'string' ? category : category?.id;
}

/** The categories named by a list of articles, in order of first appearance. */
export function collectCategories(articles: readonly Article[]): Category[] {
  const seen = new Map<string, Category>();
  for (const { category } of articles) {
    const id = categoryId(category);
    if (id === undefined || seen.has(id)) continue;
    seen.set(id, typeof category === 'object' ? category : { id, name: id });
  }
  return [...seen.values()];
}

export { isRecord };
