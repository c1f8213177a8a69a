// The Article/Category model of API.md, and the checks that turn untrusted JSON into it.
// Every adapter ends here, so an element only ever sees values of the declared types:
// a title is a string, never an object that could be rendered as markup.

import { NewsError } from './errors.js';

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

/** A record left out of an answer (API.md, "One bad record"). */
export interface SkippedRecord {
  /** Its position in the answer's list (0-based). */
  index: number;
  /** Why, in a few words: `not an object`, `no id`… */
  reason: string;
}

type Json = unknown;

/** Drops the keys whose value is undefined, so that a normalized object holds only what came. */
function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

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

/** A required string (numbers are accepted and turned into strings). */
function requiredId(value: Json, field: string, url: string): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw shapeError(field, 'a non-empty string or number', value, url);
}

/** An optional text field: missing, null and '' all mean "not there". */
function optionalText(value: Json, field: string, url: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw shapeError(field, 'a string', value, url);
}

function optionalNumber(value: Json, field: string, url: string): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const number = typeof value === 'string' ? Number(value) : value;
  if (typeof number === 'number' && Number.isFinite(number) && number >= 0) return number;
  throw shapeError(field, 'a non-negative number', value, url);
}

function image(value: Json, field: string, url: string): ArticleImage | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return { src: value };
  if (!isRecord(value)) throw shapeError(field, 'a URL string or { src }', value, url);
  const src = optionalText(value.src, `${field}.src`, url);
  if (!src) return undefined;
  return compact({
    src,
    alt: optionalText(value.alt, `${field}.alt`, url),
    width: optionalNumber(value.width, `${field}.width`, url),
    height: optionalNumber(value.height, `${field}.height`, url),
  });
}

function video(value: Json, field: string, url: string): ArticleVideo | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return { src: value };
  if (!isRecord(value)) throw shapeError(field, 'a URL string or { src }', value, url);
  const src = optionalText(value.src, `${field}.src`, url);
  if (!src) return undefined;
  return compact({ src, poster: optionalText(value.poster, `${field}.poster`, url) });
}

function attachments(value: Json, field: string, url: string): Attachment[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw shapeError(field, 'an array', value, url);
  const list = value.map((item, i): Attachment => {
    const at = `${field}[${i}]`;
    if (!isRecord(item)) throw shapeError(at, 'an object with a url', item, url);
    const href = optionalText(item.url, `${at}.url`, url);
    if (!href) throw shapeError(`${at}.url`, 'a URL string', item.url, url);
    return compact({
      url: href,
      name: optionalText(item.name, `${at}.name`, url),
      size: optionalNumber(item.size, `${at}.size`, url),
      type: optionalText(item.type, `${at}.type`, url),
    });
  });
  return list.length ? list : undefined;
}

function tags(value: Json, field: string, url: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw shapeError(field, 'an array of strings', value, url);
  const list = value
    .map((tag, i) => optionalText(tag, `${field}[${i}]`, url))
    .filter((tag): tag is string => tag !== undefined);
  return list.length ? list : undefined;
}

export function normalizeCategory(value: Json, field: string, url: string): Category {
  if (!isRecord(value)) throw shapeError(field, 'an object with id and name', value, url);
  const id = requiredId(value.id, `${field}.id`, url);
  return compact({
    id,
    name: optionalText(value.name, `${field}.name`, url) ?? id,
    parent: value.parent == null || value.parent === '' ? undefined : requiredId(value.parent, `${field}.parent`, url),
    count: optionalNumber(value.count, `${field}.count`, url),
  });
}

function category(value: Json, field: string, url: string): string | Category | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return normalizeCategory(value, field, url);
}

/** Checks one article of an answer; `field` names it in error messages (e.g. `items[3]`). */
export function normalizeArticle(value: Json, field: string, url: string): Article {
  if (!isRecord(value)) throw shapeError(field, 'an article object', value, url);
  const title = optionalText(value.title, `${field}.title`, url);
  if (!title) throw shapeError(`${field}.title`, 'a non-empty string', value.title, url);
  return compact({
    id: requiredId(value.id, `${field}.id`, url),
    title,
    summary: optionalText(value.summary, `${field}.summary`, url),
    body: optionalText(value.body, `${field}.body`, url),
    category: category(value.category, `${field}.category`, url),
    author: optionalText(value.author, `${field}.author`, url),
    source: optionalText(value.source, `${field}.source`, url),
    publishedAt: optionalText(value.publishedAt, `${field}.publishedAt`, url),
    updatedAt: optionalText(value.updatedAt, `${field}.updatedAt`, url),
    image: image(value.image, `${field}.image`, url),
    url: optionalText(value.url, `${field}.url`, url),
    tags: tags(value.tags, `${field}.tags`, url),
    video: video(value.video, `${field}.video`, url),
    attachments: attachments(value.attachments, `${field}.attachments`, url),
  });
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
