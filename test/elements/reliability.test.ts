// Faults, races, size and lifecycle: the elements keep working. (Whether they keep the page
// responsive, the long tasks, is measured by the bench: bench/sections/long-tasks.mjs.)
import { expect, fixture } from '@open-wc/testing';
import '../../src/define.js';
import '../helpers/reset.js';
import { findGroup } from '../../src/controllers/group.js';
import type { NewsList } from '../../src/elements/news-list/news-list.js';
import type { NewsTabs } from '../../src/elements/news-tabs/news-tabs.js';
import { deferred, json, makeArticles, mockFetch, until, type FetchMock } from '../helpers/mock-fetch.js';
import { failed, loaded, shadow, shadowAll, text } from '../helpers/elements.js';
import { hasPreciseMemory, itWhen } from '../helpers/capabilities.js';

let fetchMock: FetchMock;
const titles = (list: NewsList) => shadowAll(list, '.item .title').map(text);

describe('reliability', () => {
  afterEach(() => fetchMock.restore());

  it('times out an answer that never comes, with a timeout error on the page', async () => {
    fetchMock = mockFetch(() => new Promise<Response>(() => {}));
    const list = document.createElement('news-list');
    list.src = '/never';
    list.timeout = 60;
    const error = failed(list);
    document.body.append(list);
    try {
      expect((await error).detail.error.kind).to.equal('timeout');
      await list.updateComplete;
      expect(text(shadow(list, '[role="alert"]'))).to.contain('took too long');
      expect(fetchMock.requests[0].aborted).to.be.true;
    } finally {
      list.remove();
    }
  });

  it('retries a 5xx by itself and shows the list without an error', async () => {
    let calls = 0;
    fetchMock = mockFetch(() => (++calls < 3 ? new Response('', { status: 503 }) : json({ items: makeArticles(2) })));
    const list = await fixture<NewsList>(`<news-list src="/flaky"></news-list>`);
    let errors = 0;
    list.addEventListener('news-error', () => errors++);
    await until(() => titles(list).length === 2, 5000, 'the list after retries');
    expect(calls).to.equal(3);
    expect(errors).to.equal(0);
  });

  it('keeps cached articles on screen with a notice when refreshing them fails', async () => {
    let healthy = true;
    fetchMock = mockFetch(() => (healthy ? json({ items: makeArticles(3), total: 3 }) : Promise.reject(new TypeError('offline'))));
    const list = await fixture<NewsList>(`<news-list src="/stale" max-age="0.03" retries="0"></news-list>`);
    await until(() => titles(list).length === 3, 2000, 'the list');
    await new Promise((r) => setTimeout(r, 50));
    healthy = false;
    list.category = 'news'; // a new view: not cached, fails
    await until(() => shadow(list, '[role="alert"]'), 2000, 'the error of the new view');
    list.category = null; // back to a cached, now stale view: shown at once, refreshed, refresh fails
    await until(() => shadow(list, '[part="notice"]'), 2000, 'the stale notice');
    expect(titles(list)).to.have.length(3);
    expect(text(shadow(list, '[part="notice"]'))).to.contain('Showing saved news.');
    healthy = true;
    shadow<HTMLButtonElement>(list, '[part="notice"] button')!.click();
    await until(() => !shadow(list, '[part="notice"]'), 2000, 'the notice to go');
    expect(titles(list)).to.have.length(3);
  });

  it('fast clicking through tabs ends on the last choice; late answers are dropped', async () => {
    const answers = new Map<string, ReturnType<typeof deferred<Response>>>();
    fetchMock = mockFetch((url) => {
      if (url.pathname.includes('categories')) return json([{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }, { id: 'c', name: 'C' }]);
      const answer = deferred<Response>();
      answers.set(url.searchParams.get('category') ?? 'all', answer);
      return answer.promise;
    });
    const container = await fixture<HTMLDivElement>(`<div>
        <news-tabs src="/race" categories-src="/race-categories"></news-tabs>
        <news-list src="/race"></news-list>
      </div>`);
    const tabs = container.querySelector('news-tabs') as NewsTabs;
    const list = container.querySelector('news-list') as NewsList;
    await until(() => shadowAll(tabs, '[role="tab"]').length === 4 && answers.has('all'), 2000, 'tabs');
    for (const name of ['A', 'B', 'C']) {
      shadowAll<HTMLButtonElement>(tabs, '[role="tab"]').find((t) => text(t) === name)!.click();
      await list.updateComplete;
      await until(() => answers.has(name.toLowerCase()), 1000, `request for ${name}`);
    }
    const load = loaded(list);
    answers.get('c')!.resolve(json({ items: [{ id: 'c1', title: 'From C' }] }));
    await load;
    answers.get('a')!.resolve(json({ items: [{ id: 'a1', title: 'From A (late)' }] }));
    answers.get('all')!.resolve(json({ items: [{ id: 'x', title: 'From All (late)' }] }));
    await new Promise((r) => setTimeout(r, 30));
    expect(titles(list)).to.deep.equal(['From C']);
    expect(list.category).to.equal('c');
  });

  // How long these take (the long tasks of the main thread) is measured by the bench (`npm run
  // bench`, section 8), not asserted here: a busy machine would turn a timing red.
  it('a 10,000-article whole-file export: one page rendered, category and page 125 shown', async function () {
    this.timeout(30_000);
    const file = makeArticles(10_000, ['news', 'faq', 'video', 'brochure']);
    fetchMock = mockFetch(() => json(file));
    const list = await fixture<NewsList>(`<news-list src="/big.json" page-size="20"></news-list>`);
    await until(() => titles(list).length === 20, 5000, 'the first page');
    list.category = 'faq';
    await until(() => titles(list)[0] === 'Article 2', 2000, 'faq');
    list.page = 125;
    await until(() => titles(list)[0] === 'Article 9922', 2000, 'page 125');
    expect(shadowAll(list, '.item')).to.have.length(20);
  });

  it('a 5 MB article body: sanitized and shown, from its first slices on', async function () {
    this.timeout(30_000);
    const paragraph = `<p>${'Hengyuan Group reports steady growth across its plants and markets. '.repeat(20)}<a href="https://example.com">link</a> <img src="/x.jpg" onerror="window.__pwned=1"></p>`;
    const paragraphs = Math.ceil((5 * 1024 * 1024) / paragraph.length);
    const body = paragraph.repeat(paragraphs);
    fetchMock = mockFetch(() => json({ id: 1, title: 'Huge', body }));
    const article = document.createElement('news-article');
    article.setAttribute('article-src', '/huge/{id}');
    article.setAttribute('article-id', '1');
    const load = loaded(article);
    document.body.append(article);
    try {
      await load;
      // Shown from its first slices on (aria-busy), then filled in place until whole.
      const shown = shadow(article, '[part="body"]')!;
      expect(shown.getAttribute('aria-busy')).to.equal('true');
      expect(shown.querySelectorAll('p').length).to.be.above(0).and.below(paragraphs);
      await until(() => !shown.hasAttribute('aria-busy'), 25_000, 'the whole body');
      expect(shadow(article, '[part="body"]')).to.equal(shown);
      expect(shown.querySelectorAll('p').length).to.equal(paragraphs);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    } finally {
      article.remove();
    }
  });

  itWhen(hasPreciseMemory, 'no performance.memory in this engine')('1,000 mount/unmount cycles leave no groups, listeners or heap growth behind', async function () {
    this.timeout(30_000);
    // A fetch stub that keeps nothing (the recording mock would grow with every request).
    fetchMock = { requests: [], requestsTo: () => [], restore: () => (globalThis.fetch = realFetch) };
    const realFetch = globalThis.fetch;
    const answer = JSON.stringify({ items: makeArticles(5) });
    globalThis.fetch = async () => new Response(answer, { headers: { 'content-type': 'application/json' } });
    const gc = (window as unknown as { gc?: () => void }).gc;
    const heap = () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
    const container = document.createElement('div');
    document.body.append(container);
    const cycle = async (i: number) => {
      container.innerHTML = `<news-tabs src="/mem.json"></news-tabs><news-list src="/mem.json"></news-list><news-article src="/mem.json"></news-article>`;
      await (container.querySelector('news-list') as NewsList).updateComplete;
      if (i % 50 === 0) await new Promise((r) => setTimeout(r, 0));
      container.replaceChildren();
    };
    for (let i = 0; i < 50; i++) await cycle(i); // warm-up: code, caches of Intl and styles
    await new Promise((r) => setTimeout(r, 50));
    gc?.();
    const before = heap();
    for (let i = 0; i < 1000; i++) await cycle(i);
    await new Promise((r) => setTimeout(r, 50));
    gc?.();
    const growth = heap() - before;
    container.remove();
    expect(findGroup('src:native|/mem.json')).to.equal(undefined);
    expect(growth, `heap grew by ${growth} bytes`).to.be.below(1024 * 1024);
  });
});

describe('request options', () => {
  it('sends request-headers and credentials from the attributes', async () => {
    const fetchMock = mockFetch(() => json({ items: makeArticles(1) }));
    try {
      const list = await fixture<NewsList>(
        `<news-list src="/options" request-headers='{"X-Api-Key": "k-123", "bad": 5}' credentials="include"></news-list>`,
      );
      await until(() => fetchMock.requests.length === 1, 2000, 'the request');
      const init = fetchMock.requests[0].init!;
      expect((init.headers as Record<string, string>)['X-Api-Key']).to.equal('k-123');
      expect((init.headers as Record<string, string>).bad).to.equal(undefined);
      expect(init.credentials).to.equal('include');
      expect(list.requestHeaders).to.deep.equal({ 'X-Api-Key': 'k-123' });
    } finally {
      fetchMock.restore();
    }
  });

  it('ignores request-headers that are not JSON, and an unknown credentials mode', async () => {
    const fetchMock = mockFetch(() => json({ items: makeArticles(1) }));
    try {
      await fixture<NewsList>(`<news-list src="/options-bad" request-headers="X-Api-Key: k" credentials="everyone"></news-list>`);
      await until(() => fetchMock.requests.length === 1, 2000, 'the request');
      expect(fetchMock.requests[0].init!.credentials).to.equal('same-origin');
      expect(Object.keys(fetchMock.requests[0].init!.headers as object)).to.deep.equal(['Accept']);
    } finally {
      fetchMock.restore();
    }
  });
});
