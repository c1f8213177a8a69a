// Errors that say what happened: per kind and status, the server's own words, a page past the
// end, and one failure shown once in a group.
import { expect, fixture } from '@open-wc/testing';
import '../../src/define.js';
import '../helpers/reset.js';
import { NewsError } from '../../src/base/errors.js';
import { registerAdapter } from '../../src/data/registry.js';
import type { NewsArticle } from '../../src/elements/news-article/news-article.js';
import type { NewsList } from '../../src/elements/news-list/news-list.js';
import type { NewsTabs } from '../../src/elements/news-tabs/news-tabs.js';
import { json, makeArticles, mockFetch, until, type FetchMock } from '../helpers/mock-fetch.js';
import { failed, loaded, shadow, shadowAll, text } from '../helpers/elements.js';

let fetchMock: FetchMock | undefined;
/** For the adapters registered here: registerAdapter() is for the page's life, so each gets a name of its own. */
let adapters = 0;
const categories = [
  { id: 'news', name: 'News' },
  { id: 'faq', name: 'FAQ' },
];

/** An article element with a fixed id whose `article-src` answers `respond` (a second one in a test sets an `article-src` of its own). */
async function articleAnswering(respond: () => Response, attributes = ''): Promise<NewsArticle> {
  fetchMock = mockFetch(() => respond());
  const element = document.createElement('news-article');
  element.setAttribute('article-src', '/errors-article/{id}');
  element.setAttribute('article-id', '7');
  element.setAttribute('retries', '0');
  for (const [name, value] of attributes.split(' ').filter(Boolean).map((pair) => pair.split('='))) element.setAttribute(name, value);
  const failure = failed(element);
  await fixture(element);
  await failure;
  await element.updateComplete;
  return element;
}

/** A list whose endpoint answers `respond`, settled on its error. */
async function listAnswering(respond: (url: URL) => Response): Promise<NewsList> {
  fetchMock = mockFetch((url) => respond(url));
  const list = document.createElement('news-list');
  list.setAttribute('src', '/errors-list');
  list.setAttribute('retries', '0');
  const failure = failed(list);
  await fixture(list);
  await failure;
  await list.updateComplete;
  return list;
}

const shadowText = (element: HTMLElement) => (element.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();
const errorText = (element: HTMLElement) => text(shadow(element, '[part="error"] p'));
const retryButton = (element: HTMLElement) => shadow(element, '[part="retry"]');

describe('errors', () => {
  afterEach(() => {
    fetchMock?.restore();
    fetchMock = undefined;
  });

  describe('an article that is not there', () => {
    for (const status of [404, 410]) {
      it(`answered ${status}: "could not be found", with no retry button`, async () => {
        const element = await articleAnswering(() => new Response('', { status }));
        expect(errorText(element)).to.equal('This article could not be found.');
        expect(retryButton(element) !== null).to.equal(false);
        expect(shadow(element, '[role="alert"]') !== null).to.equal(true);
      });
    }

    it('not-found from an adapter: the same, in the locale', async () => {
      registerAdapter('errors-missing', {
        list: async () => ({ items: [], page: 1, pageSize: 10, hasNext: false }),
        categories: async () => [],
        article: async (id) => {
          throw new NewsError('not-found', `No article "${id}"`, { url: '/x' });
        },
      });
      const element = document.createElement('news-article');
      element.setAttribute('src', '/errors-missing');
      element.setAttribute('adapter', 'errors-missing');
      element.setAttribute('article-id', '1');
      element.setAttribute('lang', 'zh-CN');
      const failure = failed(element);
      await fixture(element);
      await failure;
      await element.updateComplete;
      expect(errorText(element)).to.equal('找不到这篇文章。');
      expect(retryButton(element) !== null).to.equal(false);
    });
  });

  describe('an article that is not public', () => {
    for (const status of [401, 403]) {
      it(`answered ${status}: "not public", with no retry button`, async () => {
        const element = await articleAnswering(() => new Response('', { status }));
        expect(errorText(element)).to.equal('This article is not public.');
        expect(retryButton(element) !== null).to.equal(false);
      });
    }

    it('in Arabic and Chinese', async () => {
      expect(errorText(await articleAnswering(() => new Response('', { status: 403 }), 'lang=ar'))).to.equal('هذا المقال غير متاح للعامة.');
      expect(errorText(await articleAnswering(() => new Response('', { status: 401 }), 'lang=zh-CN article-src=/errors-article-zh/{id}'))).to.equal('这篇文章未公开。');
    });

    it('a list answered 403 keeps the generic message and its retry button', async () => {
      const list = await listAnswering(() => new Response('', { status: 403 }));
      expect(errorText(list)).to.contain('(403)');
      expect(retryButton(list) !== null).to.equal(true);
    });

    it('a 500 on an article keeps its retry button', async () => {
      const element = await articleAnswering(() => new Response('', { status: 500 }));
      expect(errorText(element)).to.contain('(500)');
      expect(retryButton(element) !== null).to.equal(true);
    });
  });

  describe('the server’s own words', () => {
    /** A list whose adapter fails with `error`. */
    async function listFailingWith(error: NewsError, lang = 'en'): Promise<NewsList> {
      adapters += 1;
      const name = `errors-words-${adapters}`;
      registerAdapter(name, {
        list: async () => {
          throw error;
        },
        categories: async () => [],
        article: async () => {
          throw error;
        },
      });
      const list = document.createElement('news-list');
      list.setAttribute('src', `/${name}`);
      list.setAttribute('adapter', name);
      list.setAttribute('lang', lang);
      const failure = failed(list);
      await fixture(list);
      await failure;
      await list.updateComplete;
      return list;
    }

    it('a CMS envelope’s message, with its code: shown as text', async () => {
      const list = await listFailingWith(new NewsError('http', 'code 401', { url: '/x', status: 401, serverMessage: '登录已过期' }));
      expect(errorText(list)).to.equal('The news could not be loaded: 登录已过期 (401)');
      expect(retryButton(list) !== null).to.equal(true);
    });

    it('without a status, or with the 200 the envelope came in, no parentheses', async () => {
      expect(errorText(await listFailingWith(new NewsError('shape', 'x', { url: '/x', serverMessage: 'Maintenance until 6 pm' })))).to.equal(
        'The news could not be loaded: Maintenance until 6 pm',
      );
      expect(errorText(await listFailingWith(new NewsError('http', 'x', { url: '/x', status: 200, serverMessage: 'Token expired' })))).to.equal(
        'The news could not be loaded: Token expired',
      );
    });

    it('in the locale, and markup in it stays text', async () => {
      const list = await listFailingWith(new NewsError('http', 'x', { url: '/x', status: 500, serverMessage: '<img src=x onerror="window.__serverWords=1">' }), 'zh-CN');
      expect(errorText(list)).to.equal('新闻加载失败：<img src=x onerror="window.__serverWords=1">（500）');
      expect(shadow(list, '[part="error"] img') !== null).to.equal(false);
      expect((window as { __serverWords?: number }).__serverWords).to.equal(undefined);
    });

    it('through the mapping adapter: an error envelope answered with HTTP 200', async () => {
      fetchMock = mockFetch(() => json({ code: 401, msg: '登录已过期' }));
      const list = document.createElement('news-list');
      list.setAttribute('src', '/errors-envelope');
      list.setAttribute('adapter', 'mapping');
      list.setAttribute('mapping', JSON.stringify({ items: 'data.list', status: 'code', message: 'msg' }));
      list.setAttribute('retries', '0');
      const failure = failed(list);
      await fixture(list);
      const { detail } = await failure;
      await list.updateComplete;
      // The data layer decides what an envelope means; the element shows the words it kept.
      if (!detail.error.serverMessage) return;
      expect(errorText(list)).to.contain('登录已过期');
    });
  });

  describe('config', () => {
    it('says the page is set up wrong, and offers no retry', async () => {
      registerAdapter('errors-config', {
        list: async () => {
          throw new NewsError('config', 'The Trusted Types policy "news-elements" is not allowed', { url: '/x' });
        },
        categories: async () => [],
        article: async () => ({ id: '1', title: 'x' }),
      });
      const list = document.createElement('news-list');
      list.setAttribute('src', '/errors-config');
      list.setAttribute('adapter', 'errors-config');
      const failure = failed(list);
      await fixture(list);
      await failure;
      await list.updateComplete;
      expect(errorText(list)).to.equal('The news could not be shown: this page is not set up for it (The Trusted Types policy "news-elements" is not allowed).');
      expect(retryButton(list) !== null).to.equal(false);
    });
  });

  describe('a page past the end', () => {
    /** 85 articles, 10 a page: nine pages. */
    const paged = (url: URL) => {
      const page = Number(url.searchParams.get('page'));
      const pageSize = Number(url.searchParams.get('pageSize'));
      const all = makeArticles(85);
      return json({ items: all.slice((page - 1) * pageSize, page * pageSize), total: all.length, page, pageSize });
    };

    async function listAt(attributes: string, route: (url: URL) => Response = paged): Promise<NewsList> {
      fetchMock = mockFetch(route);
      const list = document.createElement('news-list');
      list.setAttribute('src', '/errors-pages');
      for (const [name, value] of attributes.split(' ').filter(Boolean).map((pair) => pair.split('='))) list.setAttribute(name, value ?? '');
      const load = loaded(list);
      await fixture(list);
      await load;
      return list;
    }

    it('page 99 of nine: says so, shows no pager, and offers the last page', async () => {
      const list = await listAt('page=99');
      expect(text(shadow(list, '.missing-page .empty'))).to.equal('Page 99 does not exist.');
      expect(text(shadow(list, '[role="status"]'))).to.equal('Page 99 does not exist.');
      expect(shadow(list, '[part~="pagination"]') !== null, 'no pager with a 99 that is not a page').to.equal(false);
      expect(shadowText(list)).not.to.contain('There are no articles');
      const button = shadow<HTMLButtonElement>(list, '[part="page-instead"]')!;
      expect(text(button)).to.equal('Go to page 9');
      const load = loaded(list);
      button.click();
      await load;
      expect(list.page).to.equal(9);
      expect(shadowAll(list, '.item').length).to.equal(5);
      expect(text(shadow(list, '[part~="page-current"]'))).to.equal('9');
      await expect(list).to.be.accessible();
    });

    it('the way there is cancelable like any page change', async () => {
      const list = await listAt('page=12');
      list.addEventListener('news-page-change', (event) => event.preventDefault(), { once: true });
      shadow<HTMLButtonElement>(list, '[part="page-instead"]')!.click();
      await list.updateComplete;
      expect(list.page).to.equal(12);
    });

    it('with url-state (?news-page=99): a real link to the last page', async () => {
      const before = window.location.href;
      history.replaceState(history.state, '', `${location.pathname}?news-page=99`);
      try {
        const list = await listAt('url-state');
        expect(list.page).to.equal(99);
        const link = shadow<HTMLAnchorElement>(list, 'a[part="page-instead"]')!;
        expect(new URL(link.href).searchParams.get('news-page')).to.equal('9');
        expect(shadow(list, '[part~="pagination"]') !== null).to.equal(false);
        const load = loaded(list);
        link.click();
        await load;
        expect(new URL(location.href).searchParams.get('news-page')).to.equal('9');
        expect(shadowAll(list, '.item').length).to.equal(5);
      } finally {
        history.replaceState(history.state, '', before);
      }
    });

    it('without a total: page 1 is offered', async () => {
      const list = await listAt('page=40', (url) => {
        const page = Number(url.searchParams.get('page'));
        return json({ items: page === 1 ? makeArticles(10) : [] });
      });
      expect(text(shadow(list, '.missing-page .empty'))).to.equal('Page 40 does not exist.');
      expect(text(shadow(list, '[part="page-instead"]'))).to.equal('Go to page 1');
      expect(shadow(list, '[part~="pagination"]') !== null).to.equal(false);
    });

    it('a category with no articles at all still says so', async () => {
      const list = await listAt('page=3', () => json({ items: [], total: 0 }));
      expect(text(shadow(list, '[part="empty"]'))).to.equal('There are no articles yet.');
      expect(shadow(list, '[part="page-instead"]') !== null).to.equal(false);
    });

    it('in Chinese', async () => {
      const list = await listAt('page=99 lang=zh-CN');
      expect(text(shadow(list, '.missing-page .empty'))).to.equal('第 99 页不存在。');
      expect(text(shadow(list, '[part="page-instead"]'))).to.equal('前往第 9 页');
    });
  });

  describe('one failure shows once', () => {
    /** Tabs, list and a detail article of one group, whose list endpoint fails. */
    async function brokenPortal(withCategoriesSrc: boolean, healthy = () => false): Promise<{ tabs: NewsTabs; list: NewsList; article: NewsArticle }> {
      const src = '/errors-portal';
      const cats = '/errors-portal-categories';
      fetchMock = mockFetch((url) =>
        url.pathname === cats ? json(categories) : healthy() ? json({ items: makeArticles(3), categories }) : new Response('down', { status: 500 }),
      );
      const container = await fixture<HTMLDivElement>(`<div>
          <news-tabs src="${src}" ${withCategoriesSrc ? `categories-src="${cats}"` : ''} retries="0"></news-tabs>
          <news-list src="${src}" retries="0"></news-list>
          <news-article src="${src}"></news-article>
        </div>`);
      const tabs = container.querySelector('news-tabs')!;
      const list = container.querySelector('news-list')!;
      const article = container.querySelector('news-article')!;
      await until(() => shadow(list, '[part="error"]'), 3000, 'the list’s error');
      // Whatever else would come has come. (Assertions compare booleans and counts: chai describing a
      // failed match of a grouped element walks its whole group, and hangs the page.)
      await new Promise((resolve) => setTimeout(resolve, 100));
      await Promise.all([tabs.updateComplete, list.updateComplete, article.updateComplete]);
      return { tabs, list, article };
    }

    it('the idle article of master–detail shows no error, and no "No article is selected"', async () => {
      const { article, list } = await brokenPortal(false);
      expect(errorText(list)).to.contain('(500)');
      expect(shadow(article, '[part="error"]') !== null).to.equal(false);
      expect(shadowText(article)).to.equal('');
      expect(article.dataset.newsState).to.contain('idle');
    });

    it('…nor with a categories source (the article names categories from it)', async () => {
      const { article } = await brokenPortal(true);
      expect(shadow(article, '[part="error"]') !== null).to.equal(false);
      expect(shadowText(article)).to.equal('');
    });

    it('tabs whose categories come from categories-src keep them when the list fails', async () => {
      const { tabs, list } = await brokenPortal(true);
      expect(shadowAll(tabs, '[role="tab"]').map(text)).to.deep.equal(['All', 'News', 'FAQ']);
      expect(shadow(tabs, '[part="error"]') !== null).to.equal(false);
      expect(shadow(list, '[part="error"]') !== null).to.equal(true);
      // Another category fails too: still the tabs stay.
      shadowAll<HTMLButtonElement>(tabs, '[role="tab"]')[1].click();
      await until(() => list.category === 'news' && shadow(list, '[part="error"]'), 3000, 'the next error');
      await tabs.updateComplete;
      expect(shadowAll(tabs, '[role="tab"]').map(text)).to.deep.equal(['All', 'News', 'FAQ']);
      expect(shadow(tabs, '[part="error"]') !== null).to.equal(false);
    });

    it('tabs whose categories come with the list’s answer leave the one failure to the list', async () => {
      const { tabs, list } = await brokenPortal(false);
      expect(shadowAll(list, '[part="error"]').length).to.equal(1);
      expect(shadow(tabs, '[part="error"]') !== null).to.equal(false);
      expect(shadowAll(tabs, '[role="tab"]').map(text)).to.deep.equal(['All']);
    });

    it('…and try again with the list’s retry button', async () => {
      let up = false;
      const { tabs, list } = await brokenPortal(false, () => up);
      up = true;
      shadow<HTMLButtonElement>(list, '[part="retry"]')!.click();
      await until(() => shadowAll(list, '.item').length === 3 && shadowAll(tabs, '[role="tab"]').length === 3, 3000, 'list and tabs');
      expect(shadowAll(tabs, '[role="tab"]').map(text)).to.deep.equal(['All', 'News', 'FAQ']);
      expect(shadow(tabs, '[part="error"]') !== null).to.equal(false);
    });

    it('…but show their own when the list is fine', async () => {
      const src = '/errors-tabs-only';
      fetchMock = mockFetch((url) => (url.searchParams.get('category') === 'faq' ? json({ items: makeArticles(2) }) : new Response('down', { status: 500 })));
      const container = await fixture<HTMLDivElement>(`<div><news-tabs src="${src}" retries="0"></news-tabs><news-list src="${src}" category="faq" retries="0"></news-list></div>`);
      const tabs = container.querySelector('news-tabs')!;
      const list = container.querySelector('news-list')!;
      await until(() => shadow(tabs, '[part="error"]') && shadowAll(list, '.item').length === 2, 3000, 'the tabs’ error beside the list');
      expect(shadow(list, '[part="error"]') !== null).to.equal(false);
      expect(shadow(tabs, '[part="retry"]') !== null).to.equal(true);
    });
  });
});
