// API.md, "One bad record": every adapter, and the native shape paged and whole, with bad records
// among good ones (the good ones are read, `skipped` names the bad ones); answers that are
// longer than the page; the Chinese CMS envelope of the mapping adapter; what a missing article
// is; relative URLs of another origin's answer.
import { expect } from '@open-wc/testing';
import { NewsClient } from '../../src/data/client.js';
import { articleBase } from '../../src/data/pipeline.js';
import { json, mockFetch, rejection, type FetchMock } from '../helpers/mock-fetch.js';
import { atom, chinese, chineseMapping, nativeArticles, rss, serve, systems } from '../helpers/systems.js';

const everything = { category: null, page: 1, pageSize: 100 };
const idsOf = (page: { items: { id: string }[] }) => page.items.map((a) => a.id);

let fetchMock: FetchMock | undefined;

describe('one bad record', () => {
  afterEach(() => fetchMock?.restore());

  for (const system of systems) {
    it(`${system.name}: bad records among good ones are left out, named in skipped, and the rest is read`, async () => {
      fetchMock = serve(system, system.records);
      const config = { src: system.src, mapping: system.mapping };
      const good = await new NewsClient().list(config, system.adapter, everything);
      expect(good.items.length, 'all good').to.equal(system.records.length);
      expect(good.skipped).to.deep.equal([]);
      fetchMock.restore();
      // A null, a number, and a record whose id is an object, between the good ones.
      const dirty = [system.records[0], null, 42, { id: { nested: true }, title: { rendered: 1 } }, ...system.records.slice(1)];
      fetchMock = serve(system, dirty);
      const page = await new NewsClient().list(config, system.adapter, everything);
      expect(idsOf(page)).to.deep.equal(idsOf(good));
      expect(page.skipped!.map((s) => s.index)).to.deep.equal([1, 2, 3]);
      for (const skipped of page.skipped!) expect(skipped.reason).to.be.a('string').and.not.equal('');
    });
  }

  it('rss and atom: an empty item among good ones is left out', async () => {
    for (const [feed, item] of [
      [rss, '<item></item>'],
      [atom, '<entry></entry>'],
    ]) {
      const dirty = feed.replace(/(<item>|<entry>)/, `${item}$1`);
      fetchMock = mockFetch(() => new Response(dirty, { headers: { 'content-type': 'application/xml' } }));
      const page = await new NewsClient().list({ src: 'https://example.com/feed.xml' }, 'rss', everything);
      expect(page.items.length).to.be.greaterThan(1);
      expect(page.skipped).to.have.length(1);
      expect(page.skipped![0]).to.deep.include({ index: 0 });
      fetchMock.restore();
    }
  });

  it('a record with a blank title takes its summary; one with no title source at all is left out', async () => {
    fetchMock = mockFetch(() => json({ items: [{ id: 1, title: '\u200b \u200c', summary: 'Draft saved without a title' }, { id: 2 }, { id: 3, title: 'Fine' }] }));
    const page = await new NewsClient().list({ src: '/api/x' }, 'native', everything);
    expect(page.items.map((a) => a.title)).to.deep.equal(['Draft saved without a title', 'Fine']);
    expect(page.skipped).to.deep.equal([{ index: 1, reason: 'nothing to show (no title, summary, body or link)' }]);
  });

  it('the whole answer fails only when its envelope is wrong or no record is usable', async () => {
    fetchMock = mockFetch((url) => (url.pathname === '/envelope' ? json({ data: [] }) : json({ items: [null, { title: 'no id' }] })));
    const client = new NewsClient();
    const envelope = await rejection(client.list({ src: '/envelope' }, 'native', everything));
    expect(envelope).to.include({ kind: 'shape', field: 'items' });
    const none = await rejection(client.list({ src: '/none' }, 'native', everything));
    expect(none.kind).to.equal('shape');
    expect(none.message).to.contain('None of the 2 records').and.contain('[1] no id');
  });

  it('a second record with the same id is left out (a list never shows one article twice)', async () => {
    fetchMock = mockFetch(() => json({ items: [{ id: 1, title: 'a' }, { id: '1', title: 'again' }] }));
    const page = await new NewsClient().list({ src: '/dup' }, 'native', everything);
    expect(page.items.map((a) => a.title)).to.deep.equal(['a']);
    expect(page.skipped![0].reason).to.contain('second record');
  });
});

describe('answers longer than the page', () => {
  afterEach(() => fetchMock?.restore());

  it('an endpoint that ignores the page size (no total): the whole set, paged here', async () => {
    const all = Array.from({ length: 10_000 }, (_, i) => ({ id: i + 1, title: `A${i + 1}`, category: i % 2 ? 'a' : 'b' }));
    fetchMock = mockFetch(() => json({ items: all }));
    const client = new NewsClient();
    const first = await client.list({ src: '/ignores' }, 'native', { category: null, page: 1, pageSize: 10 });
    expect(first.items).to.have.length(10);
    expect(first.total).to.equal(10_000);
    const second = await client.list({ src: '/ignores' }, 'native', { category: 'a', page: 2, pageSize: 10 });
    expect(second.items.map((a) => a.title)[0]).to.equal('A22');
  });

  it('a paged answer longer than the page shows page-size rows, and warns once', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      fetchMock = mockFetch((url) => json({ items: Array.from({ length: 30 }, (_, i) => ({ id: `${url.searchParams.get('page')}-${i}`, title: 't' })), total: 300 }));
      const client = new NewsClient();
      expect((await client.list({ src: '/long' }, 'native', { category: null, page: 1, pageSize: 10 })).items).to.have.length(10);
      expect((await client.list({ src: '/long' }, 'native', { category: null, page: 2, pageSize: 10 })).items).to.have.length(10);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain('30 records for a page of 10');
  });

  it('a total mapped on a whole-file export does not make it "the server pages": page-size 5 shows 5, and categories filter', async () => {
    fetchMock = mockFetch(() => json(chinese));
    const client = new NewsClient();
    const config = { src: '/api/news/list', mapping: chineseMapping };
    const first = await client.list(config, 'mapping', { category: null, page: 1, pageSize: 5 });
    expect(first.items).to.have.length(5);
    expect(first.total).to.equal(12);
    expect(first.categories!.map((c) => c.name)).to.deep.equal(['产品中心', '新闻动态', '常见问题']);
    const faq = await client.list(config, 'mapping', { category: 'faq', page: 1, pageSize: 5 });
    expect(faq.total).to.equal(4);
    expect(faq.items.every((a) => typeof a.category === 'object' && a.category.id === 'faq')).to.be.true;
    // Dates with a space keep their time; entities in titles are decoded.
    expect(first.items[0].publishedAt).to.equal('2025-02-12T09:30:00');
    expect(first.items[3].title).to.equal('产品&服务升级说明');
  });
});

describe('the envelope of a Chinese CMS', () => {
  afterEach(() => fetchMock?.restore());
  const config = { src: '/api/news/list', mapping: chineseMapping };

  it('an error envelope answered with HTTP 200 is an http-like error with its code and message', async () => {
    fetchMock = mockFetch(() => json({ code: 401, msg: '登录已过期', data: null }));
    const error = await rejection(new NewsClient().list(config, 'mapping', everything));
    expect(error).to.include({ kind: 'http', status: 401, serverMessage: '登录已过期' });
    expect(error.message).to.contain('登录已过期');
  });

  it('a code that is not a number, and success codes of its own', async () => {
    fetchMock = mockFetch(() => json({ code: 'E_AUTH', msg: '无权限' }));
    const error = await rejection(new NewsClient().list(config, 'mapping', everything));
    expect(error).to.include({ kind: 'http', status: undefined, serverMessage: '无权限' });
    fetchMock.restore();
    fetchMock = mockFetch(() => json({ ...chinese, code: 'SUCCESS' }));
    const page = await new NewsClient().list({ ...config, mapping: { ...chineseMapping, statusOk: 'SUCCESS' } }, 'mapping', everything);
    expect(page.items).to.have.length(12);
  });

  it('an HTTP error whose JSON body carries the message keeps it', async () => {
    fetchMock = mockFetch(() => json({ code: 500, msg: '服务器繁忙' }, { status: 503 }));
    const error = await rejection(new NewsClient({ retries: 0 }).list(config, 'mapping', everything));
    expect(error).to.include({ kind: 'http', status: 503, serverMessage: '服务器繁忙' });
  });
});

describe('what a missing article is', () => {
  afterEach(() => fetchMock?.restore());

  for (const status of [404, 410]) {
    it(`a ${status} of the article's own request is not-found`, async () => {
      fetchMock = mockFetch(() => new Response('gone', { status }));
      const error = await rejection(new NewsClient().article({ src: '/api/list', articleSrc: '/api/articles/{id}' }, 'native', '9'));
      expect(error).to.include({ kind: 'not-found', status });
    });
  }

  it('401 and 403 stay http errors with their status (the article is not public)', async () => {
    fetchMock = mockFetch(() => new Response('no', { status: 403 }));
    const error = await rejection(new NewsClient().article({ src: '/api/list', articleSrc: '/api/articles/{id}' }, 'native', '9'));
    expect(error).to.include({ kind: 'http', status: 403 });
  });

  it('an id that no list holds, on a whole-file endpoint, is not-found after one request', async () => {
    fetchMock = mockFetch(() => json(nativeArticles));
    const client = new NewsClient();
    expect((await client.article({ src: '/api/all-articles.json' }, 'native', '3')).title).to.equal('Article 3');
    const error = await rejection(client.article({ src: '/api/all-articles.json' }, 'native', '99'));
    expect(error.kind).to.equal('not-found');
    expect(fetchMock.requests).to.have.length(1);
  });
});

describe('relative URLs', () => {
  afterEach(() => fetchMock?.restore());

  it('of an answer from another origin are resolved against it, fields and body alike', async () => {
    fetchMock = mockFetch(() => json({ items: [{ id: 1, title: 'a', image: '/uploads/a.jpg', url: 'news/1.html', body: '<p><img src="/wp-content/x.jpg"></p>', attachments: [{ url: '../files/f.pdf' }] }] }));
    const [article] = (await new NewsClient().list({ src: 'https://cms.example.com/api/news.json' }, 'native', everything)).items;
    expect(article.image!.src).to.equal('https://cms.example.com/uploads/a.jpg');
    expect(article.url).to.equal('https://cms.example.com/api/news/1.html');
    expect(article.attachments![0].url).to.equal('https://cms.example.com/files/f.pdf');
    // The body keeps its markup; the sanitizer resolves its URLs against the answer.
    expect(articleBase(article)).to.equal('https://cms.example.com/api/news.json?page=1&pageSize=100');
  });

  it('of an answer from the page’s own origin stay as they are (a static export beside the page)', async () => {
    fetchMock = mockFetch(() => json([{ id: 1, title: 'a', image: 'images/a.jpg', body: '<img src="images/b.jpg">' }]));
    const [article] = (await new NewsClient().list({ src: '/data/news.json' }, 'native', everything)).items;
    expect(article.image!.src).to.equal('images/a.jpg');
    expect(articleBase(article)).to.equal(undefined);
  });
});
