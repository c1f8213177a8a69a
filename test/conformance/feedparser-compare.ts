// The comparison of test/fixtures/feedparser/README.md: what a reader of feeds (our rss adapter,
// or a library put behind the same pipeline) makes of feedparser's test corpus, field by field,
// against what feedparser 6.0.14 made of it (expected.json). Shared by the conformance test and
// by the measurement of other libraries, so that every reader is judged by the same rules.

import type { Article, ArticlePage } from '../../src/data/model.js';

export interface ExpectedEntry {
  title: string | null;
  link: string | null;
  id: string | null;
  author: string | null;
  date: number | null;
  date_raw: string | null;
  updated: number | null;
  tags: string[];
  summary: string | null;
  content: boolean;
  body: string | null;
  media: string[];
}

export interface ExpectedFeed {
  file: string;
  group: string;
  url: string;
  headers: Record<string, string>;
  version: string;
  bozo: boolean;
  encoding: string;
  entries: ExpectedEntry[];
}

export const FIELDS = ['title', 'link', 'id', 'author', 'date', 'updated', 'tags', 'summary', 'content', 'bodytext', 'media'] as const;
export type Field = (typeof FIELDS)[number];

/** One compared value: feedparser's, ours, and whether they agree. */
export interface Comparison {
  file: string;
  entry: number;
  field: Field;
  expected: unknown;
  actual: unknown;
  agrees: boolean;
}

/** White space (U+00A0 and U+200B included) collapsed and trimmed, NFC. */
export const normalise = (text: string) => text.replace(/[\s\u00a0\u200b]+/g, ' ').trim().normalize('NFC');
const squeezed = (text: string) => normalise(text).replace(/ /g, '');

const present = (value: unknown) => value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0) && value !== false;

function canonicalUrl(url: string): string {
  try {
    return new URL(normalise(url)).href;
  } catch {
    return normalise(url);
  }
}

/** Unix seconds of one of our dates: a zone-less date-time is UTC, a date alone is 00:00 UTC. */
export function unixSeconds(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const zoneless = /^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(iso);
  const time = Date.parse(zoneless ? `${iso}Z` : iso);
  return Number.isNaN(time) ? undefined : Math.floor(time / 1000);
}

/** Texts that agree as summaries do: equal with all white space removed, or ours cut with `…` and theirs going on. */
function sameText(expected: string, actual: string): boolean {
  const theirs = squeezed(expected);
  const ours = squeezed(actual);
  if (theirs === ours) return true;
  return ours.endsWith('…') && theirs.startsWith(ours.slice(0, -1));
}

const bodyText = (html: string) => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';

function media(article: Article): string[] {
  const urls = [article.image?.src, article.video?.src, article.video?.poster, ...(article.attachments ?? []).map((a) => a.url)];
  return [...new Set(urls.filter((url): url is string => Boolean(url)).map(canonicalUrl))].sort();
}

/** The comparisons of one entry of feedparser's with our article at the same place (undefined when we have none there). */
export function compareEntry(feed: ExpectedFeed, index: number, expected: ExpectedEntry, article: Article | undefined): Comparison[] {
  const out: Comparison[] = [];
  const add = (field: Field, theirs: unknown, ours: unknown, agrees: (a: NonNullable<unknown>, b: NonNullable<unknown>) => boolean) => {
    // A value absent on both sides is not counted; absent on ours only is a disagreement. A value
    // only we have is not counted either: the figure is over the values feedparser has (README).
    if (!present(theirs)) return;
    out.push({ file: feed.file, entry: index, field, expected: theirs, actual: ours, agrees: present(ours) && agrees(theirs!, ours!) });
  };
  const text = (a: unknown, b: unknown) => normalise(String(a)) === normalise(String(b));
  add('title', expected.title, article?.title, text);
  add('link', expected.link, article?.url, (a, b) => canonicalUrl(String(a)) === canonicalUrl(String(b)));
  add('id', expected.id, article?.id, text);
  add('author', expected.author, article?.author, text);
  add('date', expected.date, unixSeconds(article?.publishedAt ?? article?.updatedAt), (a, b) => a === b);
  if (feed.version.startsWith('atom')) add('updated', expected.updated, unixSeconds(article?.updatedAt), (a, b) => a === b);
  add('tags', expected.tags, article?.tags, (a, b) => {
    const theirs = new Set((a as string[]).map(normalise));
    const ours = new Set((b as string[]).map(normalise));
    return theirs.size === ours.size && [...theirs].every((tag) => ours.has(tag));
  });
  add('summary', expected.summary, article?.summary, (a, b) => sameText(String(a), String(b)));
  // `content`: whether the entry has a body to show (feedparser's `body` is its content, else its
  // summary), compared when either side has one.
  const ourBody = article?.body !== undefined && article.body.trim() !== '';
  if (present(expected.body) || ourBody) {
    out.push({ file: feed.file, entry: index, field: 'content', expected: present(expected.body), actual: ourBody, agrees: present(expected.body) === ourBody });
  }
  if (expected.content) add('bodytext', expected.body, article?.body === undefined ? undefined : bodyText(article.body), (a, b) => sameText(String(a), String(b)));
  add('media', expected.media, article ? media(article) : undefined, (a, b) => {
    const theirs = [...new Set((a as string[]).map(canonicalUrl))].sort();
    return JSON.stringify(theirs) === JSON.stringify(b);
  });
  return out;
}

/**
 * The comparisons of a whole feed. Item k of the page is the k-th record that was not skipped,
 * so that entry i of feedparser's is always compared with record i of ours.
 */
export function compareFeed(feed: ExpectedFeed, page: ArticlePage | undefined): Comparison[] {
  const byRecord = new Map<number, Article>();
  if (page) {
    const skipped = new Set((page.skipped ?? []).map((s) => s.index));
    let record = 0;
    for (const article of page.items) {
      while (skipped.has(record)) record++;
      byRecord.set(record++, article);
    }
  }
  return feed.entries.flatMap((entry, index) => compareEntry(feed, index, entry, byRecord.get(index)));
}

export interface Tally {
  agree: number;
  count: number;
}

/** Agreement per field and in all. */
export function tally(comparisons: readonly Comparison[]): Record<Field | 'all', Tally> {
  const table = Object.fromEntries([...FIELDS, 'all'].map((field) => [field, { agree: 0, count: 0 }])) as Record<Field | 'all', Tally>;
  for (const { field, agrees } of comparisons) {
    for (const key of [field, 'all'] as const) {
      table[key].count += 1;
      if (agrees) table[key].agree += 1;
    }
  }
  return table;
}

export const percent = ({ agree, count }: Tally) => (count ? (100 * agree) / count : 100);

/** The table as text: one line per field, then the whole. */
export function formatTally(title: string, table: Record<Field | 'all', Tally>): string {
  const lines = [...FIELDS, 'all' as const].map((field) => {
    const row = table[field];
    return `  ${field.padEnd(9)} ${String(row.agree).padStart(5)} / ${String(row.count).padEnd(5)} ${percent(row).toFixed(1).padStart(5)}%`;
  });
  return [title, ...lines].join('\n');
}
