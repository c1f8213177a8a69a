// url-state: the group's selection in the page URL — reload, back/forward and shared links.
import { expect, fixture } from '@open-wc/testing';
import '../../src/define.js';
import '../helpers/reset.js';
import type { NewsList } from '../../src/elements/news-list/news-list.js';
import { json, makeArticles, mockFetch, until, type FetchMock } from '../helpers/mock-fetch.js';
import { keepPage, shadow, shadowAll, text } from '../helpers/elements.js';

let fetchMock: FetchMock;
const start = location.href;
const categories = [
  { id: 'news', name: 'News' },
  { id: 'faq', name: 'FAQ' },
];

async function portal(attributes = 'url-state') {
  const container = await fixture<HTMLDivElement>(`<div>
      <news-tabs src="/url.json" categories-src="/url-categories.json" ${attributes}></news-tabs>
      <news-list src="/url.json" page-size="3"></news-list>
      <news-article src="/url.json"></news-article>
    </div>`);
  const tabs = container.querySelector('news-tabs')!;
  const list = container.querySelector('news-list')!;
  const article = container.querySelector('news-article')!;
  await until(() => shadowAll(tabs, '[role="tab"]').length === 3, 2000, 'tabs');
  return { container, tabs, list, article };
}

const params = () => new URL(location.href).searchParams;
const titles = (list: NewsList) => shadowAll(list, '.item .title').map(text);
const popstate = () => new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));

describe('url-state', () => {
  beforeEach(() => {
    history.replaceState(null, '', start);
    fetchMock = mockFetch((url) => (url.pathname.includes('categories') ? json(categories) : json(makeArticles(20))));
  });
  afterEach(() => {
    fetchMock.restore();
    history.replaceState(null, '', start);
  });

  it('writes each user choice into the URL as a new history entry, keeping the portal’s parameters', async () => {
    history.replaceState(null, '', `${start}${start.includes('?') ? '&' : '?'}portal=keep&page=portal-page`);
    const { tabs, list } = await portal();
    await until(() => titles(list).length === 3, 2000, 'list');
    const before = location.href;
    shadowAll<HTMLButtonElement>(tabs, '[role="tab"]')[2].click();
    await until(() => params().get('news-category') === 'faq', 1000, 'category in URL');
    await until(() => titles(list)[0] === 'Article 2', 2000, 'faq list');
    const faq = location.href;
    shadow<HTMLAnchorElement>(list, 'a[aria-label="Page 2"]')!.click();
    await until(() => params().get('news-page') === '2', 1000, 'page in URL');
    expect(params().get('portal')).to.equal('keep');
    expect(params().get('page')).to.equal('portal-page');
    // Two entries: back leads to FAQ page 1, then to where the page was. (history.length is no
    // measure: Firefox keeps 50 entries, and runs every test file in one tab.)
    let back = popstate();
    history.back();
    await back;
    expect(location.href).to.equal(faq);
    back = popstate();
    history.back();
    await back;
    expect(location.href).to.equal(before);
  });

  it('makes pagination and items real links that open the same view in a new tab', async () => {
    const { list } = await portal();
    await until(() => titles(list).length === 3, 2000, 'list');
    const pageLink = shadow<HTMLAnchorElement>(list, 'a[aria-label="Page 3"]')!;
    expect(new URL(pageLink.href).searchParams.get('news-page')).to.equal('3');
    const itemLink = shadow<HTMLAnchorElement>(list, '.title a')!;
    expect(new URL(itemLink.href).searchParams.get('news-article')).to.equal('a1');
    // Disabled "previous" on page 1: a link without href, not focusable.
    const previous = shadow<HTMLAnchorElement>(list, '[part~="page-previous"]')!;
    expect(previous.hasAttribute('href')).to.be.false;
    expect(previous.getAttribute('aria-disabled')).to.equal('true');
  });

  it('lets a modified click through to the browser (a new tab) without changing the view', async () => {
    const release = keepPage();
    try {
      const { list } = await portal();
      await until(() => titles(list).length === 3, 2000, 'list');
      const link = shadow<HTMLAnchorElement>(list, 'a[aria-label="Page 2"]')!;
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }));
      await list.updateComplete;
      expect(list.page).to.equal(1);
      expect(params().has('news-page')).to.be.false;
    } finally {
      release();
    }
  });

  it('shows the view a URL names on load (a reload or a shared link)', async () => {
    history.replaceState(null, '', `${start}${start.includes('?') ? '&' : '?'}news-category=faq&news-page=2`);
    const { list, tabs } = await portal();
    await until(() => titles(list).length === 3, 2000, 'list');
    expect(list.category).to.equal('faq');
    expect(list.page).to.equal(2);
    expect(titles(list)).to.deep.equal(['Article 8', 'Article 10', 'Article 12']);
    expect(shadowAll(tabs, '[role="tab"]')[2].getAttribute('aria-selected')).to.equal('true');
  });

  it('opens the article a URL names, over the list', async () => {
    history.replaceState(null, '', `${start}${start.includes('?') ? '&' : '?'}news-article=a5`);
    const { list, article } = await portal();
    await until(() => shadow(article, '[part="title"]'), 2000, 'article');
    expect(text(shadow(article, '[part="title"]'))).to.equal('Article 5');
    expect(getComputedStyle(list).display).to.equal('none');
  });

  it('follows back and forward', async () => {
    const { tabs, list, article } = await portal();
    await until(() => titles(list).length === 3, 2000, 'list');
    shadowAll<HTMLButtonElement>(tabs, '[role="tab"]')[1].click(); // News
    await until(() => titles(list)[0] === 'Article 1' && list.category === 'news', 2000, 'news');
    shadowAll<HTMLAnchorElement>(list, '.title a')[1].click(); // open a3
    await until(() => shadow(article, '[part="title"]'), 2000, 'article');
    expect(params().get('news-article')).to.equal('a3');

    let pop = popstate();
    history.back();
    await pop;
    await until(() => getComputedStyle(list).display === 'block', 2000, 'list back');
    expect(list.category).to.equal('news');
    expect(params().has('news-article')).to.be.false;

    pop = popstate();
    history.back();
    await pop;
    await until(() => list.category === null, 2000, 'All again');

    pop = popstate();
    history.forward();
    await pop;
    await until(() => list.category === 'news', 2000, 'News again');

    pop = popstate();
    history.forward();
    await pop;
    await until(() => getComputedStyle(list).display === 'none' && text(shadow(article, '[part="title"]')) === 'Article 3', 2000, 'article again');
  });

  it('two groups keep separate parameters by prefix', async () => {
    const container = await fixture<HTMLDivElement>(`<div>
        <news-list group="left" src="/l.json" url-state="left" page-size="3"></news-list>
        <news-list group="right" src="/r.json" url-state="right" page-size="3"></news-list>
      </div>`);
    const [left, right] = [...container.querySelectorAll('news-list')];
    await until(() => titles(left).length === 3 && titles(right).length === 3, 2000, 'both lists');
    shadow<HTMLAnchorElement>(right, 'a[aria-label="Page 2"]')!.click();
    await until(() => params().get('right-page') === '2', 1000, 'right page in URL');
    expect(params().has('left-page')).to.be.false;
    expect(left.page).to.equal(1);
  });

  it('does not touch the URL without url-state', async () => {
    const { tabs, list } = await portal('');
    await until(() => titles(list).length === 3, 2000, 'list');
    const before = location.href;
    shadowAll<HTMLButtonElement>(tabs, '[role="tab"]')[2].click();
    await until(() => list.category === 'faq', 1000, 'faq');
    expect(location.href).to.equal(before);
  });
});
