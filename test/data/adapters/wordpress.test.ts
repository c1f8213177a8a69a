import { expect } from '@open-wc/testing';
import { wordpressRoutes } from '../../../src/data/adapters/wordpress.js';
import { NewsClient } from '../../../src/data/client.js';
import { decodeEntities, htmlToText } from '../../../src/data/text.js';
import { json, mockFetch, type FetchMock, rejection } from '../../helpers/mock-fetch.js';

const fixture = async (name: string) => (await fetch(new URL(`../../fixtures/cms/${name}`, import.meta.url))).json();
const posts = await fixture('wordpress.json');
const categories = await fixture('wordpress.categories.json');
const ghost = await fixture('ghost.json');
const headers = { 'X-WP-Total': '14', 'X-WP-TotalPages': '7' };

let fetchMock: FetchMock;
const config = { src: 'https://example.com/wp-json/' };


/** A WordPress site: categories, posts (with headers), single posts. */
function site(postsAnswer: () => Response = () => json(posts, { headers })) {
  return (url: URL) => {
    if (url.pathname.endsWith('/wp/v2/categories')) return json(categories);
    if (/\/wp\/v2\/posts\/\d+$/.test(url.pathname)) return json(posts.find((p: { id: number }) => url.pathname.endsWith(`/${p.id}`)));
    return postsAnswer();
  };
}

describe('wordpress adapter', () => {
  afterEach(() => fetchMock?.restore());

  it('accepts the REST root or the posts route as src', () => {
    expect(wordpressRoutes('https://example.com/wp-json/')).to.deep.equal({ root: 'https://example.com/wp-json/', posts: 'https://example.com/wp-json/wp/v2/posts' });
    expect(wordpressRoutes('https://example.com/wp-json')).to.deep.equal({ root: 'https://example.com/wp-json/', posts: 'https://example.com/wp-json/wp/v2/posts' });
    expect(wordpressRoutes('https://example.com/wp-json/wp/v2/posts').root).to.equal('https://example.com/wp-json/');
  });

  it('maps posts with their embeds: text titles, summary, body, author, image, category, UTC dates', async () => {
    fetchMock = mockFetch(site());
    const page = await new NewsClient().list(config, 'wordpress', { category: null, page: 1, pageSize: 2 });
    const [first, second] = page.items;
    expect(first).to.include({ id: '128', title: 'Q2 Product Roadmap Update', author: 'Jane Doe', publishedAt: '2024-05-20T01:30:00Z', url: 'https://example.com/2024/05/20/q2-product-roadmap-update/' });
    expect(first.summary).to.equal('Our product management team has published the Q2 roadmap.');
    expect(first.body).to.contain('<h2>Highlights</h2>');
    expect(first.image).to.deep.equal({ src: 'https://example.com/wp-content/uploads/2024/05/roadmap-cover.jpg', alt: 'Roadmap slide', width: 1200, height: 675 });
    expect(first.category).to.deep.equal({ id: 'product-management', name: 'Product Management' });
    expect(second.title).to.equal('Company Wins Industry Award – 2024');
    expect(second.image).to.equal(undefined);
    expect(page.total).to.equal(14);
    expect(page.hasNext).to.be.true;
    const url = new URL(fetchMock.requests[0].url);
    expect(url.pathname).to.equal('/wp-json/wp/v2/posts');
    expect(url.searchParams.get('_embed')).to.equal('author,wp:featuredmedia,wp:term');
    expect(url.searchParams.get('per_page')).to.equal('2');
  });

  it('chooses a category by slug, through the categories route', async () => {
    fetchMock = mockFetch(site());
    const client = new NewsClient();
    await client.list(config, 'wordpress', { category: 'product-management', page: 2, pageSize: 2 });
    const postsRequest = fetchMock.requests.find((r) => r.url.includes('/wp/v2/posts'))!;
    expect(new URL(postsRequest.url).searchParams.get('categories')).to.equal('5');
    expect(new URL(postsRequest.url).searchParams.get('page')).to.equal('2');
    expect((await client.categories(config, 'wordpress', 10)).map((c) => c.id)).to.deep.equal(['news', 'product-management', 'uncategorized']);
  });

  it('reads totals from the _envelope form when a proxy hides the headers', async () => {
    fetchMock = mockFetch(site(() => json({ status: 200, headers: { 'X-WP-Total': 3, 'X-WP-TotalPages': 2 }, body: posts })));
    const page = await new NewsClient().list(config, 'wordpress', { category: null, page: 1, pageSize: 2 });
    expect(page.total).to.equal(3);
    expect(page.items).to.have.length(2);
  });

  it('reads _envelope errors like plain ones: a page past the end is empty, a missing post is not-found', async () => {
    const envelope = (status: number, body: unknown) => json({ status, headers: {}, body });
    fetchMock = mockFetch((url) =>
      url.pathname.endsWith('/posts/404')
        ? envelope(404, { code: 'rest_post_invalid_id', message: 'Invalid post ID.', data: { status: 404 } })
        : envelope(400, { code: 'rest_post_invalid_page_number', message: 'The page number requested is larger than the number of pages available.', data: { status: 400 } }),
    );
    const client = new NewsClient({ retries: 0 });
    const page = await client.list({ src: 'https://example.com/wp-json/?_envelope' }, 'wordpress', { category: null, page: 9, pageSize: 2 });
    expect(page.items).to.deep.equal([]);
    const error = await rejection(client.article({ src: 'https://example.com/wp-json/?_envelope' }, 'wordpress', '404'));
    expect(error).to.include({ kind: 'not-found', status: 404 });
  });

  it('treats a page past the end (400 rest_post_invalid_page_number) as an empty page', async () => {
    fetchMock = mockFetch(site(() => json({ code: 'rest_post_invalid_page_number', message: 'The page number requested is larger than the number of pages available.', data: { status: 400 } }, { status: 400 })));
    const page = await new NewsClient({ retries: 0 }).list(config, 'wordpress', { category: null, page: 9, pageSize: 2 });
    expect(page.items).to.deep.equal([]);
    expect(page.hasNext).to.be.false;
  });

  it('keeps other 400s errors', async () => {
    fetchMock = mockFetch(site(() => json({ code: 'rest_invalid_param' }, { status: 400 })));
    expect((await rejection(new NewsClient().list(config, 'wordpress', { category: null, page: 2, pageSize: 2 }))).status).to.equal(400);
  });

  it('loads one post by id with its embeds', async () => {
    fetchMock = mockFetch(site());
    const article = await new NewsClient().article(config, 'wordpress', '121');
    expect(article.title).to.equal('Company Wins Industry Award – 2024');
    expect(new URL(fetchMock.requests[0].url).pathname).to.equal('/wp-json/wp/v2/posts/121');
  });

  describe('broken answers', () => {
    it('renders what is there when embeds are missing', async () => {
      const bare = posts.map(({ _embedded: _, ...post }: Record<string, unknown>) => post);
      fetchMock = mockFetch(site(() => json(bare, { headers })));
      const [first] = (await new NewsClient().list(config, 'wordpress', { category: null, page: 1, pageSize: 2 })).items;
      expect(first.author).to.equal(undefined);
      expect(first.image).to.equal(undefined);
      expect(first.category).to.equal('5');
    });

    it('accepts null and unknown extra fields', async () => {
      const odd = [{ ...posts[0], excerpt: null, content: null, date_gmt: null, extra: { nested: [1, 2] } }];
      fetchMock = mockFetch(site(() => json(odd)));
      const [first] = (await new NewsClient().list(config, 'wordpress', { category: null, page: 1, pageSize: 2 })).items;
      expect(first.summary).to.equal(undefined);
      expect(first.body).to.equal(undefined);
      expect(first.publishedAt).to.equal('2024-05-20T09:30:00');
    });

    it('a title that is missing or not text is taken from the excerpt', async () => {
      fetchMock = mockFetch(site(() => json([{ ...posts[0], title: 42 }, { ...posts[1], title: { rendered: ' ' } }])));
      const page = await new NewsClient().list(config, 'wordpress', { category: null, page: 1, pageSize: 2 });
      expect(page.items[0].title).to.equal('Our product management team has published the Q2 roadmap.');
      expect(page.items[1].title).to.not.equal('');
      expect(page.skipped).to.deep.equal([]);
    });

    it('says so when the answer is another system’s JSON', async () => {
      fetchMock = mockFetch(site(() => json(ghost)));
      const error = await rejection(new NewsClient().list(config, 'wordpress', { category: null, page: 1, pageSize: 2 }));
      expect(error.kind).to.equal('shape');
      expect(error.field).to.equal('posts');
    });

    it('an empty list is an empty page', async () => {
      fetchMock = mockFetch(site(() => json([], { headers: { 'X-WP-Total': '0', 'X-WP-TotalPages': '0' } })));
      const page = await new NewsClient().list(config, 'wordpress', { category: null, page: 1, pageSize: 2 });
      expect(page.items).to.deep.equal([]);
      expect(page.total).to.equal(0);
    });
  });
});

describe('text from CMS markup', () => {
  it('decodes numeric and named character references', () => {
    expect(decodeEntities('Tom &#038; Jerry &#8211; &#x2019;s &amp; &hellip; &nosuch;')).to.equal('Tom & Jerry – ’s & … &nosuch;');
  });

  it('drops tags, scripts and styles, and folds white space', () => {
    expect(htmlToText('<p>One <em>two</em></p>\n<script>alert(1)</script><p>three&nbsp;four</p>')).to.equal('One two three\u00a0four'.replace('\u00a0', ' '));
  });
});
