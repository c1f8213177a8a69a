// feedparser's test corpus (test/fixtures/feedparser/) served as its README says, each feed's
// bytes at its own URL (http://127.0.0.1:8097/corpus/tests/<file>) with exactly the headers of
// expected.json, and read through a NewsClient as a <news-list> reads it.
//
// Served by a stand-in fetch rather than by a route of the test server: the feeds keep the very
// URL feedparser read them at (so relative links resolve to the same absolute ones, without
// rebasing expected.json) and the very headers, Content-Type charsets included, whatever the dev
// server would add; and no request leaves the page.

import { NewsClient } from '../../src/data/client.js';
import { NewsError } from '../../src/base/errors.js';
import type { ArticlePage } from '../../src/data/model.js';
import { mockFetch, type FetchMock } from '../helpers/mock-fetch.js';
import { type Comparison, type ExpectedFeed, compareFeed } from './feedparser-compare.js';

const root = new URL('../fixtures/feedparser/', import.meta.url);

export interface Corpus {
  generator: string;
  feeds: ExpectedFeed[];
}

export async function loadCorpus(): Promise<Corpus> {
  return (await fetch(new URL('expected.json', root))).json();
}

/** The feeds the figure is over: those where feedparser found an entry. */
export const readable = (corpus: Corpus) => corpus.feeds.filter((feed) => feed.entries.length > 0);

/** Fetches the feeds' bytes from the test server, a few at a time. */
async function bytesOf(feeds: readonly ExpectedFeed[]): Promise<Map<string, ArrayBuffer>> {
  const bytes = new Map<string, ArrayBuffer>();
  let next = 0;
  const worker = async () => {
    while (next < feeds.length) {
      const feed = feeds[next++];
      const response = await fetch(new URL(feed.file, root));
      if (!response.ok) throw new Error(`${feed.file}: ${response.status}`);
      bytes.set(feed.url, await response.arrayBuffer());
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return bytes;
}

/** Installs the stand-in fetch for `feeds`; anything else is a 404. */
export async function serveCorpus(feeds: readonly ExpectedFeed[]): Promise<FetchMock> {
  const bytes = await bytesOf(feeds);
  const headers = new Map(feeds.map((feed) => [feed.url, feed.headers]));
  return mockFetch((url) => {
    const body = bytes.get(url.href);
    return body ? new Response(body.slice(0), { status: 200, headers: headers.get(url.href) }) : new Response('not in the corpus', { status: 404 });
  });
}

export interface FeedResult {
  feed: ExpectedFeed;
  page?: ArticlePage;
  error?: NewsError;
  comparisons: Comparison[];
}

/** Reads every feed through `adapter` (one client each, as one <news-list> per feed) and compares it. */
export async function readCorpus(feeds: readonly ExpectedFeed[], adapter = 'rss'): Promise<FeedResult[]> {
  const results: FeedResult[] = [];
  for (const feed of feeds) {
    const client = new NewsClient({ retries: 0 });
    let page: ArticlePage | undefined;
    let error: NewsError | undefined;
    try {
      page = await client.list({ src: feed.url }, adapter, { category: null, page: 1, pageSize: 100 });
    } catch (caught) {
      error = caught instanceof NewsError ? caught : new NewsError('shape', String(caught), { url: feed.url });
    }
    results.push({ feed, page, error, comparisons: compareFeed(feed, page) });
  }
  return results;
}
