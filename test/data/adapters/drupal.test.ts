import { expect } from '@open-wc/testing';
import { NewsClient } from '../../../src/data/client.js';
import { json, mockFetch, type FetchMock, rejection } from '../../helpers/mock-fetch.js';

const load = async (file: string) => (await fetch(new URL(`../../fixtures/cms/${file}`, import.meta.url))).json();
const answer = await load('drupal-jsonapi.json');
const strapi = await load('strapi-v5.json');
const src = 'https://example.com/jsonapi/node/article';
const TERM = '8c1f2b1e-7b0e-4f8a-9a0e-2a4b6d2f9c01';
let fetchMock: FetchMock | undefined;


describe('drupal adapter', () => {
  afterEach(() => fetchMock?.restore());

  it('asks for one page by offset, with includes, newest first, filtered by term', async () => {
    fetchMock = mockFetch(() => json(answer));
    await new NewsClient().list({ src }, 'drupal', { category: TERM, page: 3, pageSize: 2 });
    const url = new URL(fetchMock.requests[0].url);
    expect(url.searchParams.get('include')).to.equal('uid,field_tags,field_image');
    expect(url.searchParams.get('sort')).to.equal('-created');
    expect(url.searchParams.get('page[offset]')).to.equal('4');
    expect(url.searchParams.get('page[limit]')).to.equal('2');
    expect(url.searchParams.get('filter[field_tags.id]')).to.equal(TERM);
  });

  it('keeps the site’s own include list, and filters on the category field it names', async () => {
    fetchMock = mockFetch(() => json(answer));
    await new NewsClient().list({ src: `${src}?include=uid,field_category` }, 'drupal', { category: 'c1', page: 1, pageSize: 2 });
    const url = new URL(fetchMock.requests[0].url);
    expect(url.searchParams.get('include')).to.equal('uid,field_category');
    expect(url.searchParams.get('filter[field_category.id]')).to.equal('c1');
  });

  it('maps resources with their included author and term, body.processed, path alias, links.next', async () => {
    fetchMock = mockFetch(() => json(answer));
    const page = await new NewsClient().list({ src }, 'drupal', { category: null, page: 1, pageSize: 2 });
    expect(page).to.include({ total: undefined, hasNext: true });
    const [first, second] = page.items;
    expect(first).to.include({
      id: '3c38f39b-6601-41bd-a205-5e30c42c36fb',
      title: 'Q2 Product Roadmap Update',
      author: 'Jane Doe',
      source: 'Corporate Communications',
      summary: 'Our product management team has published the Q2 roadmap.',
      publishedAt: '2024-05-20T01:30:00+00:00',
      updatedAt: '2024-05-21T02:02:11+00:00',
      url: 'https://example.com/news/q2-product-roadmap-update',
    });
    expect(first.body).to.equal('<p>Our product management team has published the Q2 roadmap.</p>\n<h2>Highlights</h2>');
    expect(first.category).to.deep.equal({ id: TERM, name: 'Product Management' });
    // An empty summary: the start of the body stands in.
    expect(second.summary).to.equal('We are proud to announce…');
  });

  it('uses meta.count as the total when the site sends it, and resolves field_image files', async () => {
    const withImage = structuredClone(answer);
    withImage.meta = { count: 9 };
    delete withImage.links.next;
    withImage.data[0].relationships.field_image = { data: { type: 'file--file', id: 'f1', meta: { alt: 'Roadmap slide', width: 1200, height: 675 } } };
    withImage.included.push({ type: 'file--file', id: 'f1', attributes: { uri: { value: 'public://roadmap.jpg', url: '/sites/default/files/roadmap.jpg' } } });
    fetchMock = mockFetch(() => json(withImage));
    const page = await new NewsClient().list({ src }, 'drupal', { category: null, page: 1, pageSize: 2 });
    expect(page).to.include({ total: 9, hasNext: false });
    expect(page.items[0].image).to.deep.equal({ src: 'https://example.com/sites/default/files/roadmap.jpg', alt: 'Roadmap slide', width: 1200, height: 675 });
  });

  it('renders what is there when relations are missing from included, or null', async () => {
    fetchMock = mockFetch(() =>
      json({ data: [{ type: 'node--article', id: 'n1', attributes: { title: 'Bare', body: null, created: null, extra: [1] }, relationships: { uid: { data: null }, field_tags: { data: [{ type: 'taxonomy_term--tags', id: 't9' }] } } }] }),
    );
    const [item] = (await new NewsClient().list({ src }, 'drupal', { category: null, page: 1, pageSize: 2 })).items;
    expect(item).to.deep.equal({ id: 'n1', title: 'Bare', category: { id: 't9', name: 't9' } });
  });

  it('loads taxonomy terms as categories', async () => {
    fetchMock = mockFetch(() => json({ data: [{ type: 'taxonomy_term--tags', id: TERM, attributes: { name: 'Product Management' } }] }));
    expect(await new NewsClient().categories({ src }, 'drupal', 10)).to.deep.equal([{ id: TERM, name: 'Product Management' }]);
    expect(new URL(fetchMock.requests[0].url).pathname).to.equal('/jsonapi/taxonomy_term/tags');
  });

  it('fetches one article by uuid', async () => {
    fetchMock = mockFetch(() => json({ data: answer.data[1], included: answer.included }));
    const article = await new NewsClient().article({ src }, 'drupal', '7f1d2a90-51c4-4c1e-8a43-0e6d4a2b9e55');
    expect(new URL(fetchMock.requests[0].url).pathname).to.equal('/jsonapi/node/article/7f1d2a90-51c4-4c1e-8a43-0e6d4a2b9e55');
    expect(article).to.include({ title: 'Company Wins Industry Award', author: 'Jane Doe' });
  });

  it('names the field for another system’s JSON, a resource without attributes, and JSON:API errors', async () => {
    fetchMock = mockFetch((url) => {
      const offset = url.searchParams.get('page[offset]');
      if (offset === '0') return json(strapi);
      if (offset === '2') return json({ data: [{ type: 'node--article', id: 'x' }] });
      return json({ errors: [{ status: '400', title: 'Bad Request', detail: 'Invalid include' }] });
    });
    const client = new NewsClient();
    // Strapi 5 JSON: its entries have no JSON:API attributes.
    // None of its records can be read: the answer fails, naming the first and why.
    const none = await rejection(client.list({ src }, 'drupal', { category: null, page: 1, pageSize: 2 }));
    expect(none).to.include({ kind: 'shape', field: '[0]' });
    expect(none.message).to.contain('attributes');
    fetchMock.restore();
    fetchMock = mockFetch(() => json({ posts: [] }));
    expect((await rejection(new NewsClient().list({ src }, 'drupal', { category: null, page: 1, pageSize: 2 }))).field).to.equal('data');
    fetchMock.restore();
    fetchMock = mockFetch((url) => {
      const offset = url.searchParams.get('page[offset]');
      if (offset === '2') return json({ data: [{ type: 'node--article', id: 'x' }] });
      return json({ errors: [{ status: '400', title: 'Bad Request', detail: 'Invalid include' }] });
    });
    expect((await rejection(client.list({ src }, 'drupal', { category: null, page: 2, pageSize: 2 }))).message).to.contain('"attributes" should be an object');
    const error = await rejection(client.list({ src }, 'drupal', { category: null, page: 3, pageSize: 2 }));
    expect(error.kind).to.equal('shape');
    expect(error.message).to.contain('JSON:API errors');
  });

  it('an empty collection is an empty page', async () => {
    fetchMock = mockFetch(() => json({ data: [], links: { self: { href: src } } }));
    expect(await new NewsClient().list({ src }, 'drupal', { category: null, page: 1, pageSize: 2 })).to.deep.include({ items: [], hasNext: false });
  });

  it('replaces the paging of src and asks for at most 50 a page (Drupal’s maximum)', async () => {
    fetchMock = mockFetch(() => json({ data: [], meta: { count: null } }));
    const page = await new NewsClient().list({ src: `${src}?page[offset]=10&page[limit]=3` }, 'drupal', { category: null, page: 2, pageSize: 60 });
    const url = new URL(fetchMock.requests[0].url);
    expect(url.searchParams.getAll('page[limit]')).to.deep.equal(['50']);
    expect(url.searchParams.getAll('page[offset]')).to.deep.equal(['50']);
    expect(page.pageSize).to.equal(50);
    // meta.count null is no total, not zero.
    expect(page.total).to.be.undefined;
  });

  it('finds the vocabulary of another category field, and follows links.next on the same origin only', async () => {
    fetchMock = mockFetch((url) => {
      if (url.pathname === '/jsonapi/node/article') return json({ data: [], included: [{ type: 'taxonomy_term--topics', id: 't1', attributes: { name: 'Topic 1' } }] });
      if (url.searchParams.get('page') === '2')
        return json({ data: [{ type: 'taxonomy_term--topics', id: 't2', attributes: { name: 'Topic 2' } }], links: { next: { href: 'https://evil.test/jsonapi/taxonomy_term/topics?page=3' } } });
      return json({ data: [{ type: 'taxonomy_term--topics', id: 't1', attributes: { name: 'Topic 1' } }], links: { next: { href: 'https://example.com/jsonapi/taxonomy_term/topics?page=2' } } });
    });
    const categories = await new NewsClient().categories({ src: `${src}?include=uid,field_category` }, 'drupal', 10);
    expect(categories.map((c) => c.id)).to.deep.equal(['t1', 't2']);
    const urls = fetchMock.requests.map((r) => new URL(r.url));
    expect(urls[0].searchParams.get('include')).to.equal('field_category');
    expect(urls[1].pathname).to.equal('/jsonapi/taxonomy_term/topics');
    expect(urls.some((u) => u.hostname === 'evil.test')).to.be.false;
  });
});
