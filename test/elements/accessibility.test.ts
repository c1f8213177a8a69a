// axe on every element in every state: loading, list, empty, error, article, master–detail.
import { expect, fixture } from '@open-wc/testing';
import '../../src/define.js';
import { json, makeArticles, mockFetch, until, type FetchMock } from '../helpers/mock-fetch.js';
import { loaded, shadow, shadowAll } from '../helpers/elements.js';

let fetchMock: FetchMock;
let counter = 0;
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
    counter += 1;
    const container = await fixture<HTMLDivElement>(`<main>
        <news-tabs src="/a11y-${counter}" categories-src="/categories-${counter}"></news-tabs>
        <news-list src="/a11y-${counter}" page="5"></news-list>
      </main>`);
    const list = container.querySelector('news-list')!;
    const tabs = container.querySelector('news-tabs')!;
    await until(() => shadowAll(list, '.item').length === 10 && shadowAll(tabs, '[role="tab"]').length === 3, 3000, 'the list');
    await expect(container).to.be.accessible();
  });

  it('loading states', async () => {
    fetchMock = mockFetch(() => new Promise<Response>(() => {}));
    counter += 1;
    const container = await fixture<HTMLDivElement>(`<main>
        <news-tabs src="/slow-${counter}"></news-tabs>
        <news-list src="/slow-${counter}"></news-list>
        <news-article article-src="/slow-article/{id}" article-id="1"></news-article>
      </main>`);
    await new Promise((r) => setTimeout(r, 20));
    await expect(container).to.be.accessible();
  });

  it('empty and error states', async () => {
    fetchMock = mockFetch((url) => (url.pathname.startsWith('/empty') ? json([]) : new Response('', { status: 500 })));
    counter += 1;
    const container = await fixture<HTMLDivElement>(`<main>
        <news-list src="/empty-${counter}"></news-list>
        <news-list src="/broken-${counter}"></news-list>
        <news-article article-src="/broken-article/{id}" article-id="1"></news-article>
      </main>`);
    const [empty, broken] = [...container.querySelectorAll('news-list')];
    await until(() => shadow(empty, '[part="empty"]') && shadow(broken, '[role="alert"]'), 3000, 'the states');
    await expect(container).to.be.accessible();
  });

  it('an article with image, video, table and attachments', async () => {
    fetchMock = mockFetch(() => json(rich));
    counter += 1;
    const container = await fixture<HTMLDivElement>(`<main></main>`);
    const article = document.createElement('news-article');
    article.setAttribute('article-src', `/rich-${counter}/{id}`);
    article.setAttribute('article-id', 'r1');
    const load = loaded(article);
    container.append(article);
    await load;
    await expect(container).to.be.accessible();
  });
});
