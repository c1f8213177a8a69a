import { expect } from '@open-wc/testing';
import { restRootOf, restUrl } from '../../../src/data/adapters/wordpress.js';
import '../../../src/define.js';
import { NewsClient } from '../../../src/data/client.js';
import { htmlToText } from '../../../src/data/html-text.js';
import { decodeEntities } from '../../../src/data/text.js';
import { json, mockFetch, type FetchMock, rejection } from '../../helpers/mock-fetch.js';

const fixture = async (name: string) => (await fetch(new URL(`../../fixtures/cms/${name}`, import.meta.url))).json();
const posts = await fixture('wordpress.json');
const categories = await fixture('wordpress.categories.json');
const ghost = await fixture('ghost.json');
const headers = { 'X-WP-Total': '14', 'X-WP-TotalPages': '7' };

let fetchMock: FetchMock;
const config = { src: 'https://example.com/wp-json/' };


/** A WordPress site: categories, posts (with headers), single posts; no sticky posts. */
function site(postsAnswer: () => Response = () => json(posts, { headers })) {
  return (url: URL) => {
    const route = url.searchParams.get('rest_route') ?? url.pathname;
    if (route.endsWith('/wp/v2/categories')) return json(categories);
    if (url.searchParams.get('sticky') === 'true') return json([], { headers: { 'X-WP-Total': '0', 'X-WP-TotalPages': '0' } });
    if (/\/wp\/v2\/posts\/\d+$/.test(route)) return json(posts.find((p: { id: number }) => route.endsWith(`/${p.id}`)));
    return postsAnswer();
  };
}

describe('wordpress adapter', () => {
  afterEach(() => fetchMock?.restore());

  it('accepts the REST root or the posts route as src', () => {
    const posts = (src: string) => restUrl(restRootOf(src)!, 'wp/v2/posts');
    expect(posts('https://example.com/wp-json/')).to.equal('https://example.com/wp-json/wp/v2/posts');
    expect(posts('https://example.com/wp-json')).to.equal('https://example.com/wp-json/wp/v2/posts');
    expect(posts('https://example.com/wp-json/wp/v2/posts')).to.equal('https://example.com/wp-json/wp/v2/posts');
    expect(posts('https://example.com/index.php/wp-json/')).to.equal('https://example.com/index.php/wp-json/wp/v2/posts');
    expect(posts('https://example.com/api/wp/v2/posts')).to.equal('https://example.com/api/wp/v2/posts');
    expect(posts('https://example.com/wp-json/?_envelope')).to.equal('https://example.com/wp-json/wp/v2/posts?_envelope');
    expect(posts('/wp-json/')).to.equal('/wp-json/wp/v2/posts');
    expect(posts('wp-json')).to.equal('wp-json/wp/v2/posts');
    expect(restRootOf('https://example.com/my-wp-json/')).to.equal(undefined);
  });

  it('writes every route as a rest_route parameter when src is in that form', () => {
    const root = (src: string) => restRootOf(src)!;
    expect(restUrl(root('https://example.com/?rest_route=/'), 'wp/v2/posts', { page: 2 })).to.equal('https://example.com/?rest_route=/wp/v2/posts&page=2');
    expect(restUrl(root('https://example.com/index.php?rest_route=/'), 'wp/v2/categories')).to.equal('https://example.com/index.php?rest_route=/wp/v2/categories');
    expect(restUrl(root('https://example.com/index.php?rest_route=%2Fwp%2Fv2%2Fposts&lang=en'), 'wp/v2/posts/7', { _embed: 'author' })).to.equal(
      'https://example.com/index.php?rest_route=/wp/v2/posts/7&lang=en&_embed=author',
    );
    expect(restUrl(root('https://example.com/?_envelope&rest_route=/'), 'wp/v2/posts')).to.equal('https://example.com/?rest_route=/wp/v2/posts&_envelope');
    // A site address is not a REST root: it is looked up (below).
    expect(restRootOf('https://example.com/')).to.equal(undefined);
    expect(restRootOf('https://example.com/news/')).to.equal(undefined);
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
        : url.pathname.endsWith('/posts/20')
          ? json({ body: { code: 'rest_forbidden', message: 'Sorry, you are not allowed to do that.', data: { status: 401 } }, status: 401, headers: [] })
        : envelope(400, { code: 'rest_post_invalid_page_number', message: 'The page number requested is larger than the number of pages available.', data: { status: 400 } }),
    );
    const client = new NewsClient({ retries: 0 });
    const page = await client.list({ src: 'https://example.com/wp-json/?_envelope' }, 'wordpress', { category: null, page: 9, pageSize: 2 });
    expect(page.items).to.deep.equal([]);
    const error = await rejection(client.article({ src: 'https://example.com/wp-json/?_envelope' }, 'wordpress', '404'));
    expect(error).to.include({ kind: 'not-found', status: 404 });
    // A draft or private post: 401, its envelope's headers an empty array, as WordPress sends it.
    const refused = await rejection(client.article({ src: 'https://example.com/wp-json/?_envelope' }, 'wordpress', '20'));
    expect(refused).to.include({ kind: 'http', status: 401, serverMessage: 'Sorry, you are not allowed to do that.' });
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

  describe('any address of the site', () => {
    const here = location.origin;
    /** A site with pretty permalinks on this origin: its pages name the REST root in a Link header. */
    const sameOriginSite = (link = `<${here}/blog/wp-json/>; rel="https://api.w.org/"`) => (url: URL) => {
      if (!url.pathname.includes('/wp-json/') && !url.searchParams.has('rest_route')) {
        return new Response('<!doctype html><title>Blog</title>', { headers: { 'content-type': 'text/html', Link: link } });
      }
      return site()(url);
    };

    it('finds the REST root in the Link header of the site page, once, and asks every route there', async () => {
      fetchMock = mockFetch(sameOriginSite());
      const client = new NewsClient();
      const src = { src: '/blog/' };
      await client.article(src, 'wordpress', '121');
      await client.list(src, 'wordpress', { category: 'news', page: 1, pageSize: 2 });
      const paths = fetchMock.requests.map((r) => new URL(r.url).pathname);
      expect(paths).to.deep.equal(['/blog/', '/blog/wp-json/wp/v2/posts/121', '/blog/wp-json/wp/v2/categories', '/blog/wp-json/wp/v2/posts']);
      expect(new URL(fetchMock.requests[3].url).searchParams.get('categories')).to.equal('7');
    });

    it('follows a Link to the rest_route form (plain permalinks) with the address’s own parameters', async () => {
      fetchMock = mockFetch(sameOriginSite(`<${here}/index.php?rest_route=/>; rel="https://api.w.org/"`));
      await new NewsClient().list({ src: '/?lang=en' }, 'wordpress', { category: 'news', page: 1, pageSize: 2 });
      const [, categoriesRequest, postsRequest] = fetchMock.requests.map((r) => new URL(r.url));
      expect(categoriesRequest.pathname).to.equal('/index.php');
      expect(categoriesRequest.searchParams.get('rest_route')).to.equal('/wp/v2/categories');
      expect(postsRequest.searchParams.get('rest_route')).to.equal('/wp/v2/posts');
      expect(postsRequest.searchParams.get('lang')).to.equal('en');
    });

    it('never follows a Link to another origin: the address itself is asked with rest_route', async () => {
      fetchMock = mockFetch(sameOriginSite('<https://evil.example/wp-json/>; rel="https://api.w.org/"'));
      await new NewsClient().list({ src: '/blog/' }, 'wordpress', { category: 'news', page: 1, pageSize: 2 });
      const urls = fetchMock.requests.map((r) => new URL(r.url));
      expect(urls.every((url) => url.origin === here)).to.be.true;
      expect(urls.at(-1)!.pathname).to.equal('/blog/');
      expect(urls.at(-1)!.searchParams.get('rest_route')).to.equal('/wp/v2/posts');
    });

    it('reads a REST index answered at the address (a prefix of the site’s own) as the REST root', async () => {
      fetchMock = mockFetch((url) => (url.pathname === '/api/' ? json({ name: 'Site', namespaces: ['oembed/1.0', 'wp/v2'], routes: {} }) : site()(url)));
      await new NewsClient().article({ src: '/api/' }, 'wordpress', '121');
      expect(fetchMock.requests.map((r) => new URL(r.url).pathname)).to.deep.equal(['/api/', '/api/wp/v2/posts/121']);
    });

    it('asks rest_route at another origin’s site address straight away (its pages send no CORS headers)', async () => {
      fetchMock = mockFetch(site());
      await new NewsClient().article({ src: 'https://example.com/' }, 'wordpress', '121');
      expect(fetchMock.requests.map((r) => r.url)).to.deep.equal(['https://example.com/?rest_route=/wp/v2/posts/121&_embed=author%2Cwp%3Afeaturedmedia%2Cwp%3Aterm']);
    });
  });

  describe('sticky posts', () => {
    const post = (id: number, sticky = false) => ({ ...posts[0], id, sticky, title: { rendered: `Post ${id}` } });
    /** Posts 1…13 newest first; 12 and 13 (the oldest) are sticky. */
    const all = Array.from({ length: 13 }, (_, i) => post(i + 1, i >= 11));
    const wordpress = (url: URL) => {
      if (url.pathname.endsWith('/categories')) return json(categories);
      const sticky = url.searchParams.get('sticky');
      const matching = all.filter((p) => (sticky === null ? true : String(p.sticky) === sticky));
      const perPage = Number(url.searchParams.get('per_page'));
      const offset = Number(url.searchParams.get('offset') ?? (Number(url.searchParams.get('page') ?? 1) - 1) * perPage);
      return json(matching.slice(offset, offset + perPage), { headers: { 'X-WP-Total': String(matching.length), 'X-WP-TotalPages': String(Math.ceil(matching.length / perPage)) } });
    };
    const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);

    it('come first on page 1 of All, and the pages after go on where it stopped', async () => {
      fetchMock = mockFetch(wordpress);
      const client = new NewsClient();
      const first = await client.list(config, 'wordpress', { category: null, page: 1, pageSize: 5 });
      expect(ids(first)).to.deep.equal(['12', '13', '1', '2', '3']);
      expect(first.total).to.equal(13);
      const second = await client.list(config, 'wordpress', { category: null, page: 2, pageSize: 5 });
      expect(ids(second)).to.deep.equal(['4', '5', '6', '7', '8']);
      const third = await client.list(config, 'wordpress', { category: null, page: 3, pageSize: 5 });
      expect(ids(third)).to.deep.equal(['9', '10', '11']);
      expect(third.hasNext).to.be.false;
      const sent = fetchMock.requests.map((r) => new URL(r.url).searchParams);
      expect(sent.map((p) => `${p.get('sticky')} ${p.get('per_page')} ${p.get('page') ?? ''} ${p.get('offset') ?? ''}`.trim())).to.deep.equal([
        'false 5 1',
        'true 5',
        'false 5  3',
        'false 5  8',
      ]);
    });

    it('fill whole pages when there are more of them than a page holds', async () => {
      fetchMock = mockFetch(wordpress);
      const client = new NewsClient();
      const first = await client.list(config, 'wordpress', { category: null, page: 1, pageSize: 1 });
      expect(ids(first)).to.deep.equal(['12']);
      expect(ids(await client.list(config, 'wordpress', { category: null, page: 2, pageSize: 1 }))).to.deep.equal(['13']);
      expect(ids(await client.list(config, 'wordpress', { category: null, page: 3, pageSize: 1 }))).to.deep.equal(['1']);
      expect(first.total).to.equal(13);
    });

    it('keep their date order in a category, and everywhere with ignore_sticky_posts=1 (not sent on)', async () => {
      fetchMock = mockFetch(wordpress);
      const client = new NewsClient();
      expect(ids(await client.list(config, 'wordpress', { category: 'news', page: 3, pageSize: 5 }))).to.deep.equal(['11', '12', '13']);
      const plain = await client.list({ src: 'https://example.com/wp-json/?ignore_sticky_posts=1' }, 'wordpress', { category: null, page: 1, pageSize: 5 });
      expect(ids(plain)).to.deep.equal(['1', '2', '3', '4', '5']);
      expect(fetchMock.requests.some((r) => r.url.includes('ignore_sticky') || r.url.includes('sticky='))).to.be.false;
    });

    it('keep their date order with the no-sticky attribute', async () => {
      fetchMock = mockFetch(wordpress);
      const list = document.createElement('news-list');
      list.setAttribute('adapter', 'wordpress');
      list.setAttribute('src', 'https://example.com/wp-json/');
      list.setAttribute('page-size', '5');
      list.setAttribute('no-sticky', '');
      const loaded = new Promise((resolve) => list.addEventListener('news-load', resolve, { once: true }));
      document.body.append(list);
      await loaded;
      const titles = [...list.shadowRoot!.querySelectorAll('.item .title')].map((title) => title.textContent!.trim());
      list.remove();
      expect(titles).to.deep.equal(['Post 1', 'Post 2', 'Post 3', 'Post 4', 'Post 5']);
      expect(fetchMock.requests.some((r) => r.url.includes('sticky='))).to.be.false;
    });

    it('are none when the server ignores the sticky parameter (it answers posts that are not sticky)', async () => {
      fetchMock = mockFetch(() => json(posts, { headers }));
      const page = await new NewsClient().list(config, 'wordpress', { category: null, page: 1, pageSize: 2 });
      expect(ids(page)).to.deep.equal(['128', '121']);
      expect(page.total).to.equal(14);
    });
  });

  describe('categories', () => {
    const terms = [
      { id: 9, slug: 'zeta', name: 'Zeta', parent: 0, count: 1, taxonomy: 'category' },
      { id: 3, slug: 'r-d', name: 'R&amp;D', parent: 5, count: 1, taxonomy: 'category' },
      { id: 5, slug: 'product-management', name: 'Product Management', parent: 0, count: 5, taxonomy: 'category' },
      { id: 11, slug: 'lab', name: 'Lab', parent: 3, count: 1, taxonomy: 'category' },
      { id: 4, slug: 'news-2', name: 'News', parent: 0, count: 2, taxonomy: 'category' },
      { id: 2, slug: 'news', name: 'News', parent: 0, count: 6, taxonomy: 'category' },
    ];

    it('come by name, ties by id, with each parent by its slug, whatever order the server answers', async () => {
      fetchMock = mockFetch(() => json(terms));
      const read = await new NewsClient().categories(config, 'wordpress', 10);
      expect(read.map(({ id, name, parent }) => [id, name, parent ?? ''])).to.deep.equal([
        ['lab', 'Lab', 'r-d'],
        ['news', 'News', ''],
        ['news-2', 'News', ''],
        ['product-management', 'Product Management', ''],
        ['r-d', 'R&D', 'product-management'],
        ['zeta', 'Zeta', ''],
      ]);
    });

    it('a parent’s posts include its children’s, at any depth', async () => {
      fetchMock = mockFetch((url) => (url.pathname.endsWith('/categories') ? json(terms) : json(posts, { headers })));
      const client = new NewsClient();
      await client.list(config, 'wordpress', { category: 'product-management', page: 1, pageSize: 2 });
      await client.list(config, 'wordpress', { category: 'r-d', page: 1, pageSize: 2 });
      await client.list(config, 'wordpress', { category: '9', page: 1, pageSize: 2 });
      const asked = fetchMock.requestsTo('/wp/v2/posts').map((r) => new URL(r.url).searchParams.get('categories'));
      expect(asked).to.deep.equal(['5,3,11', '3,11', '9']);
      expect(fetchMock.requestsTo('/wp/v2/categories')).to.have.length(1);
    });
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
