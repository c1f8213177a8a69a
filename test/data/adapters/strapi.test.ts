import { expect } from '@open-wc/testing';
import { blocksToHtml } from '../../../src/data/adapters/strapi-blocks.js';
import { flattenStrapi } from '../../../src/data/adapters/strapi.js';
import { NewsClient } from '../../../src/data/client.js';
import { json, mockFetch, type FetchMock, rejection } from '../../helpers/mock-fetch.js';

const load = async (file: string) => (await fetch(new URL(`../../fixtures/cms/${file}`, import.meta.url))).json();
const v4 = await load('strapi-v4.json');
const v5 = await load('strapi-v5.json');
const ghost = await load('ghost.json');
const src = 'https://cms.example.com/api/articles';
let fetchMock: FetchMock | undefined;


const firstPage = (client = new NewsClient(), category: string | null = null) => client.list({ src }, 'strapi', { category, page: 1, pageSize: 2 });

describe('strapi adapter', () => {
  afterEach(() => fetchMock?.restore());

  it('asks for populated entries, newest first, one page, filtered by category slug', async () => {
    fetchMock = mockFetch(() => json(v5));
    await new NewsClient().list({ src: `${src}?locale=en&populate[0]=cover` }, 'strapi', { category: 'product-management', page: 3, pageSize: 2 });
    const url = new URL(fetchMock.requests[0].url);
    expect(url.pathname).to.equal('/api/articles');
    expect(url.searchParams.get('locale')).to.equal('en');
    expect(url.searchParams.get('populate[0]')).to.equal('cover');
    // The page set populate its own way: ours is not added beside it.
    expect(url.searchParams.has('populate')).to.be.false;
    expect(url.searchParams.get('sort')).to.equal('publishedAt:desc');
    expect(url.searchParams.get('pagination[page]')).to.equal('3');
    expect(url.searchParams.get('pagination[pageSize]')).to.equal('2');
    expect(url.searchParams.get('filters[category][slug][$eq]')).to.equal('product-management');
  });

  it('maps v5 (flat) entries: documentId, relations, media on the Strapi origin, Blocks body', async () => {
    fetchMock = mockFetch(() => json(v5));
    const page = await firstPage();
    expect(page).to.include({ total: 7, hasNext: true });
    const [first, second] = page.items;
    expect(first).to.include({ id: 'hgv1vny5cebq2l3czil1rpb3', title: 'Q2 Product Roadmap Update', author: 'Jane Doe', source: 'Corporate Communications', publishedAt: '2024-05-21T02:02:11.495Z' });
    expect(first.category).to.deep.equal({ id: 'product-management', name: 'Product Management' });
    expect(first.image).to.deep.equal({ src: 'https://cms.example.com/uploads/roadmap_cover_3f2a.jpg', alt: 'Roadmap slide', width: 1200, height: 675 });
    expect(first.body).to.equal('<p>Our product management team has published the <strong>Q2 roadmap</strong>.</p><h2>Highlights</h2><ul><li>New dashboard</li><li>Faster exports</li></ul>');
    expect(second.author).to.be.undefined;
    expect(second.image).to.be.undefined;
  });

  it('maps v4 (data[].attributes) entries the same way, with a Markdown body rendered when the article is shown', async () => {
    fetchMock = mockFetch(() => json(v4));
    const client = new NewsClient();
    const [first, second] = (await firstPage(client)).items;
    expect(first).to.include({ id: '12', title: 'Q2 Product Roadmap Update', author: 'Jane Doe', summary: 'Our product management team has published the Q2 roadmap.' });
    expect(first.category).to.deep.equal({ id: 'product-management', name: 'Product Management' });
    expect(first.image?.src).to.equal('https://cms.example.com/uploads/roadmap_cover_3f2a.jpg');
    // The list leaves Markdown unrendered (no Markdown library for a list)…
    expect(first).not.to.have.property('body');
    // …the article renders it, with no new request.
    const article = await client.article({ src }, 'strapi', '12');
    expect(fetchMock.requests).to.have.length(1);
    expect(article.body).to.contain('<strong>Q2 roadmap</strong>').and.contain('<h2>Highlights</h2>').and.contain('<li>New dashboard</li>');
    expect(second.id).to.equal('9');
    expect(second).not.to.have.property('author');
  });

  it('loads categories from the sibling route (v4 and v5)', async () => {
    fetchMock = mockFetch(() =>
      json({ data: [{ id: 3, attributes: { name: 'Product Management', slug: 'product-management' } }, { id: 4, documentId: 'x', name: 'News', slug: 'news' }], meta: {} }),
    );
    const categories = await new NewsClient().categories({ src }, 'strapi', 10);
    expect(categories).to.deep.equal([
      { id: 'product-management', name: 'Product Management' },
      { id: 'news', name: 'News' },
    ]);
    expect(new URL(fetchMock.requests[0].url).pathname).to.equal('/api/categories');
  });

  it('fetches one entry by id when it was not in a list', async () => {
    fetchMock = mockFetch(() => json({ data: v5.data[0], meta: {} }));
    const article = await new NewsClient().article({ src: `${src}?locale=en&pagination[page]=1` }, 'strapi', 'hgv1vny5cebq2l3czil1rpb3');
    const url = new URL(fetchMock.requests[0].url);
    expect(url.pathname).to.equal('/api/articles/hgv1vny5cebq2l3czil1rpb3');
    expect(url.searchParams.get('locale')).to.equal('en');
    expect(url.searchParams.has('pagination[page]')).to.be.false;
    expect(article.title).to.equal('Q2 Product Roadmap Update');
  });

  it('renders what is there: null relations, missing fields, numbers for strings, extra fields', async () => {
    fetchMock = mockFetch(() =>
      json({ data: [{ id: 1, title: 2024, description: null, content: null, category: null, author: { data: null }, cover: { data: null }, extra: { a: 1 } }, { id: 2, attributes: { title: 'v4 bare' } }], meta: {} }),
    );
    const page = await firstPage();
    expect(page.items).to.deep.equal([{ id: '1', title: '2024' }, { id: '2', title: 'v4 bare' }]);
    expect(page.total).to.be.undefined;
  });

  it('names the field for another system’s JSON, an entry without a title and a body of the wrong type', async () => {
    fetchMock = mockFetch((url) => {
      const page = url.searchParams.get('pagination[page]');
      if (page === '1') return json(ghost);
      if (page === '2') return json({ data: [{ id: 1, title: '' }] });
      return json({ data: [{ id: 1, title: 'T', content: { type: 'doc' } }] });
    });
    const client = new NewsClient();
    expect((await rejection(client.list({ src }, 'strapi', { category: null, page: 1, pageSize: 2 }))).field).to.equal('data');
    expect((await rejection(client.list({ src }, 'strapi', { category: null, page: 2, pageSize: 2 }))).field).to.equal('[0]');
    // A body of the wrong type is dropped, not the entry.
    const [entry] = (await client.list({ src }, 'strapi', { category: null, page: 3, pageSize: 2 })).items;
    expect(entry).to.deep.equal({ id: '1', title: 'T' });
  });

  it('an empty collection is an empty page', async () => {
    fetchMock = mockFetch(() => json({ data: [], meta: { pagination: { page: 1, pageSize: 2, pageCount: 0, total: 0 } } }));
    expect(await firstPage()).to.deep.include({ items: [], total: 0, hasNext: false });
  });

  it('flattens v4 relations and leaves v5 as it is', () => {
    expect(flattenStrapi({ id: 1, attributes: { a: 1, rel: { data: { id: 2, attributes: { b: 2 } } }, many: { data: [{ id: 3, attributes: { c: 3 } }] } } })).to.deep.equal({
      id: 1,
      a: 1,
      rel: { id: 2, b: 2 },
      many: [{ id: 3, c: 3 }],
    });
    expect(flattenStrapi(v5.data[0])).to.equal(v5.data[0]);
  });

  it('turns every Blocks type into HTML, escaping text and attributes', () => {
    const html = blocksToHtml(
      [
        { type: 'heading', level: 3, children: [{ type: 'text', text: 'A <b> & c' }] },
        { type: 'paragraph', children: [{ type: 'text', text: 'x', bold: true, italic: true }, { type: 'link', url: '/a?b="c"', children: [{ type: 'text', text: 'link' }] }, { type: 'text', text: 'code', code: true }] },
        { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'one', underline: true, strikethrough: true }] }] },
        { type: 'quote', children: [{ type: 'text', text: 'q' }] },
        { type: 'code', children: [{ type: 'text', text: 'if (a < b) {}' }] },
        { type: 'image', image: { url: '/uploads/x.png', alternativeText: 'X "quoted"', width: 10, height: 5 } },
        { type: 'future-block', children: [{ type: 'text', text: 'kept' }] },
        'junk',
        null,
      ],
      (url) => `https://cms.test${url}`,
    );
    expect(html).to.equal(
      '<h3>A &lt;b&gt; &amp; c</h3>' +
        '<p><em><strong>x</strong></em><a href="https://cms.test/a?b=&quot;c&quot;">link</a><code>code</code></p>' +
        '<ol><li><s><u>one</u></s></li></ol>' +
        '<blockquote>q</blockquote>' +
        '<pre><code>if (a &lt; b) {}</code></pre>' +
        '<p><img src="https://cms.test/uploads/x.png" alt="X &quot;quoted&quot;" width="10" height="5"></p>' +
        'kept',
    );
  });

  it('keeps the page’s sort, replaces its paging, and asks for at most Strapi’s maximum page size', async () => {
    fetchMock = mockFetch(() => json(v5));
    const page = await new NewsClient().list({ src: `${src}?sort[0]=title:asc&pagination[limit]=5&pagination[start]=0` }, 'strapi', { category: null, page: 2, pageSize: 150 });
    const url = new URL(fetchMock.requests[0].url);
    expect(url.searchParams.get('sort[0]')).to.equal('title:asc');
    expect(url.searchParams.has('sort')).to.be.false;
    expect(url.searchParams.has('pagination[limit]')).to.be.false;
    expect(url.searchParams.has('pagination[start]')).to.be.false;
    expect(url.searchParams.get('pagination[pageSize]')).to.equal('100');
    expect(page.pageSize).to.equal(100);
  });

  it('asks for the categories in the locale of src', async () => {
    fetchMock = mockFetch(() => json({ data: [], meta: {} }));
    await new NewsClient().categories({ src: `${src}?locale=zh-Hans` }, 'strapi', 10);
    const url = new URL(fetchMock.requests[0].url);
    expect(url.pathname).to.equal('/api/categories');
    expect(url.searchParams.get('locale')).to.equal('zh-Hans');
    expect(url.searchParams.has('sort')).to.be.false;
  });

  it('resolves root-relative images and links of Markdown bodies on the Strapi server', async () => {
    fetchMock = mockFetch(() => json({ data: { id: 1, attributes: { title: 'T', content: '![Plan](/uploads/plan.png)\n\n[More](/api/x) and [out](https://other.test/y)' } }, meta: {} }));
    const article = await new NewsClient().article({ src }, 'strapi', '1');
    expect(article.body).to.contain('src="https://cms.example.com/uploads/plan.png"').and.contain('href="https://cms.example.com/api/x"').and.contain('href="https://other.test/y"');
  });

  it('treats a "__proto__" field as a field, not as the prototype', async () => {
    fetchMock = mockFetch(() => new Response('{"data":[{"id":1,"attributes":{"title":"T","__proto__":{"title":"polluted","isAdmin":true}}}],"meta":{}}', { headers: { 'content-type': 'application/json' } }));
    const [article] = (await firstPage()).items;
    expect(article.title).to.equal('T');
    const flat = flattenStrapi(JSON.parse('{"id":1,"attributes":{"__proto__":{"x":1}}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(flat)).to.equal(Object.prototype);
    expect(flat.x).to.be.undefined;
    expect(({} as Record<string, unknown>).isAdmin).to.be.undefined;
  });
});
