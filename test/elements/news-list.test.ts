import { expect, fixture, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import '../helpers/reset.js';
import type { NewsList } from '../../src/elements/news-list/news-list.js';
import type { NewsArticleSelectEvent, NewsLoadEvent, NewsPageChangeEvent } from '../../src/events.js';
import { deferred, json, makeArticles, mockFetch, until, type FetchMock } from '../helpers/mock-fetch.js';
import { failed, keepPage, loaded, shadow, shadowAll, text } from '../helpers/elements.js';

let fetchMock: FetchMock;

/** A server-paginated endpoint over `articles`, honouring category, page and pageSize. */
function pagedEndpoint(articles: Record<string, unknown>[], { withTotal = true } = {}) {
  return (url: URL) => {
    const category = url.searchParams.get('category');
    const page = Number(url.searchParams.get('page'));
    const pageSize = Number(url.searchParams.get('pageSize'));
    const matching = category ? articles.filter((a) => a.category === category) : articles;
    const items = matching.slice((page - 1) * pageSize, page * pageSize);
    return json(withTotal ? { items, total: matching.length, page, pageSize } : { items });
  };
}

/** A list with `attributes` on `src`, loaded (a second list in one test takes a src of its own). */
async function listFixture(attributes = '', src = '/api/list'): Promise<NewsList> {
  const list = document.createElement('news-list');
  list.setAttribute('src', src);
  const wrapper = await fixture<HTMLDivElement>(`<div><news-list ${attributes}></news-list></div>`);
  for (const { name, value } of [...wrapper.querySelector('news-list')!.attributes]) list.setAttribute(name, value);
  const load = loaded(list);
  wrapper.replaceChildren(list);
  await load;
  return list;
}

const titles = (list: NewsList) => shadowAll(list, '.item .title').map(text);
const pageButtons = (list: NewsList) => shadowAll<HTMLButtonElement>(list, 'nav .pages button');

describe('<news-list>', () => {
  afterEach(() => fetchMock.restore());

  describe('items', () => {
    beforeEach(() => {
      fetchMock = mockFetch(
        pagedEndpoint([
          { id: 1, title: 'With image', summary: 'First summary', category: { id: 'news', name: 'News' }, publishedAt: '2026-03-14T09:30:00+08:00', image: { src: '/img/1.jpg', width: 640, height: 360 } },
          { id: 2, title: 'No image', summary: 'Second', category: 'faq', publishedAt: '2025-04-17' },
          { id: 3, title: '<img src=x onerror="window.__pwned=1">', category: 'news' },
        ]),
      );
    });

    it('titles are headings of level 3, or of the level heading-level sets', async () => {
      const list = await listFixture();
      expect(shadowAll(list, '.item [role="heading"]').map((h) => h.getAttribute('aria-level'))).to.deep.equal(['3', '3', '3']);
      list.setAttribute('heading-level', '2');
      await list.updateComplete;
      expect(shadow(list, '.item [role="heading"]')!.getAttribute('aria-level')).to.equal('2');
      list.setAttribute('heading-level', '9');
      await list.updateComplete;
      expect(shadow(list, '.item [role="heading"]')!.getAttribute('aria-level')).to.equal('6');
    });

    it('shows title, date, summary and a thumbnail where the article has an image', async () => {
      const list = await listFixture();
      const items = shadowAll(list, '.item');
      expect(items).to.have.length(3);
      expect(text(items[0].querySelector('.title'))).to.equal('With image');
      expect(items[0].querySelector('time')!.getAttribute('datetime')).to.equal('2026-03-14T09:30:00+08:00');
      expect(text(items[0].querySelector('time'))).to.match(/2026/);
      expect(text(items[0].querySelector('.summary'))).to.equal('First summary');
      expect(items[0].querySelector('img')!.getAttribute('src')).to.equal('/img/1.jpg');
      expect(items[1].querySelector('img')).to.equal(null);
      expect(text(items[1].querySelector('time'))).to.contain('17');
    });

    it('names the category of each item under All, and not within a category', async () => {
      const list = await listFixture();
      expect(shadowAll(list, '.badge').map(text)).to.deep.equal(['News', 'faq', 'news']);
      const filtered = await listFixture('category="news"', '/api/list-news');
      expect(shadowAll(filtered, '.badge')).to.have.length(0);
    });

    it('shows a title with markup as text', async () => {
      const list = await listFixture();
      expect(titles(list)[2]).to.equal('<img src=x onerror="window.__pwned=1">');
      expect(shadowAll(list, '.title img')).to.have.length(0);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('lays items out as cards: an image grid', async () => {
      const list = await listFixture('layout="cards" style="display:block;width:900px"');
      expect(getComputedStyle(shadow(list, 'ul.items')!).display).to.equal('grid');
      const [first, second] = shadowAll(list, '.item').map((item) => item.getBoundingClientRect());
      expect(second.top).to.equal(first.top);
      expect(shadow(list, '.item img')).to.exist;
    });

    it('keeps a thumbnail 16:9 however tall its row, and hides one that fails to load', async () => {
      // A phone-wide column: the text wraps to many lines, and the row grows taller than the image.
      const list = await listFixture('style="display:block;width:300px"');
      const thumb = shadow(list, '.item .thumb')!;
      const row = shadow(list, '.item')!.getBoundingClientRect();
      const box = thumb.getBoundingClientRect();
      expect(row.height).to.be.greaterThan(box.height + 20);
      expect(box.height).to.be.closeTo((box.width * 9) / 16, 1);
      // The test server has no /img/1.jpg: the frame stays, the broken-image icon does not show.
      const img = thumb.querySelector('img')!;
      await until(() => img.classList.contains('failed'), 3000, 'the failed image marked');
      expect(getComputedStyle(img).visibility).to.equal('hidden');
      expect(thumb.getBoundingClientRect().height).to.equal(box.height);
      // An image that loads after all (the row kept for the same article, with a new image) shows.
      img.dispatchEvent(new Event('load'));
      expect(getComputedStyle(img).visibility).to.equal('visible');
    });

    it('keeps the title of a card without an image off its top border', async () => {
      const list = await listFixture('layout="cards" style="display:block;width:900px"');
      const card = shadowAll(list, '.item')[1];
      expect(card.querySelector('img')).to.equal(null);
      const gap = card.querySelector('.title')!.getBoundingClientRect().top - card.getBoundingClientRect().top;
      expect(gap).to.be.at.least(10);
    });

    it('lines a left-to-right title up with the row in a right-to-left page', async () => {
      const list = await listFixture('dir="rtl" style="display:block;width:600px"');
      const item = shadowAll(list, '.item')[1];
      const words = document.createRange();
      words.selectNodeContents(item.querySelector('.title')!);
      const link = words.getBoundingClientRect();
      const column = item.querySelector('.text')!.getBoundingClientRect();
      expect(column.right - link.right).to.be.below(1);
      expect(link.left - column.left).to.be.greaterThan(100);
    });

    it('lays items out compactly: title and date only', async () => {
      const list = await listFixture('layout="compact"');
      expect(shadowAll(list, '.item img')).to.have.length(0);
      expect(shadowAll(list, '.summary')).to.have.length(0);
      expect(shadowAll(list, '.item time')).to.have.length(2);
    });

    it('fires news-load with the page and category', async () => {
      const list = document.createElement('news-list');
      list.src = '/api/load';
      const load = oneEvent(list, 'news-load') as Promise<NewsLoadEvent>;
      document.body.append(list);
      const { detail } = await load;
      expect(detail.kind).to.equal('list');
      if (detail.kind === 'list') {
        expect(detail.page.items).to.have.length(3);
        expect(detail.category).to.equal(null);
      }
      list.remove();
    });
  });

  describe('links', () => {
    beforeEach(() => {
      fetchMock = mockFetch(() => json({ items: [{ id: 'x1', title: 'Own page', url: 'https://example.com/x1' }, { id: 'x2', title: 'Bad url', url: 'javascript:alert(1)' }] }));
    });

    it('links to the article’s own url, and not to a dangerous one', async () => {
      const list = await listFixture();
      const links = shadowAll<HTMLAnchorElement>(list, '.title a');
      expect(links).to.have.length(1);
      expect(links[0].getAttribute('href')).to.equal('https://example.com/x1');
    });

    it('links to a detail page through article-href', async () => {
      const list = await listFixture('article-href="detail.html?id={id}"');
      expect(shadowAll<HTMLAnchorElement>(list, '.title a').map((a) => a.getAttribute('href'))).to.deep.equal(['detail.html?id=x1', 'detail.html?id=x2']);
    });

    it('fires a cancelable news-article-select; cancelling keeps the page', async () => {
      const release = keepPage();
      try {
        const list = await listFixture('article-href="detail.html?id={id}"');
        const select = oneEvent(document, 'news-article-select') as Promise<NewsArticleSelectEvent>;
        let clickPrevented = false;
        list.addEventListener('news-article-select', (event) => event.preventDefault(), { once: true });
        const link = shadow<HTMLAnchorElement>(list, '.title a')!;
        link.addEventListener('click', (event) => queueMicrotask(() => (clickPrevented = event.defaultPrevented)), { once: true });
        link.click();
        expect((await select).detail.article.id).to.equal('x1');
        await Promise.resolve();
        expect(clickPrevented).to.be.true;
      } finally {
        release();
      }
    });
  });

  describe('pagination', () => {
    const articles = makeArticles(23);

    beforeEach(() => {
      fetchMock = mockFetch(pagedEndpoint(articles));
    });

    it('numbers the pages inside a labelled nav, with the current one marked', async () => {
      const list = await listFixture();
      const nav = shadow(list, 'nav')!;
      expect(nav.getAttribute('aria-label')).to.equal('Pages');
      expect(pageButtons(list).map(text)).to.deep.equal(['‹ Previous', '1', '2', '3', 'Next ›']);
      expect(pageButtons(list)[1].getAttribute('aria-current')).to.equal('page');
      expect(pageButtons(list)[1].getAttribute('aria-label')).to.equal('Page 1');
      expect(pageButtons(list)[0].disabled).to.be.true;
    });

    it('changes page on click: fires news-page-change, loads it, moves focus to the top of the list', async () => {
      const list = await listFixture();
      const change = oneEvent(list, 'news-page-change') as Promise<NewsPageChangeEvent>;
      const load = loaded(list);
      pageButtons(list)[3].click();
      expect((await change).detail).to.deep.equal({ page: 3 });
      await load;
      expect(list.page).to.equal(3);
      expect(titles(list)).to.deep.equal(['Article 21', 'Article 22', 'Article 23']);
      expect(list.shadowRoot!.activeElement).to.equal(shadow(list, '.content'));
      expect(pageButtons(list)[3].getAttribute('aria-current')).to.equal('page');
      expect(pageButtons(list).at(-1)!.disabled).to.be.true;
      expect(fetchMock.requests.at(-1)!.url).to.contain('page=3');
    });

    it('goes to the next and previous pages', async () => {
      const list = await listFixture();
      let load = loaded(list);
      pageButtons(list).at(-1)!.click();
      await load;
      expect(list.page).to.equal(2);
      load = loaded(list);
      pageButtons(list)[0].click();
      await load;
      expect(list.page).to.equal(1);
    });

    it('keeps the page when news-page-change is cancelled', async () => {
      const list = await listFixture();
      list.addEventListener('news-page-change', (event) => event.preventDefault(), { once: true });
      pageButtons(list)[2].click();
      await list.updateComplete;
      expect(list.page).to.equal(1);
      expect(fetchMock.requests).to.have.length(1);
    });

    it('honours page-size and page attributes', async () => {
      const list = await listFixture('page-size="5" page="2"');
      expect(titles(list)).to.deep.equal(['Article 6', 'Article 7', 'Article 8', 'Article 9', 'Article 10']);
      expect(pageButtons(list).map(text)).to.deep.equal(['‹ Previous', '1', '2', '3', '4', '5', 'Next ›']);
    });

    it('shows ellipses for many pages: 1 … 4 5 6 … 20', async () => {
      fetchMock.restore();
      fetchMock = mockFetch(pagedEndpoint(makeArticles(200)));
      const list = await listFixture('page="5"');
      expect(pageButtons(list).map(text).slice(1, -1)).to.deep.equal(['1', '4', '5', '6', '20']);
      expect(shadowAll(list, '.gap').map(text)).to.deep.equal(['…', '…']);
      expect(shadowAll(list, '.gap')[0].getAttribute('aria-hidden')).to.equal('true');
    });

    it('offers previous/next alone when the total is unknown', async () => {
      fetchMock.restore();
      fetchMock = mockFetch(pagedEndpoint(makeArticles(15), { withTotal: false }));
      const list = await listFixture();
      expect(pageButtons(list).map(text)).to.deep.equal(['‹ Previous', '1', 'Next ›']);
      const load = loaded(list);
      pageButtons(list).at(-1)!.click();
      await load;
      expect(titles(list)).to.have.length(5);
      expect(pageButtons(list).at(-1)!.disabled).to.be.true;
    });

    it('shows no pagination for a single page', async () => {
      fetchMock.restore();
      fetchMock = mockFetch(pagedEndpoint(makeArticles(4)));
      const list = await listFixture();
      expect(shadow(list, 'nav')).to.equal(null);
    });

    it('scrolls the list into view when its top is off-screen after a page change', async () => {
      const list = await listFixture();
      const spacer = document.createElement('div');
      spacer.style.height = '2000px';
      list.before(spacer);
      const after = document.createElement('div');
      after.style.height = '3000px';
      list.after(after);
      pageButtons(list)[2].scrollIntoView({ block: 'end' });
      expect(list.getBoundingClientRect().top).to.be.lessThan(0);
      const load = loaded(list);
      pageButtons(list)[2].click();
      await load;
      await list.updateComplete;
      expect(Math.round(list.getBoundingClientRect().top)).to.be.at.least(0);
      spacer.remove();
      after.remove();
    });
  });

  describe('states', () => {
    it('shows skeleton rows, busy, while loading, keeping the list’s height on a page change', async () => {
      const answers: ReturnType<typeof deferred<Response>>[] = [];
      fetchMock = mockFetch(() => {
        const answer = deferred<Response>();
        answers.push(answer);
        return answer.promise;
      });
      const list = await fixture<NewsList>(`<news-list src="/api/slow" page-size="4"></news-list>`);
      await list.updateComplete;
      expect(shadow(list, 'section')!.getAttribute('aria-busy')).to.equal('true');
      expect(shadowAll(list, '.skeleton .item-placeholder')).to.have.length(4);
      expect(text(shadow(list, '[role="status"]'))).to.equal('Loading…');
      let load = loaded(list);
      await until(() => answers[0], 1000, 'the first request');
      answers[0].resolve(json({ items: makeArticles(4), total: 8 }));
      await load;
      const height = shadow(list, '.content')!.offsetHeight;
      pageButtons(list)[2].click();
      await list.updateComplete;
      expect(shadow(list, 'section')!.getAttribute('aria-busy')).to.equal('true');
      expect(shadow(list, '.content')!.offsetHeight).to.be.at.least(height);
      expect(shadow(list, '.content')!.style.minBlockSize).to.equal(`${height}px`);
      load = loaded(list);
      await until(() => answers[1], 1000, 'the second request');
      answers[1].resolve(json({ items: makeArticles(4), total: 8 }));
      await load;
      expect(shadow(list, 'section')!.getAttribute('aria-busy')).to.equal('false');
      // The height is let go once the page is in: a shorter page may be shorter.
      expect(shadow(list, '.content')!.style.minBlockSize).to.equal('');
    });

    it('says so when there are no articles', async () => {
      fetchMock = mockFetch(() => json([]));
      const list = await listFixture();
      expect(text(shadow(list, '[part="empty"]'))).to.equal('There are no articles yet.');
      expect(shadow(list, 'nav')).to.equal(null);
    });

    for (const [name, respond, kind, message] of [
      ['an HTTP error', () => new Response('', { status: 500 }), 'http', '(500)'],
      ['an HTML login page', () => new Response('<html><body>Sign in</body></html>', { headers: { 'content-type': 'text/html' } }), 'parse', 'could not be read'],
      ['the wrong shape', () => json({ data: { list: [] } }), 'shape', 'items'],
      ['no connection', () => Promise.reject(new TypeError('Failed to fetch')), 'network', 'could not be reached'],
    ] as const) {
      it(`shows ${name} with a retry button and fires news-error`, async () => {
        fetchMock = mockFetch(respond as () => Response);
        const list = document.createElement('news-list');
        list.src = '/api/error';
        list.retries = 0;
        const error = failed(list);
        document.body.append(list);
        try {
          expect((await error).detail.error.kind).to.equal(kind);
          await list.updateComplete;
          const alert = shadow(list, '[role="alert"]')!;
          expect(text(alert)).to.contain(message);
          expect(text(alert.querySelector('button'))).to.equal('Try again');
        } finally {
          list.remove();
        }
      });
    }

    it('retries: the retry button loads again and shows the list', async () => {
      let healthy = false;
      fetchMock = mockFetch(() => (healthy ? json({ items: makeArticles(2) }) : new Response('', { status: 502 })));
      const list = document.createElement('news-list');
      list.src = '/api/retry';
      list.retries = 0;
      const error = failed(list);
      document.body.append(list);
      await error;
      await list.updateComplete;
      healthy = true;
      const load = loaded(list);
      shadow<HTMLButtonElement>(list, '[part="retry"]')!.click();
      await load;
      expect(titles(list)).to.deep.equal(['Article 1', 'Article 2']);
      list.remove();
    });

    it('shows only the newest answer when pages are clicked faster than they load', async () => {
      const answers = new Map<string, ReturnType<typeof deferred<Response>>>();
      fetchMock = mockFetch((url) => {
        const answer = deferred<Response>();
        answers.set(url.searchParams.get('page')!, answer);
        return answer.promise;
      });
      const list = await fixture<NewsList>(`<news-list src="/api/race" page-size="2"></news-list>`);
      await list.updateComplete;
      let load = loaded(list);
      await until(() => answers.get('1'), 1000, 'page 1');
      answers.get('1')!.resolve(json({ items: makeArticles(2), total: 10 }));
      await load;
      pageButtons(list)[2].click(); // page 2
      await until(() => answers.get('2'), 1000, 'page 2 to be requested');
      list.page = 3;
      await list.updateComplete;
      load = loaded(list);
      await until(() => answers.get('3'), 1000, 'page 3');
      answers.get('3')!.resolve(json({ items: [{ id: 'p3', title: 'Page three' }], total: 10 }));
      await load;
      answers.get('2')?.resolve(json({ items: [{ id: 'p2', title: 'Page two (late)' }], total: 10 }));
      await new Promise((r) => setTimeout(r, 20));
      expect(titles(list)).to.deep.equal(['Page three']);
      expect(fetchMock.requestsTo('page=2')[0].aborted).to.be.true;
    });

    it('aborts its request when removed from the page', async () => {
      fetchMock = mockFetch(() => new Promise<Response>(() => {}));
      const list = await fixture<NewsList>(`<news-list src="/api/gone"></news-list>`);
      await list.updateComplete;
      list.remove();
      expect(fetchMock.requests[0].aborted).to.be.true;
    });
  });

  describe('paging="load-more"', () => {
    const moreButton = (list: NewsList) => shadow<HTMLButtonElement>(list, '[part="load-more"]');

    it('adds the next page below the ones shown, focuses the first new article, and fetches each page once', async () => {
      fetchMock = mockFetch(pagedEndpoint(makeArticles(25)));
      const list = await listFixture('paging="load-more" page-size="10"');
      expect(titles(list)).to.have.length(10);
      expect(shadow(list, 'nav')).to.be.null;
      expect(text(moreButton(list))).to.equal('Load more');

      const change = oneEvent(list, 'news-page-change') as Promise<NewsPageChangeEvent>;
      let load = loaded(list);
      moreButton(list)!.click();
      expect((await change).detail.page).to.equal(2);
      await load;
      await list.updateComplete;
      expect(titles(list)).to.have.length(20);
      expect(titles(list)[10]).to.equal('Article 11');
      expect(text(list.shadowRoot!.activeElement)).to.equal('Article 11');
      expect(text(shadow(list, '[role="status"]'))).to.equal('Showing 1–20 of 25 articles');

      load = loaded(list);
      moreButton(list)!.click();
      await load;
      expect(titles(list)).to.have.length(25);
      expect(moreButton(list)).to.be.null;
      // Pages 1, 2 and 3, once each: the earlier ones came from the cache.
      expect(fetchMock.requests.map((r) => new URL(r.url).searchParams.get('page'))).to.deep.equal(['1', '2', '3']);
    });

    it('keeps the articles shown, and says it is busy, while the next page loads', async () => {
      const held = deferred<Response>();
      const endpoint = pagedEndpoint(makeArticles(15));
      fetchMock = mockFetch((url) => (url.searchParams.get('page') === '2' ? held.promise : endpoint(url)));
      const list = await listFixture('paging="load-more" page-size="10"');
      const firstRow = shadow(list, '.item');
      const status = shadow(list, '[role="status"]');
      moreButton(list)!.focus();
      moreButton(list)!.click();
      await until(() => moreButton(list)?.getAttribute('aria-disabled') === 'true', 2000, 'the busy button');
      // The same nodes stay: the rows, the live region, and the button, which keeps the focus.
      expect(shadow(list, '.item')).to.equal(firstRow);
      expect(shadow(list, '[role="status"]')).to.equal(status);
      expect(list.shadowRoot!.activeElement).to.equal(moreButton(list));
      expect(titles(list)).to.have.length(10);
      expect(shadow(list, '.skeleton')).to.be.null;
      expect(text(moreButton(list))).to.equal('Loading…');
      expect(shadow(list, '[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
      const load = loaded(list);
      held.resolve(endpoint(new URL('/x?page=2&pageSize=10', location.href)));
      await load;
      expect(titles(list)).to.have.length(15);
      expect(shadow(list, '.item')).to.equal(firstRow);
    });

    it('follows next links when the endpoint tells no total', async () => {
      fetchMock = mockFetch(pagedEndpoint(makeArticles(12), { withTotal: false }));
      const list = await listFixture('paging="load-more" page-size="5" article-href="/news/{id}"');
      for (const expected of [10, 12]) {
        const load = loaded(list);
        moreButton(list)!.click();
        await load;
        expect(titles(list)).to.have.length(expected);
      }
      // In a list with links, the first new article's link takes the focus.
      expect(list.shadowRoot!.activeElement?.tagName).to.equal('A');
      expect(text(list.shadowRoot!.activeElement)).to.equal('Article 11');
      // The third page was short: the end.
      expect(moreButton(list)).to.be.null;
    });

    it('a deep link to a page past the end fetches the pages there are, no more', async () => {
      fetchMock = mockFetch(pagedEndpoint(makeArticles(12)));
      const list = await listFixture('paging="load-more" page-size="5" page="300"');
      expect(titles(list)).to.have.length(12);
      expect(fetchMock.requests.map((r) => new URL(r.url).searchParams.get('page'))).to.deep.equal(['1', '2', '3']);
      expect(moreButton(list)).to.be.null;
    });

    it('without totals, follows next pages one by one and stops at the last', async () => {
      fetchMock = mockFetch(pagedEndpoint(makeArticles(12), { withTotal: false }));
      const list = await listFixture('paging="load-more" page-size="5" page="300"');
      expect(titles(list)).to.have.length(12);
      expect(fetchMock.requests).to.have.length(3);
    });

    it('a "load more" still loading when the tab changes moves no focus', async () => {
      const held = deferred<Response>();
      const endpoint = pagedEndpoint(makeArticles(30));
      fetchMock = mockFetch((url) => (url.searchParams.get('page') === '2' && !url.searchParams.has('category') ? held.promise : endpoint(url)));
      const list = await listFixture('paging="load-more" page-size="5" article-href="/n/{id}"');
      const outside = document.createElement('button');
      document.body.append(outside);
      try {
        moreButton(list)!.click();
        outside.focus();
        const load = loaded(list);
        list.category = 'faq';
        await load;
        held.resolve(endpoint(new URL('/x?page=2&pageSize=5', location.href)));
        await new Promise((resolve) => setTimeout(resolve, 50));
        await list.updateComplete;
        expect(document.activeElement).to.equal(outside);
        expect(titles(list)[0]).to.equal('Article 2');
      } finally {
        outside.remove();
      }
    });

    it('starts over on a category change', async () => {
      fetchMock = mockFetch(pagedEndpoint(makeArticles(30)));
      const list = await listFixture('paging="load-more" page-size="5"');
      let load = loaded(list);
      moreButton(list)!.click();
      await load;
      expect(titles(list)).to.have.length(10);
      load = loaded(list);
      list.category = 'faq';
      await load;
      expect(titles(list)).to.have.length(5);
      expect(titles(list)[0]).to.equal('Article 2');
    });
  });

  describe('loading rows', () => {
    const geometry = async (layout: string, width = '900px') => {
      fetchMock = mockFetch(() => new Promise<Response>(() => {}));
      const wrapper = await fixture<HTMLDivElement>(`<div style="width: ${width}"><news-list src="/rows-${layout}-${width}" layout="${layout}"></news-list></div>`);
      const list = wrapper.querySelector('news-list')!;
      await until(() => shadow(list, '.item-placeholder'), 1000, 'loading rows');
      const row = shadow(list, '.item-placeholder')!;
      const before = getComputedStyle(row, '::before');
      const after = getComputedStyle(row, '::after');
      return { row: row.getBoundingClientRect(), before: { display: before.display, width: parseFloat(before.width) }, after: { height: parseFloat(after.height) } };
    };

    it('draw a thumbnail and text bars in the list layout, a smaller thumbnail in a narrow column', async () => {
      const wide = await geometry('list');
      expect(wide.before.width).to.be.closeTo(176, 2);
      expect(wide.after.height).to.be.greaterThan(50);
      const narrow = await geometry('list', '300px');
      expect(narrow.before.width).to.be.closeTo(104, 2);
    });

    it('draw a full-width image over the bars in cards, and no thumbnail in compact', async () => {
      const cards = await geometry('cards');
      expect(cards.before.width).to.be.closeTo(cards.row.width - 2, 2);
      expect(cards.after.height).to.be.greaterThan(50);
      const compact = await geometry('compact');
      expect(compact.before.display).to.equal('none');
      expect(compact.row.height).to.be.lessThan(70);
    });
  });
});
