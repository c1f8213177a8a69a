import { expect } from '@open-wc/testing';
import { loadLenientReaders } from '../../src/data/load-readers.js';
import { collectCategories, readArticle, readCategory, type Article, type LenientReaders, type ReadResult } from '../../src/data/model.js';
import { parseDate } from '../../src/i18n/dates.js';

/** The readers of dirty records, as the pipeline hands them: undefined until loaded. */
let readers: LenientReaders | null | undefined;

const readResult = (value: unknown): ReadResult => {
  const result = readArticle(value, undefined, readers);
  if (!result) throw new Error('the record needs the readers of dirty records, not loaded');
  return result;
};
const read = (value: unknown): Article => {
  const result = readResult(value);
  if ('reason' in result) throw new Error(`left out: ${result.reason}`);
  return result.article;
};
const reason = (value: unknown): string => {
  const result = readResult(value);
  if ('article' in result) throw new Error('expected the record to be left out');
  return result.reason;
};

describe('a record before the readers of dirty records are loaded', () => {
  it('is read at once when clean: ISO 8601, ISO-like and Unix dates, entities, a title', () => {
    const article = read({ id: 1, title: 'R&amp;D', publishedAt: '2025-02-12 09:30:00', updatedAt: 1739323800 });
    expect(article).to.deep.equal({ id: '1', title: 'R&D', publishedAt: '2025-02-12T09:30:00', updatedAt: '2025-02-12T01:30:00.000Z' });
    expect(read({ id: 2, title: 'a', publishedAt: '2024年5月20日 09:30' }).publishedAt).to.equal('2024-05-20T09:30:00');
    expect(read({ id: 3, title: 'a', publishedAt: '2024/2/31 10:00' }).publishedAt, 'an ISO-like date that is no day').to.equal(undefined);
  });

  it('waits for them (undefined) with a date of another form, or a body with markup to stand in for its title', () => {
    expect(readArticle({ id: 1, title: 'a', publishedAt: 'Wed, 12 Feb 2025 09:30:00 GMT' })).to.equal(undefined);
    expect(readArticle({ id: 1, title: 'a', updatedAt: '2025' })).to.equal(undefined);
    expect(readArticle({ id: 2, body: '<p>Body</p>' })).to.equal(undefined);
    // Plain text, and a date that has no digit at all, need nothing more.
    expect(read({ id: 3, body: 'Plain  text', publishedAt: 'N/A' })).to.deep.equal({ id: '3', title: 'Plain text', body: 'Plain  text' });
  });

  it('without them (their file failed: null), reads such a record without that date or title', () => {
    readers = null;
    try {
      expect(read({ id: 1, title: 'a', publishedAt: 'Wed, 12 Feb 2025 09:30:00 GMT', updatedAt: '2025-02-12 09:30' })).to.deep.equal({ id: '1', title: 'a', updatedAt: '2025-02-12T09:30:00' });
      expect(read({ id: 2, body: '<p>Body</p>' })).to.deep.equal({ id: '2', title: '', body: '<p>Body</p>' });
    } finally {
      readers = undefined;
    }
  });
});

describe('the Article model', () => {
  before(async () => {
    readers = await loadLenientReaders();
  });

  it('reads ids, media and empty fields', () => {
    const article = read({ id: 12, title: 'T', author: '', source: null, image: '/a.jpg', video: '/v.mp4', tags: ['a', null, 'b'], attachments: [{ url: '/f.pdf', size: '2048' }], extra: { ignored: true } });
    expect(article).to.deep.equal({
      id: '12',
      title: 'T',
      image: { src: '/a.jpg' },
      video: { src: '/v.mp4' },
      tags: ['a', 'b'],
      attachments: [{ url: '/f.pdf', size: 2048 }],
    });
  });

  it('drops a field of the wrong type, not the record', () => {
    const article = read({ id: 1, title: 'x', author: { name: 'a' }, image: 5, attachments: [{ name: 'no url' }, { url: '/ok.pdf' }], publishedAt: { when: 'now' }, summary: ['a'] });
    expect(article).to.deep.equal({ id: '1', title: 'x', attachments: [{ url: '/ok.pdf' }] });
  });

  it('leaves out what is no article: not an object, no id, nothing to show', () => {
    expect(reason('just a string')).to.contain('string');
    expect(reason(null)).to.contain('null');
    expect(reason([1])).to.contain('array');
    expect(reason({ title: 'x' })).to.equal('no id');
    expect(reason({ id: '   ' })).to.equal('no id');
    expect(reason({ id: 7, title: '' })).to.contain('nothing to show');
  });

  it('takes a blank title from the summary, else the body text, else leaves it empty for "Untitled"', () => {
    expect(read({ id: 1, title: ' \u200b\u00a0', summary: 'From the summary' }).title).to.equal('From the summary');
    expect(read({ id: 2, title: { rendered: 'x' }, body: '<p>Body <b>text</b> here</p>' }).title).to.equal('Body text here');
    const long = 'word '.repeat(100);
    expect(read({ id: 3, summary: long }).title.length).to.be.at.most(121);
    expect(read({ id: 4, url: 'https://example.com/a' }).title).to.equal('');
  });

  it('decodes character references in text fields with the browser parser, and keeps markup in them as text', () => {
    const article = read({ id: 1, title: 'Caf&eacute; &amp; R&amp;D &#x2019; &hellip;', author: 'Ren&eacute;e', summary: '<img src=x onerror=alert(1)>' });
    expect(article.title).to.equal('Café & R&D ’ …');
    expect(article.author).to.equal('Renée');
    expect(article.summary).to.equal('<img src=x onerror=alert(1)>');
  });

  it('reads dates as legacy systems write them, and leaves out what is no date', () => {
    expect(read({ id: 1, title: 'a', publishedAt: '2025-02-12 09:30:00' }).publishedAt).to.equal('2025-02-12T09:30:00');
    expect(read({ id: 1, title: 'a', publishedAt: '2025-02-12T09:30:00.000+08:00' }).publishedAt).to.equal('2025-02-12T09:30:00.000+08:00');
    expect(read({ id: 1, title: 'a', publishedAt: 1739323800 }).publishedAt).to.equal('2025-02-12T01:30:00.000Z');
    expect(read({ id: 1, title: 'a', publishedAt: '1739323800000' }).publishedAt).to.equal('2025-02-12T01:30:00.000Z');
    expect(read({ id: 1, title: 'a', publishedAt: 'next Tuesday' }).publishedAt).to.equal(undefined);
    // A form only the browser reads, without a zone: kept as wall-clock time (time-zone says where).
    expect(read({ id: 1, title: 'a', publishedAt: 'May 20, 2024 9:30 AM' }).publishedAt).to.equal('2024-05-20T09:30:00');
    expect(read({ id: 1, title: 'a', publishedAt: 'May 20, 2024 9:30 AM GMT+0800' }).publishedAt).to.equal('2024-05-20T01:30:00.000Z');
  });

  it('reads categories with an id, and nothing else', () => {
    expect(readCategory({ id: 3, name: 'News', parent: 1, count: '4' })).to.deep.equal({ id: '3', name: 'News', parent: '1', count: 4 });
    expect(readCategory({ slug: 'faq' })).to.deep.equal({ id: 'faq', name: 'faq' });
    expect(readCategory({ name: 'no id' })).to.equal(undefined);
    expect(readCategory('news')).to.equal(undefined);
  });

  it('collects categories in order of first appearance', () => {
    const articles = [read({ id: 1, title: 'a', category: 'news' }), read({ id: 2, title: 'b', category: { id: 'faq', name: 'FAQ' } }), read({ id: 3, title: 'c', category: 'news' })];
    expect(collectCategories(articles)).to.deep.equal([{ id: 'news', name: 'news' }, { id: 'faq', name: 'FAQ' }]);
  });

  it('reads a date without a zone, and a date alone, as local time', () => {
    expect(parseDate('2025-04-17')!.getDate()).to.equal(17);
    expect(parseDate('2025-04-17')!.getHours()).to.equal(0);
    expect(parseDate('2025-06-02T10:00:00')!.getHours()).to.equal(10);
    expect(parseDate('2025-01-08T02:00:00Z')!.toISOString()).to.equal('2025-01-08T02:00:00.000Z');
    expect(parseDate('next Tuesday')).to.equal(undefined);
  });
});
