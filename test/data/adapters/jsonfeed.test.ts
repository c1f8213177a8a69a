import { expect } from '@open-wc/testing';
import { NewsClient } from '../../../src/data/client.js';
import { json, mockFetch, type FetchMock, rejection } from '../../helpers/mock-fetch.js';

const feed = await (await fetch(new URL('../../fixtures/cms/jsonfeed.json', import.meta.url))).json();
const src = 'https://example.com/news/feed.json';
let fetchMock: FetchMock | undefined;


const secondPage = { version: 'https://jsonfeed.org/version/1.1', title: 'p2', items: [{ id: '3', title: 'Third', content_text: 'Line one.\n\nLine <two>.', tags: ['News'] }] };

describe('jsonfeed adapter', () => {
  afterEach(() => fetchMock?.restore());

  it('maps items: html or text content, authors, tags as categories, dates', async () => {
    fetchMock = mockFetch((url) => json(url.search === '?page=2' ? secondPage : feed));
    const page = await new NewsClient().list({ src }, 'jsonfeed', { category: null, page: 1, pageSize: 10 });
    const [first, second] = page.items;
    expect(first).to.include({ title: 'Q2 Product Roadmap Update', author: 'Jane Doe', publishedAt: '2024-05-20T09:30:00+08:00', category: 'Product Management' });
    expect(first.image).to.deep.equal({ src: 'https://example.com/wp-content/uploads/2024/05/roadmap-cover.jpg' });
    expect(second.body).to.equal('<p>We are proud to announce…</p>');
    expect(page.total).to.equal(undefined);
    expect(page.hasNext).to.be.true;
  });

  it('follows next_url for the next page (previous/next, no totals), escaping text content', async () => {
    fetchMock = mockFetch((url) => json(url.search === '?page=2' ? secondPage : feed));
    const client = new NewsClient();
    const page = await client.list({ src }, 'jsonfeed', { category: null, page: 2, pageSize: 10 });
    expect(page.items.map((a) => a.title)).to.deep.equal(['Third']);
    expect(page.items[0].body).to.equal('<p>Line one.</p><p>Line &#60;two&#62;.</p>');
    expect(page.hasNext).to.be.false;
    expect(fetchMock.requests.map((r) => r.url)).to.deep.equal([src, `${src}?page=2`]);
  });

  it('filters by tag in the browser, and offers the tags as categories', async () => {
    fetchMock = mockFetch(() => json({ ...feed, next_url: undefined }));
    const client = new NewsClient();
    const news = await client.list({ src }, 'jsonfeed', { category: 'News', page: 1, pageSize: 10 });
    expect(news.items.map((a) => a.id)).to.deep.equal(['2']);
    expect(news.total).to.equal(1);
    expect((await client.categories({ src }, 'jsonfeed', 10)).map((c) => c.id)).to.deep.equal(['Product Management', 'roadmap', 'News']);
  });

  it('refuses a next_url on another origin', async () => {
    fetchMock = mockFetch(() => json({ ...feed, next_url: 'https://evil.example/feed.json' }));
    const error = await rejection(new NewsClient().list({ src }, 'jsonfeed', { category: null, page: 1, pageSize: 10 }));
    expect(error.kind).to.equal('shape');
    expect(error.field).to.equal('next_url');
  });

  it('uses the summary when an item has no title, and ignores unknown extensions', async () => {
    fetchMock = mockFetch(() => json({ items: [{ id: 9, summary: 'Only a summary', _ext: { x: 1 } }] }));
    const [item] = (await new NewsClient().list({ src }, 'jsonfeed', { category: null, page: 1, pageSize: 10 })).items;
    expect(item).to.include({ id: '9', title: 'Only a summary' });
  });

  it('names the field of another system’s JSON, and of a broken item', async () => {
    fetchMock = mockFetch((url) => json(url.pathname.endsWith('wp.json') ? [{ id: 1 }] : { items: [{ id: 1, title: { rendered: 'x' } }] }));
    const client = new NewsClient();
    expect((await rejection(client.list({ src: 'https://example.com/wp.json' }, 'jsonfeed', { category: null, page: 1, pageSize: 10 }))).field).to.equal('feed');
    expect((await rejection(client.list({ src }, 'jsonfeed', { category: null, page: 1, pageSize: 10 }))).field).to.equal('[0]');
  });
});
