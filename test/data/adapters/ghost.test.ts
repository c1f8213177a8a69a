import { expect } from '@open-wc/testing';
import { ghostRoute } from '../../../src/data/adapters/ghost.js';
import { NewsClient } from '../../../src/data/client.js';
import { json, mockFetch, type FetchMock, rejection } from '../../helpers/mock-fetch.js';

const answer = await (await fetch(new URL('../../fixtures/cms/ghost.json', import.meta.url))).json();
const wordpress = await (await fetch(new URL('../../fixtures/cms/wordpress.json', import.meta.url))).json();
const src = 'https://demo.ghost.io/ghost/api/content/?key=22444f78447824223cefc48062';
let fetchMock: FetchMock | undefined;


describe('ghost adapter', () => {
  afterEach(() => fetchMock?.restore());

  it('builds routes under the API root, keeping the key', () => {
    expect(ghostRoute(src, 'posts/', { limit: 2, page: 1 })).to.equal('https://demo.ghost.io/ghost/api/content/posts/?key=22444f78447824223cefc48062&limit=2&page=1');
    expect(ghostRoute('https://x.test/ghost/api/content?key=K', 'tags/')).to.equal('https://x.test/ghost/api/content/tags/?key=K');
    expect(ghostRoute('/ghost/api/content/?key=K', 'posts/')).to.equal('/ghost/api/content/posts/?key=K');
  });

  it('maps posts with tags and authors, and meta.pagination', async () => {
    fetchMock = mockFetch(() => json(answer));
    const page = await new NewsClient().list({ src }, 'ghost', { category: 'product-management', page: 1, pageSize: 2 });
    const url = new URL(fetchMock.requests[0].url);
    expect(url.searchParams.get('key')).to.equal('22444f78447824223cefc48062');
    expect(url.searchParams.get('filter')).to.equal('tag:product-management');
    expect(url.searchParams.get('include')).to.equal('tags,authors');
    expect(page.total).to.equal(7);
    expect(page.hasNext).to.be.true;
    const [first] = page.items;
    expect(first).to.include({ title: 'Q2 Product Roadmap Update', author: 'Jane Doe', publishedAt: '2024-05-20T01:30:00.000+00:00', summary: 'Our product management team has published the Q2 roadmap.' });
    expect(first.category).to.deep.equal({ id: 'product-management', name: 'Product Management' });
    expect(first.body).to.contain('<h2 id="highlights">');
  });

  it('loads tags as categories, with their post counts', async () => {
    fetchMock = mockFetch(() => json({ tags: [{ slug: 'news', name: 'News', count: { posts: 4 } }, { slug: 'faq', name: 'FAQ' }] }));
    const categories = await new NewsClient().categories({ src }, 'ghost', 10);
    expect(categories).to.deep.equal([{ id: 'news', name: 'News', count: 4 }, { id: 'faq', name: 'FAQ' }]);
    expect(new URL(fetchMock.requests[0].url).pathname).to.equal('/ghost/api/content/tags/');
  });

  it('renders what is there with no tags, no authors, null fields and extras', async () => {
    fetchMock = mockFetch(() => json({ posts: [{ id: 'a', title: 'Bare', html: null, feature_image: null, custom_excerpt: null, excerpt: 'Ex', tags: [], authors: [], extra: 1 }], meta: {} }));
    const [item] = (await new NewsClient().list({ src }, 'ghost', { category: null, page: 1, pageSize: 2 })).items;
    expect(item).to.deep.equal({ id: 'a', title: 'Bare', summary: 'Ex' });
  });

  it('names the field for another system’s JSON and for a post without a title', async () => {
    fetchMock = mockFetch((url) => json(url.searchParams.get('page') === '1' ? wordpress : { posts: [{ id: 'x', title: null }] }));
    const client = new NewsClient();
    expect((await rejection(client.list({ src }, 'ghost', { category: null, page: 1, pageSize: 2 }))).field).to.equal('posts');
    expect((await rejection(client.list({ src }, 'ghost', { category: null, page: 2, pageSize: 2 }))).field).to.equal('[0]');
  });

  it('an empty list is an empty page', async () => {
    fetchMock = mockFetch(() => json({ posts: [], meta: { pagination: { page: 1, limit: 2, pages: 1, total: 0, next: null, prev: null } } }));
    const page = await new NewsClient().list({ src }, 'ghost', { category: null, page: 1, pageSize: 2 });
    expect(page).to.deep.include({ items: [], total: 0, hasNext: false });
  });
});
