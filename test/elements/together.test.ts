import { expect, fixture, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import '../helpers/reset.js';
import { findGroup } from '../../src/controllers/group.js';
import type { NewsArticle } from '../../src/elements/news-article/news-article.js';
import type { NewsList } from '../../src/elements/news-list/news-list.js';
import type { NewsTabs } from '../../src/elements/news-tabs/news-tabs.js';
import { json, makeArticles, mockFetch, until, type FetchMock } from '../helpers/mock-fetch.js';
import { keepPage, loaded, shadow, shadowAll, text } from '../helpers/elements.js';

let fetchMock: FetchMock;
const categories = [
  { id: 'news', name: 'News' },
  { id: 'faq', name: 'FAQ' },
];

interface Portal {
  tabs: NewsTabs;
  list: NewsList;
  article: NewsArticle;
}

/** A news centre: tabs, list and article on one whole-file export, with no page script. */
async function portal(extra = '', ready = (p: Portal) => shadowAll(p.list, '.item').length > 0): Promise<Portal> {
  const file = '/portal.json';
  const cats = '/portal-categories.json';
  const container = await fixture<HTMLDivElement>(`<div>
      <news-tabs src="${file}" categories-src="${cats}"></news-tabs>
      <news-list src="${file}" page-size="4" ${extra}></news-list>
      <news-article src="${file}"></news-article>
    </div>`);
  const tabs = container.querySelector('news-tabs')!;
  const list = container.querySelector('news-list')!;
  const article = container.querySelector('news-article')!;
  await until(() => ready({ tabs, list, article }) && shadowAll(tabs, '[role="tab"]').length === 3, 3000, 'the portal to load');
  return { tabs, list, article };
}

const titles = (list: NewsList) => shadowAll(list, '.item .title').map(text);
const tab = (tabs: NewsTabs, name: string) => shadowAll<HTMLButtonElement>(tabs, '[role="tab"]').find((t) => text(t) === name)!;
const pageButton = (list: NewsList, label: string) =>
  shadowAll<HTMLButtonElement>(list, 'nav button').find((b) => b.getAttribute('aria-label') === label || text(b).includes(label))!;

describe('the three elements together', () => {
  beforeEach(() => {
    fetchMock = mockFetch((url) => (url.pathname.includes('categories') ? json(categories) : json(makeArticles(25))));
  });
  afterEach(() => fetchMock.restore());

  it('share one client: the file is fetched once for tabs, list and article', async () => {
    const { list } = await portal();
    expect(titles(list)).to.deep.equal(['Article 1', 'Article 2', 'Article 3', 'Article 4']);
    expect(fetchMock.requestsTo('/portal.json')).to.have.length(1);
    expect(fetchMock.requestsTo('categories')).to.have.length(1);
  });

  describe('written in a page that is still being parsed', () => {
    // A portal's markup puts the script tag first: each element upgrades as the parser reaches
    // it, and its first update runs before the next element exists.
    const parsing = () => Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
    const parsed = () => delete (document as unknown as Record<string, unknown>).readyState;
    afterEach(parsed);

    /** Parses the elements one by one; `yieldBetween`: the parser gives way (a task) between them, as between a header and a page body. */
    async function parse(markup: string[], yieldBetween = false): Promise<HTMLDivElement> {
      const container = await fixture<HTMLDivElement>('<div></div>');
      parsing();
      for (const element of markup) {
        container.insertAdjacentHTML('beforeend', element);
        // The microtask checkpoint after each parsed element: its first update has run.
        await (container.lastElementChild as NewsList).updateComplete;
        if (yieldBetween) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      parsed();
      const list = container.querySelector('news-list')!;
      await until(() => shadowAll(list, '.item').length === 5, 3000, 'five articles');
      await until(() => shadowAll(container.querySelector('news-tabs')!, '[role="tab"]').length === 3, 3000, 'the tabs');
      return container;
    }

    const paths = () => fetchMock.requests.map((r) => new URL(r.url).pathname + (new URL(r.url).searchParams.get('pageSize') ? `?pageSize=${new URL(r.url).searchParams.get('pageSize')}` : ''));

    it('tabs whose categories come with the first page wait for the list’s page size: one request', async () => {
      const file = '/parsed.json';
      await parse([`<news-tabs src="${file}"></news-tabs>`, `<news-list src="${file}" page-size="5"></news-list>`, `<news-article src="${file}"></news-article>`]);
      expect(paths()).to.deep.equal([`${file}?pageSize=5`]);
    });

    it('…even when the list comes tasks later, further down the page', async () => {
      const file = '/parsed.json';
      await parse([`<news-tabs src="${file}"></news-tabs>`, `<news-list src="${file}" page-size="5"></news-list>`], true);
      expect(paths()).to.deep.equal([`${file}?pageSize=5`]);
    });

    it('tabs with no list to wait for ask once the page is parsed', async () => {
      const file = '/parsed.json';
      const container = await fixture<HTMLDivElement>('<div></div>');
      parsing();
      container.innerHTML = `<news-tabs src="${file}"></news-tabs>`;
      const tabs = container.querySelector('news-tabs')!;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(fetchMock.requests, 'nothing while the page is parsed').to.have.length(0);
      expect(shadow(tabs, '[role="tablist"]')!.getAttribute('aria-busy'), 'the tabs show they are loading').to.equal('true');
      parsed();
      document.dispatchEvent(new Event('DOMContentLoaded'));
      await until(() => shadowAll(tabs, '[role="tab"]').length === 3, 3000, 'the tabs');
      expect(paths()).to.deep.equal([`${file}?pageSize=10`]);
    });

    it('a list written before the tabs is not asked again when they bring a categories source', async () => {
      const file = '/parsed.json';
      await parse([
        `<news-list src="${file}" page-size="5"></news-list>`,
        `<news-tabs src="${file}" categories-src="/parsed-categories.json"></news-tabs>`,
        `<news-article src="${file}"></news-article>`,
      ]);
      expect(paths()).to.have.members([`${file}?pageSize=5`, '/parsed-categories.json']);
    });
  });

  it('a tab shows page 1 of its category in the list', async () => {
    const { tabs, list } = await portal();
    let load = loaded(list);
    pageButton(list, 'Page 3').click();
    await load;
    expect(list.page).to.equal(3);
    load = loaded(list);
    tab(tabs, 'FAQ').click();
    await load;
    expect(list.category).to.equal('faq');
    expect(list.page).to.equal(1);
    expect(titles(list)).to.deep.equal(['Article 2', 'Article 4', 'Article 6', 'Article 8']);
    expect(shadowAll(list, '.badge')).to.have.length(0);
  });

  it('pages through a category: page 3 of News', async () => {
    const { tabs, list } = await portal();
    let load = loaded(list);
    tab(tabs, 'News').click();
    await load;
    expect(shadowAll(list, 'nav .pages button').map(text).slice(1, -1)).to.deep.equal(['1', '2', '3', '4']);
    load = loaded(list);
    pageButton(list, 'Page 3').click();
    await load;
    expect(titles(list)).to.deep.equal(['Article 17', 'Article 19', 'Article 21', 'Article 23']);
  });

  it('master–detail: an item opens in the article, focus follows, and Back returns to the item', async () => {
    const { list, article } = await portal();
    expect(getComputedStyle(article).display).to.equal('none');
    // A hook for the portal's CSS too, in every browser (no custom states: Chrome before 125 throws on them).
    expect(article.dataset.newsState).to.equal('idle');
    expect(list.dataset.newsState).to.equal(undefined);
    // The list item is a real link: a middle-click opens the article in a new tab.
    expect(shadowAll<HTMLAnchorElement>(list, '.title a')[1].href).to.match(/[?&]id=a2$/);
    const select = oneEvent(document, 'news-article-select');
    const load = loaded(article);
    shadowAll<HTMLAnchorElement>(list, '.title a')[1].click();
    expect((await select).detail.article.id).to.equal('a2');
    await load;
    await article.updateComplete;
    expect(getComputedStyle(list).display).to.equal('none');
    expect(getComputedStyle(article).display).to.equal('block');
    expect([list.dataset.newsState, article.dataset.newsState]).to.deep.equal(['covered', undefined]);
    expect(text(shadow(article, '[part="title"]'))).to.equal('Article 2');
    expect(article.shadowRoot!.activeElement).to.equal(shadow(article, '[part="title"]'));

    const back = shadow<HTMLButtonElement>(article, '[part="back"]')!;
    expect(text(back)).to.contain('Back to list');
    back.click();
    await list.updateComplete;
    await until(() => list.shadowRoot!.activeElement, 1000, 'focus back on the list');
    expect(getComputedStyle(list).display).to.equal('block');
    expect(getComputedStyle(article).display).to.equal('none');
    expect(list.shadowRoot!.activeElement).to.equal(shadowAll(list, '.title a')[1]);
  });

  it('previous/next move through the list’s articles in place', async () => {
    const release = keepPage();
    try {
      const { list, article } = await portal();
      let load = loaded(article);
      shadowAll<HTMLAnchorElement>(list, '.title a')[1].click();
      await load;
      const links = shadowAll<HTMLAnchorElement>(article, '[part="sequence"] a');
      expect(links.map(text)).to.deep.equal(['Article 1', 'Article 3']);
      expect(shadowAll(article, '[part="sequence"] .label').map(text)).to.deep.equal(['Previous article:', 'Next article:']);
      article.lang = 'zh-CN';
      await until(() => text(shadow(article, '[part="sequence"] .label')) !== 'Previous article:', 2000, 'the labels in Chinese');
      expect(shadowAll(article, '[part="sequence"] .label').map(text)).to.deep.equal(['上一篇：', '下一篇：']);
      article.lang = '';
      load = loaded(article);
      links[1].click();
      await load;
      expect(text(shadow(article, '[part="title"]'))).to.equal('Article 3');
    } finally {
      release();
    }
  });

  it('choosing a tab while an article is open goes back to the list', async () => {
    const { tabs, list, article } = await portal();
    const load = loaded(article);
    shadowAll<HTMLAnchorElement>(list, '.title a')[0].click();
    await load;
    tab(tabs, 'FAQ').click();
    await list.updateComplete;
    expect(getComputedStyle(list).display).to.equal('block');
    expect(getComputedStyle(article).display).to.equal('none');
  });

  it('events bubble out of the elements to the document', async () => {
    const { tabs } = await portal();
    const events: string[] = [];
    const record = (event: Event) => events.push(event.type);
    for (const type of ['news-category-change', 'news-load']) document.addEventListener(type, record);
    try {
      tab(tabs, 'News').click();
      await until(() => events.includes('news-load'), 2000, 'news-load on document');
      expect(events[0]).to.equal('news-category-change');
    } finally {
      for (const type of ['news-category-change', 'news-load']) document.removeEventListener(type, record);
    }
  });

  it('two groups on one page never interfere', async () => {
    const container = await fixture<HTMLDivElement>(`<div>
        <news-tabs group="left" categories-src="/g-categories.json"></news-tabs>
        <news-list group="left" src="/g.json" page-size="3"></news-list>
        <news-tabs group="right" categories-src="/g-categories.json"></news-tabs>
        <news-list group="right" src="/g.json" page-size="3"></news-list>
      </div>`);
    const [leftTabs, rightTabs] = [...container.querySelectorAll('news-tabs')];
    const [leftList, rightList] = [...container.querySelectorAll('news-list')];
    await until(() => titles(leftList).length && titles(rightList).length && shadowAll(leftTabs, '[role="tab"]').length === 3, 3000, 'both groups');
    const load = loaded(leftList);
    tab(leftTabs, 'FAQ').click();
    await load;
    expect(leftList.category).to.equal('faq');
    expect(rightList.category).to.equal(null);
    expect(shadowAll(rightTabs, '[role="tab"]')[0].getAttribute('aria-selected')).to.equal('true');
    expect(titles(rightList)).to.deep.equal(['Article 1', 'Article 2', 'Article 3']);
  });

  it('a group attribute joins elements whose src differ (tabs with categories only)', async () => {
    const container = await fixture<HTMLDivElement>(`<div>
        <news-tabs group="joined" categories-src="/only-categories.json"></news-tabs>
        <news-list group="joined" src="/only-list.json"></news-list>
      </div>`);
    const tabs = container.querySelector('news-tabs')!;
    const list = container.querySelector('news-list')!;
    await until(() => titles(list).length && shadowAll(tabs, '[role="tab"]').length === 3, 3000, 'the group');
    const load = loaded(list);
    tab(tabs, 'News').click();
    await load;
    expect(list.category).to.equal('news');
  });

  describe('a deep link to one category (the list opens on it)', () => {
    /** A paged endpoint that filters on the server, naming the categories in each answer or not. */
    const paged = (named: boolean) => (url: URL) => {
      const category = url.searchParams.get('category');
      const items = makeArticles(12).filter((article) => !category || article.category === category).slice(0, 3);
      return json({ items, total: items.length, ...(named ? { categories } : {}) });
    };
    const open = async (file: string, order: 'tabs first' | 'list first') => {
      const tabs = `<news-tabs src="${file}"></news-tabs>`;
      const list = `<news-list src="${file}" page-size="3" category="faq"></news-list>`;
      const container = await fixture<HTMLDivElement>(`<div>${order === 'tabs first' ? tabs + list : list + tabs}</div>`);
      const tabBar = container.querySelector('news-tabs')!;
      await until(() => titles(container.querySelector('news-list')!).length === 3 && shadowAll(tabBar, '[role="tab"]').length === 3, 3000, 'the deep link');
      expect(shadowAll(tabBar, '[role="tab"]').map((t) => t.getAttribute('aria-selected')), 'FAQ chosen').to.deep.equal(['false', 'false', 'true']);
      return fetchMock.requests.map((r) => new URL(r.url).search);
    };

    for (const order of ['tabs first', 'list first'] as const) {
      it(`the tabs take the categories the list’s answer names: one request (${order})`, async () => {
        fetchMock.restore();
        fetchMock = mockFetch(paged(true));
        expect(await open(`/deep-named-${order.split(' ')[0]}.json`, order)).to.deep.equal(['?category=faq&page=1&pageSize=3']);
      });
    }

    it('an answer that names none: the tabs ask for the first page of All, after the list’s answer', async () => {
      fetchMock.restore();
      fetchMock = mockFetch(paged(false));
      expect(await open('/deep-unnamed.json', 'tabs first')).to.deep.equal(['?category=faq&page=1&pageSize=3', '?page=1&pageSize=3']);
    });
  });

  it('two lists of a group that set src differently: the first in the document counts, in either upgrade order', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (text: unknown) => warnings.push(String(text));
    try {
      const container = await fixture<HTMLDivElement>('<div><news-list id="one" group="docorder" src="/first.json"></news-list><news-list id="two" group="docorder" src="/second.json"></news-list></div>');
      // The second connects first (moved out and back in): it is still the second in the document.
      const first = container.querySelector<NewsList>('#one')!;
      first.remove();
      container.prepend(first);
      await until(() => titles(first).length > 0, 3000, 'the lists');
      expect(findGroup('group:docorder')!.config.src).to.equal('/first.json');
      expect(warnings.some((text) => text.includes('"/second.json"') && text.includes('uses "/first.json"'))).to.be.true;
    } finally {
      console.warn = warn;
    }
  });

  for (const how of ['an attribute', 'a property']) {
    it(`a list given adapter "native" as ${how} comes first over an article of its group that says wordpress`, async () => {
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (text: unknown) => warnings.push(String(text));
      try {
        const group = `given-${how === 'a property' ? 'property' : 'attribute'}`;
        const container = await fixture<HTMLDivElement>(`<div><news-article group="${group}" adapter="wordpress"></news-article></div>`);
        const list = document.createElement('news-list');
        list.setAttribute('group', group);
        list.setAttribute('src', '/given.json');
        if (how === 'a property') list.adapter = 'native';
        else list.setAttribute('adapter', 'native');
        container.append(list);
        await until(() => titles(list).length > 0, 3000, 'the list, read as the native shape');
        expect(findGroup(`group:${group}`)!.adapterName).to.equal('native');
        expect(warnings.some((text) => text.includes('adapter to "wordpress"') && text.includes('uses "native"'))).to.be.true;
      } finally {
        console.warn = warn;
      }
    });
  }

  it('a list with article-href links to the detail page instead of opening in place', async () => {
    const container = await fixture<HTMLDivElement>(`<div><news-list src="/ah.json" article-href="/news/detail.html?id={id}"></news-list></div>`);
    const list = container.querySelector('news-list')!;
    await until(() => titles(list).length, 3000, 'the list');
    expect(shadowAll<HTMLAnchorElement>(list, '.title a')[0].getAttribute('href')).to.equal('/news/detail.html?id=a1');
  });

  it('a detail page: the article reads the id from the URL and offers previous/next as links', async () => {
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}?id=a5`);
    try {
      const element = document.createElement('news-article');
      element.setAttribute('src', '/detail.json');
      element.setAttribute('list-href', '/news/');
      const load = loaded(element);
      document.body.append(element);
      await load;
      expect(text(shadow(element, '[part="title"]'))).to.equal('Article 5');
      expect(shadow<HTMLAnchorElement>(element, 'a[part="back"]')!.getAttribute('href')).to.equal('/news/');
      const sequence = shadowAll<HTMLAnchorElement>(element, '[part="sequence"] a');
      // Same category (news: a1, a3, a5 …): previous a3, next a7.
      expect(sequence.map((a) => new URL(a.href).searchParams.get('id'))).to.deep.equal(['a3', 'a7']);
      element.remove();
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('a page that opens with ?id= shows that article over the list', async () => {
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}?id=a3`);
    try {
      const { list, article } = await portal('', (p) => shadow(p.article, '[part="title"]') !== null);
      expect(text(shadow(article, '[part="title"]'))).to.equal('Article 3');
      expect(getComputedStyle(list).display).to.equal('none');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('a portal script hears the events on the document and the window, typed', async () => {
    fetchMock = mockFetch(() => new Response('down', { status: 500 }));
    const onDocument = new Promise<string>((resolve) => document.addEventListener('news-error', (event) => resolve(event.detail.error.kind), { once: true }));
    const onWindow = new Promise<number | undefined>((resolve) => window.addEventListener('news-error', (event) => resolve(event.detail.error.status), { once: true }));
    await fixture(`<news-list src="/together-typed-events" retries="0"></news-list>`);
    expect(await onDocument).to.equal('http');
    expect(await onWindow).to.equal(500);
  });
});

describe('a connected, loaded element whose src or group changes', () => {
  let mock: FetchMock;
  afterEach(() => mock?.restore());

  it('asks the new src, and shows its answer', async () => {
    mock = mockFetch((url) => json(makeArticles(3).map((a) => ({ ...a, title: `${new URL(url, location.href).pathname} ${a.title}` }))));
    const list = await fixture<NewsList>(`<news-list src="/first.json"></news-list>`);
    await until(() => shadowAll(list, '.item').length === 3, 3000, 'the first answer');
    expect(text(shadow(list, '.item .title'))).to.equal('/first.json Article 1');
    list.setAttribute('src', '/second.json');
    await until(() => text(shadow(list, '.item .title')) === '/second.json Article 1', 3000, 'the second answer');
    expect(mock.requests.map((r) => new URL(r.url, location.href).pathname)).to.deep.equal(['/first.json', '/second.json']);
  });

  it('moves to the new group, whose selection and client it then uses', async () => {
    mock = mockFetch(() => json(makeArticles(12).map((a, i) => ({ ...a, category: i % 2 ? 'faq' : 'news' }))));
    const container = await fixture<HTMLDivElement>(`<div>
        <news-list src="/grouped.json" group="a" page-size="4"></news-list>
        <news-tabs src="/grouped.json" group="b" category="faq"></news-tabs>
      </div>`);
    const list = container.querySelector('news-list')!;
    await until(() => shadowAll(list, '.item').length === 4, 3000, 'the list of group a');
    // Group b has chosen FAQ: the list, moved there, shows FAQ.
    list.setAttribute('group', 'b');
    await until(() => list.category === 'faq' && shadowAll(list, '.item').length === 4, 3000, 'the list in group b');
    expect(titles(list)).to.deep.equal(['Article 2', 'Article 4', 'Article 6', 'Article 8']);
    // Group a, left without members, is gone (its client and cache with it).
    await until(() => findGroup('group:a') === undefined, 1000, 'group a to end');
    expect(findGroup('group:b')!.members.has(list)).to.be.true;
  });
});
