import { expect, fixture } from '@open-wc/testing';
import '../../../src/define.js';
import { valueAt } from '../../../src/data/adapters/mapping.js';
import { NewsClient } from '../../../src/data/client.js';
import { json, mockFetch, until, type FetchMock, rejection } from '../../helpers/mock-fetch.js';

let fetchMock: FetchMock | undefined;
const mapping = { items: 'data.list', total: 'data.count', id: 'newsId', title: 'name', publishedAt: 'pubDate', category: 'column.code', image: 'cover.url', body: 'content.html' };
const answer = {
  code: 0,
  data: {
    count: 31,
    list: [
      { newsId: 7, name: 'Mapped title', pubDate: '2026-01-02 09:00', column: { code: 'news' }, cover: { url: '/img/7.jpg' }, content: { html: '<p>Hi</p>' }, author: 'Li' },
      { newsId: 8, name: 'Second', pubDate: '2026-01-01', column: { code: 'faq' } },
    ],
  },
};


describe('mapping adapter', () => {
  afterEach(() => fetchMock?.restore());

  it('reads any JSON through field paths; unnamed fields under their own names', async () => {
    fetchMock = mockFetch(() => json(answer));
    const page = await new NewsClient().list({ src: '/api/cms', mapping }, 'mapping', { category: 'news', page: 2, pageSize: 10 });
    expect(page.total).to.equal(31);
    expect(page.hasNext).to.be.true;
    expect(page.items[0]).to.deep.equal({ id: '7', title: 'Mapped title', publishedAt: '2026-01-02T09:00:00', category: 'news', image: { src: '/img/7.jpg' }, body: '<p>Hi</p>', author: 'Li' });
    expect(fetchMock.requests[0].url).to.match(/\/api\/cms\?category=news&page=2&pageSize=10$/);
  });

  it('never walks into __proto__, constructor or prototype', () => {
    expect(valueAt({ a: { b: 1 } }, 'a.b')).to.equal(1);
    expect(valueAt({ a: [10, 20] }, 'a.1')).to.equal(20);
    expect(valueAt({}, '__proto__')).to.equal(undefined);
    expect(valueAt({}, 'constructor.name')).to.equal(undefined);
    expect(valueAt({ a: {} }, 'a.__proto__.polluted')).to.equal(undefined);
    expect(valueAt({ a: 1 }, 'toString')).to.equal(undefined);
  });

  it('names the mapped path that is wrong', async () => {
    fetchMock = mockFetch(() => json({ data: { list: 'nope' } }));
    const error = await rejection(new NewsClient().list({ src: '/api/x', mapping }, 'mapping', { category: null, page: 1, pageSize: 10 }));
    expect(error.kind).to.equal('shape');
    expect(error.field).to.equal('data.list');
  });

  it('names the article field that is wrong, at its mapped place', async () => {
    fetchMock = mockFetch(() => json({ data: { list: [{ newsId: 1, name: { zh: '标题' } }] } }));
    const error = await rejection(new NewsClient().list({ src: '/api/y', mapping }, 'mapping', { category: null, page: 1, pageSize: 10 }));
    // Its only record has nothing to show once the title of the wrong type is dropped.
    expect(error.field).to.equal('[0]');
    expect(error.message).to.contain('nothing to show');
  });

  it('works from the mapping attribute on the page', async () => {
    fetchMock = mockFetch(() => json(answer));
    const list = await fixture<HTMLElement>(`<news-list adapter="mapping" src="/api/attr" mapping='${JSON.stringify(mapping)}'></news-list>`);
    await until(() => list.shadowRoot!.querySelectorAll('.item .title').length === 2, 2000, 'mapped items');
    expect(list.shadowRoot!.querySelector('.item .title')!.textContent!.trim()).to.equal('Mapped title');
  });
});
