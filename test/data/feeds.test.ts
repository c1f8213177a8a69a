// What the rss adapter reads beyond plain RSS 2.0 (docs/content-systems.md, "RSS and Atom"): Atom 0.3's modes and
// dates, text constructs, Dublin Core and iTunes, authors' forms, tags, permalinks, media, feeds
// that are not quite XML, and the encodings of legacy feeds in every header/declaration pairing.
import { expect } from '@open-wc/testing';
import { parseFeed as parseFeedRecords } from '../../src/data/adapters/rss.js';
import { NewsClient } from '../../src/data/client.js';
import { decodeBody } from '../../src/data/encoding.js';
import { parseFeedDate } from '../../src/data/feed-date.js';
import { loadLenientReaders } from '../../src/data/load-readers.js';
import { type Article, type LenientReaders, readArticle } from '../../src/data/model.js';
import { mockFetch, type FetchMock } from '../helpers/mock-fetch.js';

const src = 'https://example.com/news/feed.xml';

// The pipeline loads the readers of dirty records with the first record that needs them.
let readers: LenientReaders;
before(async () => {
  readers = await loadLenientReaders();
});

/** A feed's items as the pipeline reads them. */
function items(xml: string, url = src): Article[] {
  return parseFeedRecords(xml, url).items.map((item) => {
    const read = readArticle(item, undefined, readers);
    if (!read) throw new Error('the readers of dirty records are not loaded');
    if ('reason' in read) throw new Error(read.reason);
    return read.article;
  });
}
const rss = (item: string, namespaces = '') =>
  `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:content="http://purl.org/rss/1.0/modules/content/" ${namespaces}><channel><title>t</title><item>${item}</item></channel></rss>`;
const atom03 = (entry: string) => `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry>${entry}</entry></feed>`;
const atom10 = (entry: string) => `<feed xmlns="http://www.w3.org/2005/Atom"><entry>${entry}</entry></feed>`;

describe('feeds: what the rss adapter reads', () => {
  it('Atom 0.3: escaped and base64 modes, MIME types, issued/modified/created', () => {
    const [entry] = items(
      atom03(`<title type="text/html" mode="escaped">&lt;b&gt;Bold&lt;/b&gt; &amp;amp; more</title>
        <summary type="text/plain" mode="base64">${btoa('Plain <b> text')}</summary>
        <content type="text/html" mode="base64">${btoa('<p>Hello <i>world</i></p>')}</content>
        <issued>2004-01-01T19:48:21Z</issued><modified>2004-01-02T08:00:00Z</modified><created>2003-12-31T10:00:00Z</created>`),
    );
    expect(entry).to.include({ title: 'Bold & more', summary: 'Plain <b> text', body: '<p>Hello <i>world</i></p>', publishedAt: '2004-01-01T19:48:21Z', updatedAt: '2004-01-02T08:00:00Z' });
    const [created] = items(atom03('<title>x</title><created>2003-12-31T10:00:00Z</created><modified>2004-01-02T08:00:00Z</modified>'));
    expect(created).to.include({ publishedAt: '2003-12-31T10:00:00Z', updatedAt: '2004-01-02T08:00:00Z' });
  });

  it('Atom 1.0 text constructs: text stays text, html and xhtml are read as HTML; a summary comes from the content', () => {
    const [entry] = items(
      atom10(`<title type="text">a &lt;b&gt; &amp;amp; c</title>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First <em>para</em>.</p></div></content>`),
    );
    expect(entry).to.include({ title: 'a <b> &amp; c', summary: 'First para.' });
    expect(entry.body).to.equal('<p>First <em>para</em>.</p>');
    const [html] = items(atom10('<title type="html">&lt;b&gt;R&amp;amp;D&lt;/b&gt;</title><summary>plain &amp; simple</summary>'));
    expect(html).to.include({ title: 'R&D', summary: 'plain & simple', body: '<p>plain &#38; simple</p>' });
  });

  it('Dublin Core and friends: dc:date, dcterms:*, a lowercase <pubdate>, dc:title', () => {
    expect(items(rss('<title>a</title><dc:date>2003-12-31T10:14:55Z</dc:date>'))[0]).to.include({ publishedAt: '2003-12-31T10:14:55Z', updatedAt: '2003-12-31T10:14:55Z' });
    expect(items(rss('<title>a</title><dcterms:issued>2003-12-31T10:14:55Z</dcterms:issued><dcterms:modified>2004-01-01T00:00:00Z</dcterms:modified>'))[0]).to.include({
      publishedAt: '2003-12-31T10:14:55Z',
      updatedAt: '2004-01-01T00:00:00Z',
    });
    expect(items(rss('<title>a</title><pubdate>Thu, 01 Jan 2004 19:48:21 GMT</pubdate>'))[0].publishedAt).to.equal('2004-01-01T19:48:21Z');
    expect(items(rss('<dc:title>From DC</dc:title>'))[0].title).to.equal('From DC');
  });

  it('authors: dc:creator, dc:author, itunes:author, Atom persons, and the name of "Name (email)" / "email (Name)" / "Name <email>"', () => {
    const author = (item: string) => items(rss(`<title>a</title>${item}`))[0].author;
    expect(author('<author>jane@example.com (Jane Doe)</author>')).to.equal('Jane Doe');
    expect(author('<author>Jane Doe (jane@example.com)</author>')).to.equal('Jane Doe');
    expect(author('<author>Jane Doe &lt;jane@example.com&gt;</author>')).to.equal('Jane Doe');
    expect(author('<author>jane@example.com</author>')).to.equal('jane@example.com');
    expect(author('<dc:creator>Ed</dc:creator>')).to.equal('Ed');
    expect(author('<dc:author>Ed</dc:author>')).to.equal('Ed');
    expect(author('<itunes:author>Mark Pilgrim</itunes:author>')).to.equal('Mark Pilgrim');
    expect(items(atom10('<title>a</title><author><name>one</name><email>one@x.test</email></author><author><name>two</name></author>'))[0].author).to.equal('one, two');
  });

  it('tags: category, dc:subject, media:category, itunes:category and keywords', () => {
    const [item] = items(rss('<title>a</title><category>News</category><dc:subject>Economy</dc:subject><media:category>Video</media:category><itunes:category text="Technology"><itunes:category text="Gadgets"/></itunes:category><itunes:keywords>one, two</itunes:keywords>'));
    expect(item.tags).to.deep.equal(['News', 'Economy', 'Video', 'Technology', 'Gadgets', 'one', 'two']);
    expect(item.category).to.deep.equal({ id: 'News', name: 'News' });
  });

  it('a permalink <guid> is the link (isPermaLink="false" is not); rdf:about is the id', () => {
    expect(items(rss('<title>a</title><guid>https://x.test/p/1</guid>'))[0]).to.include({ id: 'https://x.test/p/1', url: 'https://x.test/p/1' });
    expect(items(rss('<title>a</title><guid isPermaLink="false">https://x.test/p/1</guid>'))[0].url).to.be.undefined;
    expect(items(rss('<title>a</title><guid>1234</guid>'))[0]).to.include({ id: '1234' }).and.not.have.property('url');
    const [rdf] = items('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel rdf:about="x"><title>t</title></channel><item rdf:about="https://x.test/1"><title>a</title><link>https://x.test/1.html</link></item></rdf:RDF>');
    expect(rdf).to.include({ id: 'https://x.test/1', url: 'https://x.test/1.html' });
  });

  it('media: enclosures, media:content and media:thumbnail (in a media:group too), itunes:image', () => {
    const [item] = items(
      rss(`<title>a</title><media:group><media:content url="https://x.test/v.mp4" type="video/mp4"/><media:thumbnail url="https://x.test/poster.jpg"/></media:group>
        <enclosure url="https://x.test/a.mp3" type="audio/mpeg" length="1000"/>`),
    );
    expect(item.video).to.deep.equal({ src: 'https://x.test/v.mp4', poster: 'https://x.test/poster.jpg' });
    expect(item.image).to.deep.equal({ src: 'https://x.test/poster.jpg' });
    expect(item.attachments).to.deep.equal([{ url: 'https://x.test/a.mp3', type: 'audio/mpeg', size: 1000, name: 'a.mp3' }]);
    expect(items(rss('<title>a</title><itunes:image href="https://x.test/cover.png"/>'))[0].image).to.deep.equal({ src: 'https://x.test/cover.png' });
  });

  it('reads feeds that are not quite XML: a BOM or blanks before <?xml, a truncated end, RSS 0.90, no <channel>, undeclared prefixes', () => {
    expect(items('\ufeff  \n<?xml version="1.0"?><rss version="2.0"><channel><item><title>a</title></item></channel></rss>')[0].title).to.equal('a');
    expect(items('<?xml version="1.0"?><rss version="2.0"><channel><item><title>cut</title></item></channel></rss')[0].title).to.equal('cut');
    expect(items('<rss version="2.0"><channel><item><title>cut short</title><description>in the mid')[0].title).to.equal('cut short');
    const [old] = items('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/"><channel><title>t</title></channel><item><title>RSS 0.90</title><link>https://x.test/</link></item></rdf:RDF>');
    expect(old).to.include({ title: 'RSS 0.90', url: 'https://x.test/' });
    expect(items('<rss><item><title>no channel</title></item></rss>')[0].title).to.equal('no channel');
    expect(items('<rss version="2.0"><channel><item><title>a</title><dc:creator>Ed</dc:creator></item></channel></rss>')[0].author).to.equal('Ed');
    // A comment before the declaration (feedparser's own test files), control characters.
    expect(items('<!-- a comment -->\n<?xml version="1.0"?><rss><channel><item><title>x\u000cy</title></item></channel></rss>')[0].title).to.equal('xy');
  });

  it('an item with only a date or an author is listed as Untitled; an empty <item/> is left out', async () => {
    const fetchMock: FetchMock = mockFetch(() => new Response('<rss><channel><item><pubDate>Thu, 01 Jan 2004 19:48:21 GMT</pubDate></item><item></item></channel></rss>', { headers: { 'content-type': 'application/rss+xml' } }));
    try {
      const page = await new NewsClient().list({ src }, 'rss', { category: null, page: 1, pageSize: 10 });
      expect(page.items.map((a) => [a.title, a.publishedAt])).to.deep.equal([['', '2004-01-01T19:48:21Z']]);
      expect(page.skipped).to.deep.equal([{ index: 1, reason: 'nothing to show (no title, summary, body or link)' }]);
    } finally {
      fetchMock.restore();
    }
  });

  it('reads W3C-DTF’s reduced dates and ISO 8601’s basic format', () => {
    expect(parseFeedDate('2003-12')).to.equal('2003-12-01');
    expect(parseFeedDate('2003')).to.equal('2003-01-01');
    expect(parseFeedDate('20031231T101455Z')).to.equal('2003-12-31T10:14:55Z');
    expect(parseFeedDate('20031231')).to.equal('2003-12-31');
    expect(parseFeedDate('2003-13')).to.be.undefined;
  });

  it('repairs what feedparser repairs: windows-1252 references, UTF-8 read as Latin-1 twice', () => {
    expect(items(rss('<title>don&#146;t</title>'))[0].title).to.equal('don’t');
    expect(items(rss('<title>&#226;&#128;&#166;</title>'))[0].title).to.equal('…');
    expect(items(rss('<title>café</title>'))[0].title).to.equal('café');
  });
});

/** Bytes of ASCII parts and byte arrays. */
const bytes = (...parts: (string | number[])[]) => {
  const chunks = parts.map((part) => (typeof part === 'string' ? new TextEncoder().encode(part) : new Uint8Array(part)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) out.set(chunk, (at += chunk.length) - chunk.length);
  return out.buffer;
};

const LEGACY: { label: string; text: string; bytes: number[] }[] = [
  { label: 'gb2312', text: '中文', bytes: [0xd6, 0xd0, 0xce, 0xc4] },
  { label: 'gbk', text: '中文', bytes: [0xd6, 0xd0, 0xce, 0xc4] },
  { label: 'gb18030', text: '中文𠀀', bytes: [0xd6, 0xd0, 0xce, 0xc4, 0x95, 0x32, 0x82, 0x36] },
  { label: 'big5', text: '中文', bytes: [0xa4, 0xa4, 0xa4, 0xe5] },
  { label: 'shift_jis', text: '日本語', bytes: [0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea] },
  { label: 'euc-kr', text: '한국어', bytes: [0xc7, 0xd1, 0xb1, 0xb9, 0xbe, 0xee] },
];

describe('feeds: encodings as feed readers decode them', () => {
  it('legacy CJK encodings in every header/declaration pairing that names them', () => {
    for (const { label, text, bytes: encoded } of LEGACY) {
      for (const header of ['text/xml', 'application/rss+xml; charset=utf-8', 'text/xml; charset=ISO-8859-1', `text/xml; charset=${label.toUpperCase()}`, null]) {
        for (const declaration of ['', '<?xml version="1.0" encoding="utf-8"?>', `<?xml version="1.0" encoding="${label}"?>`]) {
          const decoded = decodeBody(bytes(declaration, '<rss><title>', encoded, '</title></rss>'), header);
          const named = declaration.includes(label) || (header ?? '').toLowerCase().includes(label);
          if (named) expect(decoded, `${label} under ${header} with "${declaration}"`).to.contain(`<title>${text}</title>`);
          else expect(decoded, `${label} named nowhere, under ${header}`).to.not.contain('\ufffd');
        }
      }
    }
  });

  it('valid UTF-8 declared UTF-8 under a charset=ISO-8859-1 header is UTF-8', () => {
    const utf8 = bytes('<?xml version="1.0" encoding="utf-8"?><rss><title>', [...new TextEncoder().encode('café 中文')], '</title></rss>');
    expect(decodeBody(utf8, 'text/xml; charset=ISO-8859-1')).to.contain('café 中文');
    expect(decodeBody(utf8, 'text/xml; charset=GB2312')).to.contain('café 中文');
    // Both naming one other encoding are believed.
    expect(decodeBody(bytes('<?xml version="1.0" encoding="iso-8859-1"?><t>', [0xc3, 0xa9], '</t>'), 'text/xml; charset=iso-8859-1')).to.contain('Ã©');
  });

  it('undeclared Latin-1 is windows-1252, never replacement characters', () => {
    const latin1 = bytes('<rss><title>caf', [0xe9], ' ', [0x93], 'quoted', [0x94], '</title></rss>');
    for (const header of ['text/xml', 'application/rss+xml; charset=utf-8', null]) expect(decodeBody(latin1, header)).to.contain('café “quoted”');
    expect(decodeBody(bytes('<?xml version="1.0" encoding="utf-8"?><rss><title>caf', [0xe9], '</title></rss>'), 'text/xml')).to.contain('café');
  });

  it('UTF-16 with and without a byte order mark; quoted charsets', () => {
    const utf16le = (text: string, bom: boolean) => bytes(bom ? [0xff, 0xfe] : [], [...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
    expect(decodeBody(utf16le('<?xml version="1.0"?><t>é</t>', true), 'text/xml')).to.contain('<t>é</t>');
    expect(decodeBody(utf16le('<?xml version="1.0"?><t>é</t>', false), 'text/xml')).to.contain('<t>é</t>');
    expect(decodeBody(bytes('<t>', [0xa4, 0xa4], '</t>'), "application/atom+xml;charset='big5'")).to.equal('<t>中</t>');
  });
});
