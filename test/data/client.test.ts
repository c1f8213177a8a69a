import { expect } from '@open-wc/testing';
import { MAX_RETRY_DELAY, NewsClient } from '../../src/data/client.js';
import { retryDelay } from '../../src/data/http.js';
import { NewsError } from '../../src/base/errors.js';
import { deferred, json, makeArticles, mockFetch, type FetchMock, rejection } from '../helpers/mock-fetch.js';

const config = { src: '/api/news' };


describe('NewsClient', () => {
  let fetchMock: FetchMock | undefined;
  afterEach(() => fetchMock?.restore());

  describe('native shape, server-paginated', () => {
    it('asks with category, page and pageSize and reads { items, total }', async () => {
      fetchMock = mockFetch(() => json({ items: makeArticles(3), total: 23, page: 2, pageSize: 10 }));
      const page = await new NewsClient().list(config, 'native', { category: 'news', page: 2, pageSize: 10 });
      expect(fetchMock.requests[0].url).to.match(/\/api\/news\?category=news&page=2&pageSize=10$/);
      expect(page.items.map((a) => a.id)).to.deep.equal(['a1', 'a2', 'a3']);
      expect(page.total).to.equal(23);
      expect(page.hasNext).to.be.true;
    });

    it('leaves the category parameter out for All', async () => {
      fetchMock = mockFetch(() => json({ items: [] }));
      await new NewsClient().list(config, 'native', { category: null, page: 1, pageSize: 10 });
      expect(fetchMock.requests[0].url).to.match(/\/api\/news\?page=1&pageSize=10$/);
    });

    it('guesses a next page from a full page when there is no total', async () => {
      fetchMock = mockFetch((url) => json({ items: makeArticles(url.searchParams.get('page') === '1' ? 5 : 2) }));
      const client = new NewsClient();
      expect((await client.list(config, 'native', { category: null, page: 1, pageSize: 5 })).hasNext).to.be.true;
      expect((await client.list(config, 'native', { category: null, page: 2, pageSize: 5 })).hasNext).to.be.false;
    });

    it('expands a template instead of adding parameters', async () => {
      fetchMock = mockFetch(() => json({ items: [] }));
      await new NewsClient().list({ src: '/api/{category}/{page}.json?n={pageSize}&skip={offset}' }, 'native', {
        category: 'faq',
        page: 3,
        pageSize: 10,
      });
      expect(fetchMock.requests[0].url).to.match(/\/api\/faq\/3\.json\?n=10&skip=20$/);
    });

    it('turns numeric ids into strings and keeps the answer categories', async () => {
      fetchMock = mockFetch(() =>
        json({ items: [{ id: 7, title: 'Seven', category: { id: 'news', name: 'News' } }], categories: [{ id: 'news', name: 'News' }] }),
      );
      const page = await new NewsClient().list(config, 'native', { category: null, page: 1, pageSize: 10 });
      expect(page.items[0].id).to.equal('7');
      expect(page.categories).to.deep.equal([{ id: 'news', name: 'News' }]);
    });
  });

  describe('native shape, whole file', () => {
    const file = makeArticles(25, ['news', 'faq', 'video']);

    it('filters and paginates a bare array in the browser, fetching it once', async () => {
      fetchMock = mockFetch(() => json(file));
      const client = new NewsClient();
      const first = await client.list({ src: '/news.json' }, 'native', { category: 'news', page: 1, pageSize: 4 });
      const third = await client.list({ src: '/news.json' }, 'native', { category: 'news', page: 3, pageSize: 4 });
      const all = await client.list({ src: '/news.json' }, 'native', { category: null, page: 2, pageSize: 10 });
      expect(first.items.map((a) => a.id)).to.deep.equal(['a1', 'a4', 'a7', 'a10']);
      expect(first.total).to.equal(9);
      expect(third.items.map((a) => a.id)).to.deep.equal(['a25']);
      expect(third.hasNext).to.be.false;
      expect(all.items).to.have.length(10);
      expect(all.categories?.map((c) => c.id)).to.deep.equal(['news', 'faq', 'video']);
      expect(fetchMock.requests).to.have.length(1);
    });

    it('serves concurrent first requests of different pages with one fetch', async () => {
      fetchMock = mockFetch(() => json(file));
      const client = new NewsClient();
      await Promise.all([
        client.list({ src: '/news.json' }, 'native', { category: null, page: 1, pageSize: 10 }),
        client.list({ src: '/news.json' }, 'native', { category: 'faq', page: 2, pageSize: 3 }),
        client.categories({ src: '/news.json' }, 'native', 5),
      ]);
      expect(fetchMock.requests).to.have.length(1);
    });

    it('finds an article by id in the file', async () => {
      fetchMock = mockFetch(() => json(file));
      const article = await new NewsClient().article({ src: '/news.json' }, 'native', 'a12');
      expect(article.title).to.equal('Article 12');
    });

    it('says when an article is not in the file', async () => {
      fetchMock = mockFetch(() => json(file));
      const error = await rejection(new NewsClient().article({ src: '/news.json' }, 'native', 'nope'));
      expect(error.kind).to.equal('not-found');
    });
  });

  describe('articles and categories', () => {
    it('previous and next come from the list on show, for its category only', async () => {
      fetchMock = mockFetch(() => json({ items: makeArticles(3) }));
      const client = new NewsClient();
      const page = await client.list({ src: '/api/news' }, 'native', { category: null, page: 1, pageSize: 3 });
      const [first, second] = page.items;
      expect(client.neighbours(second, null), 'before the list shows it').to.equal(undefined);
      client.showList(null, page.items, { src: config.src });
      expect(client.neighbours(second, null)?.map((a) => a.id)).to.deep.equal(page.items.map((a) => a.id));
      expect(client.neighbours(first, 'faq'), 'another category than the one on show').to.equal(undefined);
      client.invalidate();
      expect(client.neighbours(second, null), 'forgotten with the cache').to.equal(undefined);
    });

    it('categories for tabs that follow a list: they wait for what it shows, and ask only when it names none', async () => {
      const named = [{ id: 'faq', name: 'FAQ' }];
      fetchMock = mockFetch((url) => json({ items: makeArticles(3), total: 3, ...(url.searchParams.get('category') ? {} : { categories: named }) }));
      const client = new NewsClient();
      const paged = { src: '/paged.json' };
      let settled = false;
      const waiting = client.categories(paged, 'native', 3, { fromList: true }).finally(() => (settled = true));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect([settled, fetchMock.requests.length], 'nothing asked before the list').to.deep.equal([false, 0]);
      const page = await client.list(paged, 'native', { category: null, page: 1, pageSize: 3 });
      client.showList(null, page.items, { src: paged.src, categories: page.categories });
      expect((await waiting).map((c) => c.id)).to.deep.equal(['faq']);
      expect(fetchMock.requests).to.have.length(1);
      // Another endpoint's list (the list's src changed): its answer, not the one shown before.
      const moved = client.categories({ src: '/other.json' }, 'native', 3, { fromList: true });
      client.showList(null, [], { src: '/other.json', categories: [{ id: 'news', name: 'News' }] });
      expect((await moved).map((c) => c.id)).to.deep.equal(['news']);

      // A list that shows one category's page, whose answer names none: the tabs ask for All.
      const other = new NewsClient();
      other.showList('faq', [], { src: '/paged.json' });
      expect((await other.categories({ src: '/paged.json' }, 'native', 3, { fromList: true })).map((c) => c.id)).to.deep.equal(['faq']);
      expect(new URL(fetchMock.requests[1].url).searchParams.get('category')).to.equal(null);

      // The list's failure is the tabs' too (the list shows it, for both), also for tabs that come after it.
      fetchMock.restore();
      fetchMock = mockFetch(() => new Response('no', { status: 500 }));
      const failing = new NewsClient({ retries: 0 });
      const tabs = rejection(failing.categories({ src: '/down.json' }, 'native', 3, { fromList: true }));
      await rejection(failing.list({ src: '/down.json' }, 'native', { category: null, page: 1, pageSize: 3 }));
      expect((await tabs).kind).to.equal('http');
      expect((await rejection(failing.categories({ src: '/down.json' }, 'native', 3, { fromList: true }))).kind, 'tabs made later').to.equal('http');
    });

    it('reads JSON in UTF-8 as it comes, and a legacy server’s GBK or UTF-16 JSON through the decoder loaded for it', async () => {
      const gbk = new Uint8Array([...new TextEncoder().encode('{"items":[{"id":1,"title":"'), 0xd6, 0xd0, 0xce, 0xc4, ...new TextEncoder().encode('"}]}')]);
      const utf16 = new Uint8Array([...'{"items":[{"id":2,"title":"中文"}]}'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
      fetchMock = mockFetch((url) => {
        if (url.pathname === '/gbk.json') return new Response(gbk, { headers: { 'content-type': 'application/json; charset=gbk' } });
        if (url.pathname === '/utf16.json') return new Response(utf16, { headers: { 'content-type': 'application/json' } });
        return json({ items: [{ id: 3, title: 'café 中文' }] });
      });
      const client = new NewsClient();
      const title = async (src: string) => (await client.list({ src }, 'native', { category: null, page: 1, pageSize: 10 })).items[0].title;
      expect(await title('/utf8.json')).to.equal('café 中文');
      expect(await title('/gbk.json')).to.equal('中文');
      expect(await title('/utf16.json')).to.equal('中文');
    });

    it('loads an article from article-src, as Article or { item }', async () => {
      fetchMock = mockFetch((url) =>
        json(url.pathname.endsWith('/1') ? { id: 1, title: 'One', body: '<p>x</p>' } : { item: { id: 2, title: 'Two' } }),
      );
      const client = new NewsClient();
      const cfg = { src: '/api/news', articleSrc: '/api/article/{id}' };
      expect((await client.article(cfg, 'native', '1')).title).to.equal('One');
      expect((await client.article(cfg, 'native', '2')).title).to.equal('Two');
      expect(fetchMock.requests.map((r) => new URL(r.url).pathname)).to.deep.equal(['/api/article/1', '/api/article/2']);
    });

    it('reuses an article it has seen in a list when there is no article-src', async () => {
      fetchMock = mockFetch(() => json({ items: makeArticles(2) }));
      const client = new NewsClient();
      await client.list(config, 'native', { category: null, page: 1, pageSize: 10 });
      expect((await client.article(config, 'native', 'a2')).title).to.equal('Article 2');
      expect(fetchMock.requests).to.have.length(1);
    });

    it('loads categories from categories-src, as [Category] or { items }', async () => {
      fetchMock = mockFetch((url) =>
        json(url.pathname === '/c1' ? [{ id: 'news', name: 'News' }] : { items: [{ id: 'faq', name: 'FAQ', count: 3 }] }),
      );
      const client = new NewsClient();
      expect((await client.categories({ src: '', categoriesSrc: '/c1' }, 'native', 10))[0].name).to.equal('News');
      expect((await client.categories({ src: '', categoriesSrc: '/c2' }, 'native', 10))[0].count).to.equal(3);
    });

    it('collects categories from the articles when nothing else names them', async () => {
      fetchMock = mockFetch(() => json({ items: [{ id: 1, title: 'x', category: { id: 'n', name: 'News' } }, { id: 2, title: 'y', category: 'faq' }] }));
      const categories = await new NewsClient().categories(config, 'native', 10);
      expect(categories).to.deep.equal([{ id: 'n', name: 'News' }, { id: 'faq', name: 'faq' }]);
    });
  });

  describe('cache and deduplication', () => {
    it('sends one request for one URL however many callers ask at once', async () => {
      const answer = deferred<Response>();
      fetchMock = mockFetch(() => answer.promise);
      const client = new NewsClient();
      const calls = [1, 2, 3].map(() => client.list(config, 'native', { category: null, page: 1, pageSize: 10 }));
      answer.resolve(json({ items: makeArticles(2) }));
      const pages = await Promise.all(calls);
      expect(fetchMock.requests).to.have.length(1);
      expect(pages.every((p) => p.items.length === 2)).to.be.true;
    });

    it('answers a revisited URL from memory within max age', async () => {
      fetchMock = mockFetch(() => json({ items: [] }));
      const client = new NewsClient({ maxAge: 1000 });
      await client.request('/x');
      await client.request('/x');
      expect(fetchMock.requests).to.have.length(1);
    });

    it('does not cache failures', async () => {
      let fail = true;
      fetchMock = mockFetch(() => (fail ? new Response('', { status: 503 }) : json({ items: [] })));
      const client = new NewsClient({ retries: 0 });
      await rejection(client.request('/x'));
      fail = false;
      expect((await client.request('/x')).status).to.equal(200);
      expect(fetchMock.requests).to.have.length(2);
    });

    it('sends same-origin credentials and asks for JSON', async () => {
      fetchMock = mockFetch(() => json({}));
      await new NewsClient().request('/x');
      expect(fetchMock.requests[0].init?.credentials).to.equal('same-origin');
      expect((fetchMock.requests[0].init?.headers as Record<string, string>).Accept).to.equal('application/json');
    });
  });

  describe('abort', () => {
    it('passes an AbortSignal to fetch and aborts it when the only caller aborts', async () => {
      fetchMock = mockFetch(() => new Promise<Response>(() => {}));
      const caller = new AbortController();
      const call = new NewsClient().request('/slow', 'json', caller.signal);
      await Promise.resolve();
      expect(fetchMock.requests[0].init?.signal).to.be.instanceOf(AbortSignal);
      caller.abort();
      const error = await rejection(call);
      expect((error as unknown as DOMException).name).to.equal('AbortError');
      expect(fetchMock.requests[0].aborted).to.be.true;
    });

    it('keeps a shared request going while another caller still wants it', async () => {
      const answer = deferred<Response>();
      fetchMock = mockFetch(() => answer.promise);
      const client = new NewsClient();
      const leaving = new AbortController();
      const first = client.request('/shared', 'json', leaving.signal);
      const second = client.request('/shared', 'json', new AbortController().signal);
      await Promise.resolve();
      leaving.abort();
      await rejection(first);
      expect(fetchMock.requests[0].aborted).to.be.false;
      answer.resolve(json({ ok: 1 }));
      expect((await second).data).to.deep.equal({ ok: 1 });
    });

    it('starts a fresh request after every caller of the last one left', async () => {
      fetchMock = mockFetch((_url, request) => (request === fetchMock!.requests[0] ? new Promise<Response>(() => {}) : json({ n: 2 })));
      const client = new NewsClient();
      const gone = new AbortController();
      const first = client.request('/again', 'json', gone.signal);
      gone.abort();
      await rejection(first);
      expect((await client.request('/again')).data).to.deep.equal({ n: 2 });
      expect(fetchMock.requests).to.have.length(2);
    });
  });

  describe('errors', () => {
    it('http: a non-2xx answer, with its status', async () => {
      fetchMock = mockFetch(() => new Response('nope', { status: 404, statusText: 'Not Found' }));
      const error = await rejection(new NewsClient().request('/missing'));
      expect(error).to.be.instanceOf(NewsError);
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(404);
      expect(error.url).to.equal('/missing');
    });

    it('parse: an HTML login page served with status 200', async () => {
      fetchMock = mockFetch(() => new Response('<!doctype html><form action="/sso">Sign in</form>', { headers: { 'content-type': 'text/html' } }));
      const error = await rejection(new NewsClient().request('/api'));
      expect(error.kind).to.equal('parse');
      expect(error.message).to.contain('HTML page');
    });

    it('parse: JSON cut off half-way', async () => {
      fetchMock = mockFetch(() => new Response('{"items": [{"id": 1, "ti', { headers: { 'content-type': 'application/json' } }));
      expect((await rejection(new NewsClient().request('/api'))).kind).to.equal('parse');
    });

    it('network: no connection', async () => {
      fetchMock = mockFetch(() => Promise.reject(new TypeError('Failed to fetch')));
      const error = await rejection(new NewsClient().request('/api'));
      expect(error.kind).to.equal('network');
    });

    it('timeout: an answer that never comes', async () => {
      fetchMock = mockFetch(() => new Promise<Response>(() => {}));
      const error = await rejection(new NewsClient({ timeout: 50 }).request('/api'));
      expect(error.kind).to.equal('timeout');
      expect(fetchMock.requests[0].aborted).to.be.true;
    });

    it('one bad record is left out and named in skipped; the others are read', async () => {
      fetchMock = mockFetch(() => json({ items: [{ id: 1, title: 'ok' }, { id: 2, title: { rendered: 'x' } }, null, { id: 4, title: 'also ok' }] }));
      const page = await new NewsClient().list(config, 'native', { category: null, page: 1, pageSize: 10 });
      expect(page.items.map((a) => a.id)).to.deep.equal(['1', '4']);
      expect(page.skipped).to.deep.equal([
        { index: 1, reason: 'nothing to show (no title, summary, body or link)' },
        { index: 2, reason: 'null, not an article' },
      ]);
    });

    it('shape: an object without items', async () => {
      fetchMock = mockFetch(() => json({ data: [] }));
      const error = await rejection(new NewsClient().list(config, 'native', { category: null, page: 1, pageSize: 10 }));
      expect(error.kind).to.equal('shape');
      expect(error.field).to.equal('items');
    });

    it('shape: an article without an id, and a list that is a string', async () => {
      fetchMock = mockFetch((url) => json(url.pathname === '/a' ? [{ title: 'no id' }] : 'hello'));
      const client = new NewsClient();
      const none = await rejection(client.list({ src: '/a' }, 'native', { category: null, page: 1, pageSize: 10 }));
      expect(none).to.include({ kind: 'shape', field: '[0]' });
      expect(none.message).to.contain('no id');
      expect((await rejection(client.list({ src: '/b' }, 'native', { category: null, page: 1, pageSize: 10 }))).kind).to.equal('shape');
    });

    it('shape: an unknown adapter name', async () => {
      const error = await rejection(new NewsClient().list(config, 'no-such-cms', { category: null, page: 1, pageSize: 10 }));
      expect(error.kind).to.equal('shape');
      expect(error.message).to.contain('no-such-cms');
    });
  });

  describe('retries', () => {
    it('tries a 5xx again with backoff, and succeeds', async () => {
      let calls = 0;
      fetchMock = mockFetch(() => (++calls < 3 ? new Response('', { status: 503 }) : json({ ok: true })));
      const started = performance.now();
      const answer = await new NewsClient({ retryDelay: 20 }).request('/flaky');
      expect(answer.data).to.deep.equal({ ok: true });
      expect(fetchMock.requests).to.have.length(3);
      // Two waits: about 20 ms, then about 40 ms (±20%).
      expect(performance.now() - started).to.be.at.least(45);
    });

    it('tries a network failure again', async () => {
      let calls = 0;
      fetchMock = mockFetch(() => (++calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : json({ ok: 1 })));
      expect((await new NewsClient({ retryDelay: 5 }).request('/net')).data).to.deep.equal({ ok: 1 });
      expect(fetchMock.requests).to.have.length(2);
    });

    it('does not try a 4xx again', async () => {
      fetchMock = mockFetch(() => new Response('', { status: 404 }));
      const error = await rejection(new NewsClient({ retryDelay: 5 }).request('/gone'));
      expect(error.status).to.equal(404);
      expect(fetchMock.requests).to.have.length(1);
    });

    it('gives up after the configured retries with the last error', async () => {
      fetchMock = mockFetch(() => new Response('', { status: 502 }));
      const error = await rejection(new NewsClient({ retries: 3, retryDelay: 5 }).request('/down'));
      expect(error.status).to.equal(502);
      expect(fetchMock.requests).to.have.length(4);
    });

    it('stops waiting to retry when the caller aborts', async () => {
      fetchMock = mockFetch(() => new Response('', { status: 500 }));
      const caller = new AbortController();
      const call = new NewsClient({ retryDelay: 10_000 }).request('/abort-wait', 'json', caller.signal);
      await new Promise((r) => setTimeout(r, 20));
      caller.abort();
      expect(((await rejection(call)) as unknown as DOMException).name).to.equal('AbortError');
      expect(fetchMock.requests).to.have.length(1);
    });

    it('keeps delays bounded: 500 ms doubling, never over 4 s, with jitter', () => {
      for (let attempt = 0; attempt < 10; attempt++) {
        const delay = retryDelay(attempt);
        const nominal = Math.min(500 * 2 ** attempt, MAX_RETRY_DELAY);
        expect(delay).to.be.within(nominal * 0.8, nominal * 1.2);
      }
    });
  });

  describe('stale-while-revalidate', () => {
    it('serves an old answer at once, refreshes it in the background, then serves the new one', async () => {
      let version = 1;
      fetchMock = mockFetch(() => json({ version }));
      const client = new NewsClient({ maxAge: 30 });
      expect((await client.request('/swr')).data).to.deep.equal({ version: 1 });
      await new Promise((r) => setTimeout(r, 50));
      version = 2;
      const refreshed = new Promise((resolve) => client.addEventListener('refresh', resolve, { once: true }));
      expect((await client.request('/swr')).data).to.deep.equal({ version: 1 });
      await refreshed;
      expect((await client.request('/swr')).data).to.deep.equal({ version: 2 });
      expect(fetchMock.requests).to.have.length(2);
    });

    it('keeps the old answer when refreshing fails, says why, and recovers with retryStale()', async () => {
      let healthy = true;
      fetchMock = mockFetch(() => (healthy ? json({ n: 1 }) : Promise.reject(new TypeError('offline'))));
      const client = new NewsClient({ maxAge: 30, retries: 0 });
      await client.request('/keep');
      await new Promise((r) => setTimeout(r, 50));
      healthy = false;
      const stale = new Promise((resolve) => client.addEventListener('stale', resolve, { once: true }));
      expect((await client.request('/keep')).data).to.deep.equal({ n: 1 });
      await stale;
      expect(client.staleError?.kind).to.equal('network');
      expect((await client.request('/keep')).data).to.deep.equal({ n: 1 });
      await new Promise((r) => setTimeout(r, 20)); // that request's own refresh attempt fails too
      healthy = true;
      const refreshed = new Promise((resolve) => client.addEventListener('refresh', resolve, { once: true }));
      client.retryStale();
      await refreshed;
      expect(client.staleError).to.equal(undefined);
    });
  });
});
