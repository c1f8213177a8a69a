// axe on every element in every state: loading, list, empty, error, article, master–detail.
import { expect, fixture } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import '../helpers/reset.js';
import { json, makeArticles, mockFetch, until, type FetchMock } from '../helpers/mock-fetch.js';
import { failed, loaded, shadow, shadowAll } from '../helpers/elements.js';
import { canEmulateMedia, itWhen } from '../helpers/capabilities.js';

let fetchMock: FetchMock;
const categories = [
  { id: 'news', name: 'News' },
  { id: 'faq', name: 'FAQ' },
];
const rich = {
  id: 'r1',
  title: 'Rich article',
  category: 'news',
  author: 'Li Wei',
  publishedAt: '2026-03-14T09:30:00+08:00',
  image: { src: '/img/a.jpg', alt: 'A plant' },
  video: { src: '/media/v.webm', poster: '/img/p.jpg' },
  attachments: [{ url: '/media/b.pdf', name: 'Brochure', size: 2048, type: 'application/pdf' }],
  body: '<h2>Heading</h2><p>Text <a href="https://example.com">link</a></p><table><thead><tr><th>Year</th><th>Revenue</th></tr></thead><tbody><tr><td>2025</td><td>1</td></tr></tbody></table><ul><li>Item</li></ul><blockquote><p>Quote</p></blockquote><img src="/img/b.jpg" alt="Chart">',
};

describe('accessibility (axe)', () => {
  afterEach(() => fetchMock.restore());

  it('tabs, list and pagination', async () => {
    fetchMock = mockFetch((url) => (url.pathname.includes('categories') ? json(categories) : json({ items: makeArticles(10), total: 200 })));
    const container = await fixture<HTMLDivElement>(`<main>
        <news-tabs src="/a11y" categories-src="/categories"></news-tabs>
        <news-list src="/a11y" page="5"></news-list>
      </main>`);
    const list = container.querySelector('news-list')!;
    const tabs = container.querySelector('news-tabs')!;
    await until(() => shadowAll(list, '.item').length === 10 && shadowAll(tabs, '[role="tab"]').length === 3, 3000, 'the list');
    await expect(container).to.be.accessible();
  });

  it('"load more" paging, after loading more', async () => {
    fetchMock = mockFetch((url) => json({ items: makeArticles(5).map((a) => ({ ...a, id: `${a.id}-${url.searchParams.get('page')}` })), total: 40 }));
    const container = await fixture<HTMLDivElement>(`<main><news-list src="/a11y" page-size="5" paging="load-more" article-href="/n/{id}"></news-list></main>`);
    const list = container.querySelector('news-list')!;
    await until(() => shadowAll(list, '.item').length === 5, 3000, 'the list');
    shadowAll<HTMLButtonElement>(list, '[part="load-more"]')[0].click();
    await until(() => shadowAll(list, '.item').length === 10, 3000, 'more');
    await expect(container).to.be.accessible();
  });

  it('loading states', async () => {
    fetchMock = mockFetch(() => new Promise<Response>(() => {}));
    const container = await fixture<HTMLDivElement>(`<main>
        <news-tabs src="/slow"></news-tabs>
        <news-list src="/slow"></news-list>
        <news-article article-src="/slow-article/{id}" article-id="1"></news-article>
      </main>`);
    await new Promise((r) => setTimeout(r, 20));
    await expect(container).to.be.accessible();
  });

  it('empty and error states', async () => {
    fetchMock = mockFetch((url) => (url.pathname.startsWith('/empty') ? json([]) : new Response('', { status: 500 })));
    const container = await fixture<HTMLDivElement>(`<main>
        <news-list src="/empty"></news-list>
        <news-list src="/broken" retries="0"></news-list>
        <news-article article-src="/broken-article/{id}" article-id="1" retries="0"></news-article>
      </main>`);
    const [empty, broken] = [...container.querySelectorAll('news-list')];
    await until(() => shadow(empty, '[part="empty"]') && shadow(broken, '[role="alert"]'), 3000, 'the states');
    await expect(container).to.be.accessible();
  });

  it('an article with image, video, table and attachments', async () => {
    fetchMock = mockFetch(() => json(rich));
    const container = await fixture<HTMLDivElement>(`<main></main>`);
    const article = document.createElement('news-article');
    article.setAttribute('article-src', '/rich/{id}');
    article.setAttribute('article-id', 'r1');
    const load = loaded(article);
    container.append(article);
    await load;
    await expect(container).to.be.accessible();
  });

  it('dark theme: a page that declares color-scheme: light dark gets readable dark widgets', async () => {
    fetchMock = mockFetch((url) => (url.pathname.includes('categories') ? json(categories) : json({ items: makeArticles(10), total: 40 })));
    const container = await fixture<HTMLDivElement>(`<main style="color-scheme: dark; background: #121212; color: #e3e3e3">
        <news-tabs src="/dark" categories-src="/categories-dark"></news-tabs>
        <news-list src="/dark"></news-list>
      </main>`);
    const list = container.querySelector('news-list')!;
    await until(() => shadowAll(list, '.item').length === 10, 3000, 'the list');
    expect(getComputedStyle(shadow(list, '.title')!).color).to.equal('rgb(227, 227, 227)');
    await expect(container).to.be.accessible();
  });

  itWhen(canEmulateMedia, 'no media emulation in this driver')('a page without color-scheme keeps the light theme even when the system is dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      fetchMock = mockFetch(() => json({ items: makeArticles(2) }));
      const list = await fixture<HTMLElement>(`<news-list src="/light"></news-list>`);
      await until(() => shadowAll(list, '.item').length === 2, 3000, 'the list');
      // The page's own (light) text colour, and the light accent on the current page.
      expect(getComputedStyle(shadow(list, '.title')!).color).to.equal('rgb(0, 0, 0)');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('right-to-left, in Arabic', async () => {
    fetchMock = mockFetch((url) => (url.pathname.includes('categories') ? json(categories) : json({ items: makeArticles(10), total: 40 })));
    const container = await fixture<HTMLDivElement>(`<main lang="ar" dir="rtl">
        <news-tabs src="/rtl" categories-src="/categories-rtl"></news-tabs>
        <news-list src="/rtl"></news-list>
      </main>`);
    await until(() => shadowAll(container.querySelector('news-list')!, '.item').length === 10, 3000, 'the list');
    await expect(container).to.be.accessible();
  });

  it('master–detail with the article open', async () => {
    fetchMock = mockFetch(() => json([rich, ...makeArticles(3)]));
    const container = await fixture<HTMLDivElement>(`<main>
        <news-list src="/md.json"></news-list>
        <news-article src="/md.json"></news-article>
      </main>`);
    const list = container.querySelector('news-list')!;
    const article = container.querySelector('news-article')!;
    await until(() => shadowAll(list, '.item').length === 4, 3000, 'the list');
    const load = loaded(article);
    shadowAll<HTMLAnchorElement>(list, '.title a')[1].click();
    await load;
    await expect(container).to.be.accessible();
  });

  it('reflows at 320 CSS px: nothing wider than the column', async () => {
    fetchMock = mockFetch((url) =>
      url.pathname.includes('categories')
        ? json([...categories, { id: 'corporate-brochure', name: 'Corporate Brochure' }])
        : url.pathname.includes('article')
          ? json(rich)
          : json({ items: [rich, ...makeArticles(9)], total: 400 }),
    );
    const container = await fixture<HTMLDivElement>(`<div style="width: 320px; display: grid">
        <news-tabs src="/narrow" categories-src="/categories-narrow"></news-tabs>
        <news-list src="/narrow" page="7"></news-list>
        <news-article article-src="/narrow-article/{id}" article-id="r1"></news-article>
      </div>`);
    const list = container.querySelector('news-list')!;
    const article = container.querySelector('news-article')!;
    await until(() => shadowAll(list, '.item').length === 10 && shadow(article, '[part="title"]'), 3000, 'list and article');
    for (const element of container.children) {
      expect(element.getBoundingClientRect().width, element.localName).to.equal(320);
      expect(element.shadowRoot!.firstElementChild!.scrollWidth, element.localName).to.be.at.most(320);
    }
  });

  itWhen(canEmulateMedia, 'no media emulation in this driver')('respects prefers-reduced-motion: skeletons do not pulse', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      fetchMock = mockFetch(() => new Promise<Response>(() => {}));
      const list = await fixture<HTMLElement>(`<news-list src="/motion"></news-list>`);
      await until(() => shadow(list, '.skeleton .item-placeholder'), 1000, 'skeleton');
      const row = shadow(list, '.skeleton .item-placeholder')!;
      for (const part of ['::before', '::after']) expect(getComputedStyle(row, part).animationName, part).to.equal('none');
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(getComputedStyle(row, '::before').animationName).to.equal('pulse');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('tells assistive technology which list the tabs control', async () => {
    fetchMock = mockFetch((url) => (url.pathname.includes('categories') ? json(categories) : json({ items: makeArticles(2) })));
    const container = await fixture<HTMLDivElement>(`<div>
        <news-tabs src="/controls" categories-src="/categories-controls"></news-tabs>
        <news-list src="/controls"></news-list>
      </div>`);
    const tabs = container.querySelector('news-tabs')!;
    await until(() => shadowAll(tabs, '[role="tab"]').length === 3, 2000, 'tabs');
    const tab = shadow(tabs, '[role="tab"]') as HTMLElement & { ariaControlsElements?: Element[] };
    if (!('ariaControlsElements' in tab)) return;
    expect(tab.ariaControlsElements).to.deep.equal([container.querySelector('news-list')]);
  });

  it('keeps focus on the page after a retry: the list that replaces the button takes it', async () => {
    let healthy = false;
    fetchMock = mockFetch(() => (healthy ? json({ items: makeArticles(2) }) : new Response('', { status: 503 })));
    const list = document.createElement('news-list');
    list.src = '/focus';
    list.retries = 0;
    const error = failed(list);
    document.body.append(list);
    try {
      await error;
      await list.updateComplete;
      const retry = shadow<HTMLButtonElement>(list, '[part="retry"]')!;
      retry.focus();
      healthy = true;
      const load = loaded(list);
      await sendKeys({ press: 'Enter' });
      await load;
      expect(document.activeElement).to.equal(list);
      expect(list.shadowRoot!.activeElement).to.equal(shadow(list, '.content'));
    } finally {
      list.remove();
    }
  });

  it('pagination by keyboard: Tab skips the disabled Previous, Enter changes page', async () => {
    fetchMock = mockFetch((url) =>
      json({ items: makeArticles(10).map((a) => ({ ...a, url: `https://example.com/${a.id}` })), total: 30, page: Number(url.searchParams.get('page')) }),
    );
    const list = await fixture<HTMLElement>(`<news-list src="/kbd"></news-list>`);
    await until(() => shadowAll(list, '.item').length === 10, 2000, 'list');
    shadowAll<HTMLAnchorElement>(list, '.title a').at(-1)!.focus();
    await sendKeys({ press: 'Tab' });
    expect(list.shadowRoot!.activeElement!.getAttribute('aria-label')).to.equal('Page 1');
    await sendKeys({ press: 'Tab' });
    const load = loaded(list);
    await sendKeys({ press: 'Enter' });
    await load;
    expect(list.shadowRoot!.activeElement).to.equal(shadow(list, '.content'));
    expect(shadow(list, '[aria-current="page"]')!.getAttribute('aria-label')).to.equal('Page 2');
  });
});
