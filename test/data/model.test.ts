import { expect } from '@open-wc/testing';
import { NewsError } from '../../src/data/errors.js';
import { collectCategories, normalizeArticle } from '../../src/data/model.js';
import { parseDate } from '../../src/i18n/dates.js';

function shapeErrorOf(value: unknown): NewsError {
  try {
    normalizeArticle(value, 'items[0]', '/api');
  } catch (error) {
    return error as NewsError;
  }
  throw new Error('expected a shape error');
}

describe('the Article model', () => {
  it('normalizes ids, media and empty fields', () => {
    const article = normalizeArticle(
      { id: 12, title: 'T', author: '', source: null, image: '/a.jpg', video: '/v.mp4', tags: ['a', null, 'b'], attachments: [{ url: '/f.pdf', size: '2048' }], extra: { ignored: true } },
      'items[0]',
      '/api',
    );
    expect(article).to.deep.equal({
      id: '12',
      title: 'T',
      image: { src: '/a.jpg' },
      video: { src: '/v.mp4' },
      tags: ['a', 'b'],
      attachments: [{ url: '/f.pdf', size: 2048 }],
    });
  });

  it('names the field of a wrong shape', () => {
    expect(shapeErrorOf({ id: 1 }).field).to.equal('items[0].title');
    expect(shapeErrorOf({ title: 'x' }).field).to.equal('items[0].id');
    expect(shapeErrorOf({ id: 1, title: 'x', author: { name: 'a' } }).field).to.equal('items[0].author');
    expect(shapeErrorOf({ id: 1, title: 'x', image: 5 }).field).to.equal('items[0].image');
    expect(shapeErrorOf({ id: 1, title: 'x', attachments: [{ name: 'no url' }] }).field).to.equal('items[0].attachments[0].url');
    expect(shapeErrorOf('just a string').kind).to.equal('shape');
    expect(shapeErrorOf(null).message).to.contain('null');
  });

  it('collects categories in order of first appearance', () => {
    const articles = [
      normalizeArticle({ id: 1, title: 'a', category: 'news' }, 'x', ''),
      normalizeArticle({ id: 2, title: 'b', category: { id: 'faq', name: 'FAQ' } }, 'x', ''),
      normalizeArticle({ id: 3, title: 'c', category: 'news' }, 'x', ''),
    ];
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
