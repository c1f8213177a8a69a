import { expect, fixture } from '@open-wc/testing';
import '../../src/define.js';
import '../helpers/reset.js';
import type { Category } from '../../src/data/model.js';
import { orderCategories } from '../../src/data/pipeline.js';
import type { NewsTabs } from '../../src/elements/news-tabs/news-tabs.js';
import { loaded, shadowAll, text } from '../helpers/elements.js';
import { json, mockFetch, type FetchMock } from '../helpers/mock-fetch.js';

const ids = (categories: Category[]) => categories.map(({ id }) => id);

// As a source gives them (WordPress: by name, ties by id), a child before its parent, a grandchild.
const source: Category[] = [
  { id: 'introduction', name: 'Introduction' },
  { id: 'lab', name: 'Lab', parent: 'r-d' },
  { id: 'news', name: 'News' },
  { id: 'product-management', name: 'Product Management' },
  { id: 'r-d', name: 'R&D', parent: 'product-management' },
  { id: 'archive', name: 'Archive', parent: 'news' },
];

describe('orderCategories', () => {
  it('keeps the source’s order, each child right after its parent (at any depth)', () => {
    expect(ids(orderCategories(source))).to.deep.equal(['introduction', 'news', 'archive', 'product-management', 'r-d', 'lab']);
  });

  it('puts the categories the page names first, in its order, the others after them', () => {
    expect(ids(orderCategories(source, ['product-management', 'news']))).to.deep.equal(['product-management', 'r-d', 'lab', 'news', 'archive', 'introduction']);
  });

  it('ranks a named child among its siblings only; an unknown id changes nothing', () => {
    const siblings: Category[] = [
      { id: 'pm', name: 'PM' },
      { id: 'a', name: 'A', parent: 'pm' },
      { id: 'b', name: 'B', parent: 'pm' },
    ];
    expect(ids(orderCategories(siblings, ['b', 'nowhere']))).to.deep.equal(['pm', 'b', 'a']);
  });

  it('gives the same order whatever order the answer came in, once the source sorts (by name, then id)', () => {
    const byName = (list: Category[]) => [...list].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id));
    const shuffled = [source[3], source[0], source[5], source[2], source[4], source[1]];
    expect(ids(orderCategories(byName(shuffled), ['news']))).to.deep.equal(ids(orderCategories(byName(source), ['news'])));
  });

  it('keeps every category: an unknown parent makes a top-level one, a loop is kept in order', () => {
    const odd: Category[] = [
      { id: 'x', name: 'X', parent: 'y' },
      { id: 'y', name: 'Y', parent: 'x' },
      { id: 'orphan', name: 'Orphan', parent: 'gone' },
      { id: 'self', name: 'Self', parent: 'self' },
    ];
    expect(ids(orderCategories(odd))).to.deep.equal(['orphan', 'self', 'x', 'y']);
  });
});

describe('<news-tabs category-order>', () => {
  let fetchMock: FetchMock;
  afterEach(() => fetchMock?.restore());

  async function tabs(attributes: string): Promise<NewsTabs> {
    const element = await fixture<NewsTabs>(`<news-tabs group="order" categories-src="/order.json" ${attributes}></news-tabs>`);
    await loaded(element);
    return element;
  }
  const names = (element: NewsTabs) => shadowAll(element, '[role="tab"]').map(text);

  it('shows the tabs in the page’s order, children after their parents (part tab-child)', async () => {
    fetchMock = mockFetch(() => json(source));
    const element = await tabs('category-order="product-management news introduction"');
    expect(names(element)).to.deep.equal(['All', 'Product Management', 'R&D', 'Lab', 'News', 'Archive', 'Introduction']);
    expect(shadowAll(element, '[part~="tab-child"]').map(text)).to.deep.equal(['R&D', 'Lab', 'Archive']);
  });

  it('follows a change of the attribute; no-all starts with the first of that order', async () => {
    fetchMock = mockFetch(() => json(source));
    const element = await tabs('no-all category-order="news"');
    expect(names(element)[0]).to.equal('News');
    expect(shadowAll(element, '[role="tab"]')[0].getAttribute('aria-selected')).to.equal('true');
    element.categoryOrder = 'introduction, news';
    await loaded(element);
    expect(names(element).slice(0, 3)).to.deep.equal(['Introduction', 'News', 'Archive']);
  });
});
