import { expect } from '@open-wc/testing';
import { parseFeed as parseFeedRecords } from '../../../src/data/adapters/rss.js';
import { loadLenientReaders } from '../../../src/data/load-readers.js';
import { type Article, type LenientReaders, readArticle } from '../../../src/data/model.js';

// The pipeline loads the readers of dirty records with the first record that needs them.
let readers: LenientReaders;
before(async () => {
  readers = await loadLenientReaders();
});

/** A feed's items as the pipeline reads them (each record through readArticle). */
function parseFeed(xml: string, url: string) {
  const feed = parseFeedRecords(xml, url);
  return { ...feed, items: feed.items.map((item) => (readArticle(item, undefined, readers) as { article: Article }).article) };
}
import { NewsClient } from '../../../src/data/client.js';
import { decodeBody } from '../../../src/data/encoding.js';
import { parseFeedDate } from '../../../src/data/feed-date.js';
import { json, mockFetch, type FetchMock, rejection } from '../../helpers/mock-fetch.js';

const bytes = async (file: string) => (await fetch(new URL(`../../fixtures/cms/${file}`, import.meta.url))).arrayBuffer();
const rss = new TextDecoder().decode(await bytes('rss.xml'));
const atom = new TextDecoder().decode(await bytes('atom.xml'));
const sloppy = new TextDecoder().decode(await bytes('rss-sloppy.xml'));
const gb2312 = await bytes('rss-gb2312.xml');
const src = 'https://example.com/news/feed.xml';
let fetchMock: FetchMock | undefined;

const xml = (body: BodyInit, type = 'application/rss+xml') => new Response(body, { headers: { 'content-type': type } });


describe('rss adapter', () => {
  afterEach(() => fetchMock?.restore());

  it('maps RSS 2.0 items: content:encoded, dc:creator, categories, media, enclosures, source, guid', () => {
    const { title, items } = parseFeed(rss, src);
    expect(title).to.equal('Example Corp News');
    const [first, second, third] = items;
    expect(first).to.include({
      id: 'https://example.com/?p=12',
      title: 'Q2 Product Roadmap Update',
      author: 'Jane Doe',
      source: 'Corporate Communications',
      summary: 'Our product management team has published the Q2 roadmap.',
      publishedAt: '2024-05-20T09:30:00+08:00',
      url: 'https://example.com/news/q2-product-roadmap-update',
    });
    expect(first.body).to.contain('<h2>Highlights</h2>');
    expect(first.category).to.deep.equal({ id: 'Product Management', name: 'Product Management' });
    expect(first.tags).to.deep.equal(['Product Management', 'Roadmap']);
    expect(first.image).to.deep.equal({ src: 'https://example.com/uploads/roadmap-cover.jpg' });
    expect(first.attachments).to.deep.equal([{ url: 'https://example.com/uploads/roadmap-q2.pdf', type: 'application/pdf', size: 482133, name: 'roadmap-q2.pdf' }]);
    // Entities in titles are decoded; an author email keeps its name; a video enclosure with a poster.
    expect(second).to.include({ title: 'Company Wins Industry Award & Praise', author: 'Press Office', publishedAt: '2024-05-02T06:00:00Z' });
    expect(second.video).to.deep.equal({ src: 'https://example.com/uploads/award.mp4', poster: 'https://example.com/uploads/award-poster.jpg' });
    // No title: the description stands in; an unreadable date is left out.
    expect(third.title).to.equal('An item with no title, only a description that stands in for it.');
    expect(third.publishedAt).to.be.undefined;
  });

  it('maps Atom entries: html and xhtml titles and content, text content, categories with labels', () => {
    const [first, second] = parseFeed(atom, src).items;
    expect(first).to.include({ id: 'tag:example.com,2024:12', title: 'Q2 Product Roadmap Update', author: 'Jane Doe', publishedAt: '2024-05-20T01:30:00Z', url: 'https://example.com/news/q2-product-roadmap-update' });
    expect(first.body).to.contain('<strong>Q2 roadmap</strong>').and.contain('Highlights');
    expect(first.category).to.deep.equal({ id: 'product-management', name: 'Product Management' });
    expect(first.image?.src).to.equal('https://example.com/uploads/roadmap-cover.jpg');
    expect(second).to.include({ publishedAt: '2024-05-02T06:00:00Z', url: 'https://example.com/news/company-wins-industry-award' });
    expect(second.body).to.equal('<p>We are proud to announce…</p><p>Second paragraph &#38; more.</p>');
  });

  it('decodes a GB2312 feed declared only in its XML declaration, and reads CST as China time', async () => {
    fetchMock = mockFetch(() => xml(gb2312, 'text/xml'));
    const client = new NewsClient();
    const page = await client.list({ src }, 'rss', { category: null, page: 1, pageSize: 10 });
    expect(page.items.map((a) => a.title)).to.deep.equal(['恒远集团荣获年度行业大奖', '第二季度产品路线图']);
    expect(page.items[0]).to.include({ summary: '我们很荣幸地宣布，恒远集团荣获年度行业大奖。', author: '新闻中心', publishedAt: '2024-05-20T09:30:00' });
    expect(page.items[1].publishedAt).to.equal('2024-05-13T10:00:00+08:00');
    expect(await client.categories({ src }, 'rss', 10)).to.deep.equal([
      { id: '新闻动态', name: '新闻动态' },
      { id: '产品管理', name: '产品管理' },
    ]);
  });

  it('believes the XML declaration over a header that says UTF-8 when the bytes are not UTF-8', () => {
    expect(decodeBody(gb2312, 'text/xml; charset=utf-8')).to.contain('恒远集团新闻中心');
    expect(decodeBody(new TextEncoder().encode('<?xml version="1.0" encoding="gb2312"?><a>ok ü</a>').buffer, 'text/xml; charset=UTF-8')).to.contain('ok ü');
    const big5 = new Uint8Array([0xa4, 0xa4, 0xa4, 0xe5]); // 中文 in Big5
    expect(decodeBody(big5.buffer, 'text/plain; charset=big5')).to.equal('中文');
    expect(decodeBody(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]).buffer, 'text/plain; charset=gbk')).to.equal('A');
    expect(decodeBody(new TextEncoder().encode('x').buffer, 'text/plain; charset=no-such-charset')).to.equal('x');
    // JSON is UTF-8 whatever a server's default label says; a legacy server's real GBK JSON still reads.
    expect(decodeBody(new TextEncoder().encode('{"t":"café"}').buffer, 'application/json; charset=iso-8859-1', true)).to.equal('{"t":"café"}');
    expect(decodeBody(new Uint8Array([0x22, 0xd6, 0xd0, 0xce, 0xc4, 0x22]).buffer, 'application/json; charset=gbk', true)).to.equal('"中文"');
  });

  it('repairs bare ampersands and HTML entities, and reads sloppy dates', () => {
    const [first, second, third] = parseFeed(sloppy, src).items;
    expect(first.title).to.equal('R&D and M&A news — this week');
    expect(first.summary).to.equal('Prices in £ & € &unknownentity; ok');
    expect(first.url).to.equal('http://portal.example.com/news.php?id=7&cat=2');
    expect(first.publishedAt).to.equal('2024-05-20T09:30:00Z');
    expect(second.publishedAt).to.equal('2024-05-03T14:05:00-05:00');
    expect(third.publishedAt).to.equal('2024-01-01T08:00:00+01:00');
  });

  it('reads the dates legacy feeds write', () => {
    const cases: [string, string | undefined][] = [
      ['Mon, 20 May 2024 09:30:00 +0800', '2024-05-20T09:30:00+08:00'],
      ['Mon,20 May 2024 09:30:00 GMT', '2024-05-20T09:30:00Z'],
      ['20 May 2024 09:30:00 +08:00', '2024-05-20T09:30:00+08:00'],
      ['Mon, 20 May 2024 09:30 GMT+8', '2024-05-20T09:30:00+08:00'],
      ['2024-05-20', '2024-05-20'],
      ['2024/5/20 9:30', '2024-05-20T09:30:00'],
      ['2024-05-20 09:30:00 +0800', '2024-05-20T09:30:00+08:00'],
      ['2024-05-20T09:30:00.123Z', '2024-05-20T09:30:00Z'],
      ['2024年5月20日 09:30', '2024-05-20T09:30:00'],
      ['2024年5月20日', '2024-05-20'],
      ['20-May-2024', '2024-05-20'],
      ['May 20, 2024 9:30 AM UTC', '2024-05-20T09:30:00.000Z'],
      ['Tue, 21 May 2024 9:30:00 PM +0800', '2024-05-21T21:30:00+08:00'],
      ['2024-05-20 12:05 AM', '2024-05-20T00:05:00'],
      ['Mon, 20 May 2024 09:30:00 -0500 (EST)', '2024-05-20T09:30:00-05:00'],
      ['Mon, 20 May 2024 09:30:00 IST', undefined],
      ['Mon, 20 May 2024 09:30:00 sometime', undefined],
      ['2024-02-31', undefined],
      ['31 Feb 2024', undefined],
      ['2024-13-45', undefined],
      ['yesterday', undefined],
      ['', undefined],
    ];
    for (const [text, expected] of cases) expect(parseFeedDate(text), text).to.equal(expected);
    expect(parseFeedDate('Mon, 13 May 2024 10:00:00 CST')).to.equal('2024-05-13T10:00:00-06:00');
    expect(parseFeedDate('Mon, 13 May 2024 10:00:00 CST', true)).to.equal('2024-05-13T10:00:00+08:00');
  });

  it('filters by <category> in the browser and pages the whole feed with totals', async () => {
    fetchMock = mockFetch(() => xml(rss));
    const client = new NewsClient();
    const all = await client.list({ src }, 'rss', { category: null, page: 2, pageSize: 2 });
    expect(all).to.deep.include({ total: 3, hasNext: false });
    expect(all.items).to.have.length(1);
    const news = await client.list({ src }, 'rss', { category: 'News', page: 1, pageSize: 2 });
    expect(news.items.map((a) => a.title)).to.deep.equal(['Company Wins Industry Award & Praise']);
    const roadmap = await client.list({ src }, 'rss', { category: 'Roadmap', page: 1, pageSize: 2 });
    expect(roadmap.total).to.equal(1);
    expect(fetchMock.requests).to.have.length(1);
    const categories = await client.categories({ src }, 'rss', 10);
    expect(categories.map((c) => c.id)).to.deep.equal(['Product Management', 'News', 'Roadmap']);
  });

  it('asks for one feed per category through a {category} template, categories from categories-src', async () => {
    fetchMock = mockFetch((url) => (url.pathname.endsWith('.json') ? json([{ id: '2', name: 'News' }]) : xml(rss)));
    const config = { src: 'https://portal.test/rss.asp?cat={category}', categoriesSrc: '/categories.json' };
    const client = new NewsClient();
    const page = await client.list(config, 'rss', { category: '2', page: 1, pageSize: 10 });
    expect(page.total).to.equal(3);
    await client.list(config, 'rss', { category: null, page: 1, pageSize: 10 });
    expect(fetchMock.requests.map((r) => r.url)).to.deep.equal(['https://portal.test/rss.asp?cat=2', 'https://portal.test/rss.asp?cat=']);
    expect(await client.categories(config, 'rss', 10)).to.deep.equal([{ id: '2', name: 'News' }]);
  });

  it('finds an article in the feed by id, and says when it is not there', async () => {
    fetchMock = mockFetch(() => xml(atom, 'application/atom+xml'));
    const client = new NewsClient();
    expect((await client.article({ src }, 'rss', 'tag:example.com,2024:9')).title).to.equal('Company Wins Industry Award');
    expect((await rejection(client.article({ src }, 'rss', 'nope'))).kind).to.equal('not-found');
  });

  it('says what is wrong with an HTML page, another XML and JSON, and reads broken XML as far as it goes', async () => {
    const answers: Record<string, Response> = {
      '/html': xml('<!doctype html><html><body><form>Sign in</form></body></html>', 'text/html'),
      '/broken': xml('<rss><channel><item><title>unclosed</channel></rss>'),
      '/svg': xml('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      '/json': json({ items: [] }),
      '/nochannel': xml('<rss version="2.0"></rss>'),
    };
    fetchMock = mockFetch((url) => answers[url.pathname]);
    const client = new NewsClient();
    const list = (path: string) => rejection(client.list({ src: `https://x.test${path}` }, 'rss', { category: null, page: 1, pageSize: 2 }));
    const html = await list('/html');
    expect(html.kind).to.equal('parse');
    expect(html.message).to.contain('HTML page');
    // Read as feedparser's loose parser reads it (this test expected a parse error before).
    const broken = await client.list({ src: 'https://x.test/broken' }, 'rss', { category: null, page: 1, pageSize: 2 });
    expect(broken.items.map((a) => a.title)).to.deep.equal(['unclosed']);
    expect((await list('/svg')).message).to.contain('<svg>');
    expect((await list('/json')).kind).to.equal('parse');
    expect((await list('/nochannel')).field).to.equal('rss.channel');
  });

  it('an empty feed is an empty page', async () => {
    fetchMock = mockFetch(() => xml('<rss version="2.0"><channel><title>t</title></channel></rss>'));
    expect(await new NewsClient().list({ src }, 'rss', { category: null, page: 1, pageSize: 2 })).to.deep.include({ items: [], total: 0 });
  });

  it('reads RSS’s own elements before an extension’s of the same name; media:category is a tag too', () => {
    const [item] = parseFeed(
      `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>t</title>
        <item><media:title>Not the title</media:title><title>The title</title><atom:link rel="self" href="https://x.test/self"/><link>https://x.test/post</link>
          <media:category>Not a category</media:category><category>News</category><media:description>no</media:description><description>Yes</description></item>
      </channel></rss>`,
      src,
    ).items;
    expect(item).to.include({ title: 'The title', url: 'https://x.test/post', summary: 'Yes' });
    // feedparser's reading (this test expected ['News'] before): the category is still <category>'s.
    expect(item.tags).to.deep.equal(['Not a category', 'News']);
    expect(item.category).to.deep.equal({ id: 'News', name: 'News' });
  });

  it('resolves relative links against xml:base and the feed’s URL', () => {
    const [rssItem] = parseFeed('<rss version="2.0"><channel><item><title>a</title><link>posts/1</link><enclosure url="/files/100%.pdf" length="-1" type="application/pdf"/></item></channel></rss>', 'https://x.test/news/feed.xml').items;
    expect(rssItem.url).to.equal('https://x.test/news/posts/1');
    // An undecodable file name is kept as written; a length that is not a size is left out.
    expect(rssItem.attachments).to.deep.equal([{ url: 'https://x.test/files/100%.pdf', type: 'application/pdf', name: '100%.pdf' }]);
    const [entry] = parseFeed(
      '<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://cdn.test/blog/"><entry xml:base="2024/"><title>b</title><id>1</id><link href="post.html"/></entry></feed>',
      'https://x.test/atom.xml',
    ).items;
    expect(entry.url).to.equal('https://cdn.test/blog/2024/post.html');
  });

  it('keeps text that only looks like markup, and never reads names off the prototype', () => {
    const [first, second] = parseFeed(
      '<rss version="2.0"><channel><item><title>a &lt; b and c &gt; d</title></item><item><title>x &amp;constructor; &amp;#8217; <![CDATA[<b>bold</b>]]></title></item></channel></rss>',
      src,
    ).items;
    expect(first.title).to.equal('a < b and c > d');
    // Inline tags join, block tags separate: Chinese has no spaces to lose.
    const [chinese] = parseFeed('<rss version="2.0"><channel><item><title>新一代<![CDATA[<b>定位器</b>]]>正式上市</title><description><![CDATA[<p>新一代<b>定位器</b>正式上市。</p><p>第二段</p>]]></description></item></channel></rss>', src).items;
    expect(chinese).to.include({ title: '新一代定位器正式上市', summary: '新一代定位器正式上市。 第二段' });
    expect(second.title).to.equal('x &constructor; ’ bold');
  });

  it('takes categories-src as an array, { categories } or { items }', async () => {
    fetchMock = mockFetch((url) => (url.pathname === '/a.json' ? json([{ id: 'n', name: 'N' }]) : url.pathname === '/b.json' ? json({ categories: [{ id: 'n', name: 'N' }] }) : json({ items: [{ id: 'n', name: 'N' }] })));
    const client = new NewsClient();
    for (const file of ['/a.json', '/b.json', '/c.json']) expect(await client.categories({ src, categoriesSrc: file }, 'rss', 10)).to.deep.equal([{ id: 'n', name: 'N' }]);
  });
});
