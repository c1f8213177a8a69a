// What the elements do with records the data layer could only partly read: a localized
// "Untitled" for an article without a title, and `skipped` (with one console warning per answer)
// for records left out.
import { expect, fixture } from '@open-wc/testing';
import '../../src/define.js';
import '../helpers/reset.js';
import type { NewsArticle } from '../../src/elements/news-article/news-article.js';
import type { NewsList } from '../../src/elements/news-list/news-list.js';
import { json, mockFetch, until, type FetchMock } from '../helpers/mock-fetch.js';
import { keepPage, loaded, shadow, shadowAll, text } from '../helpers/elements.js';

let fetchMock: FetchMock | undefined;

/** A list on an endpoint that answers `answer` (or what `answer` makes of the request URL); a second list in one test takes a `src` of its own. */
async function listOf(answer: unknown, attributes: Record<string, string> = {}): Promise<{ list: NewsList; detail: { skipped: unknown } }> {
  fetchMock = mockFetch((url) => json(typeof answer === 'function' ? answer(url) : answer));
  const list = document.createElement('news-list');
  list.setAttribute('src', '/records');
  for (const [name, value] of Object.entries(attributes)) list.setAttribute(name, value);
  const load = loaded(list);
  await fixture(list);
  const { detail } = await load;
  return { list, detail: detail as { skipped: unknown } };
}

const titles = (list: NewsList) => shadowAll(list, '.item .title').map(text);

describe('records the data layer could only partly read', () => {
  afterEach(() => {
    fetchMock?.restore();
    fetchMock = undefined;
  });

  describe('an article without a title', () => {
    // A record with a link or an image but no title, summary or body: kept, its title ''.
    const untitled = { items: [{ id: 1, title: '', url: 'https://example.com/1' }, { id: 2, title: 'Named' }, { id: 3, title: '  ', image: '/img/3.jpg' }] };

    it('is "Untitled" in a list row, as the link’s text', async () => {
      const { list } = await listOf(untitled);
      expect(titles(list)).to.deep.equal(['Untitled', 'Named', 'Untitled']);
      expect(text(shadow(list, '.item a'))).to.equal('Untitled');
      await expect(list).to.be.accessible();
    });

    it('in the locale, or as the strings property has it', async () => {
      expect(titles((await listOf(untitled, { lang: 'zh-CN', src: '/records-zh' })).list)[0]).to.equal('无标题');
      expect(titles((await listOf(untitled, { lang: 'ar', src: '/records-ar' })).list)[0]).to.equal('بدون عنوان');
      const { list } = await listOf(untitled);
      list.strings = { untitled: 'No headline' };
      await list.updateComplete;
      expect(titles(list)[0]).to.equal('No headline');
    });

    /** An article element with a fixed id whose `article-src` answers `article` (a second one in a test takes an `article-src` of its own). */
    async function articleOf(article: unknown, attributes: Record<string, string> = {}): Promise<NewsArticle> {
      fetchMock = mockFetch(() => json(article));
      const element = document.createElement('news-article');
      element.setAttribute('article-src', '/records-article/{id}');
      element.setAttribute('article-id', '7');
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      const load = loaded(element);
      await fixture(element);
      await load;
      return element;
    }

    it('is "Untitled" in the article’s heading and the video player’s label', async () => {
      const element = await articleOf({ id: 7, title: '', video: { src: '/media/film.webm' } });
      expect(text(shadow(element, '[part="title"]'))).to.equal('Untitled');
      expect(shadow(element, 'video')!.getAttribute('aria-label')).to.equal('Video: Untitled');
      const zh = await articleOf({ id: 7, title: '', video: 'https://www.youtube-nocookie.com/embed/abc' }, { lang: 'zh-CN', 'video-hosts': 'www.youtube-nocookie.com', 'article-src': '/records-article-zh/{id}' });
      expect(text(shadow(zh, '[part="title"]'))).to.equal('无标题');
      expect(shadow(zh, 'iframe')!.getAttribute('title')).to.equal('视频: 无标题');
    });

    it('is "Untitled" in the previous/next links of master–detail', async () => {
      const restore = keepPage();
      try {
        const file = '/records-file.json';
        fetchMock = mockFetch(() =>
          json([
            { id: 1, title: '', url: 'https://example.com/1', category: 'news' },
            { id: 2, title: 'Second', category: 'news' },
            { id: 3, title: '', image: '/img/3.jpg', category: 'news' },
          ]),
        );
        const container = await fixture<HTMLDivElement>(`<div><news-list src="${file}"></news-list><news-article src="${file}"></news-article></div>`);
        const list = container.querySelector('news-list')!;
        const article = container.querySelector('news-article')!;
        await until(() => shadowAll(list, '.item').length === 3, 3000, 'the list');
        const load = loaded(article);
        shadowAll<HTMLAnchorElement>(list, '.item a')[1].click();
        await load;
        expect(text(shadow(article, '[part="title"]'))).to.equal('Second');
        expect(shadowAll(article, '[part="sequence"] a').map(text)).to.deep.equal(['Untitled', 'Untitled']);
      } finally {
        restore();
      }
    });
  });

  describe('records left out', () => {
    let warnings: string[];
    const realWarn = console.warn;
    beforeEach(() => {
      warnings = [];
      console.warn = (...args: unknown[]) => {
        warnings.push(args.map(String).join(' '));
      };
    });
    afterEach(() => {
      console.warn = realWarn;
    });
    const listWarnings = () => warnings.filter((warning) => warning.startsWith('news-list:'));

    const dirty = { items: [{ id: 1, title: 'First' }, { title: 'No id' }, 'junk', { id: 4, title: 'Fourth' }], total: 4 };

    it('are named in news-load’s skipped, and the rest is shown', async () => {
      const { list, detail } = await listOf(dirty);
      expect(titles(list)).to.deep.equal(['First', 'Fourth']);
      expect(detail.skipped).to.deep.equal([
        { index: 1, reason: 'no id' },
        { index: 2, reason: 'string, not an article' },
      ]);
    });

    it('skipped is an empty array when nothing was left out', async () => {
      const { detail } = await listOf({ items: [{ id: 1, title: 'Clean' }] });
      expect(detail.skipped).to.deep.equal([]);
      expect(listWarnings()).to.deep.equal([]);
    });

    it('one console warning per answer, with the count and the first reasons', async () => {
      const { list } = await listOf(dirty);
      expect(listWarnings()).to.have.length(1);
      expect(listWarnings()[0]).to.match(/^news-list: 2 records of the answer from \/records left out: \[1\] no id; \[2\] string, not an article$/);
      // Rendered again (a new language): no second warning.
      list.setAttribute('lang', 'zh-CN');
      await list.updateComplete;
      list.requestUpdate();
      await list.updateComplete;
      expect(listWarnings()).to.have.length(1);
    });

    it('names the first three reasons, then how many more', async () => {
      const { detail } = await listOf({ items: [null, 1, [], { id: 4 }, { id: 5, title: 'Kept' }, {}] });
      expect((detail.skipped as unknown[]).length).to.equal(5);
      expect(listWarnings()).to.have.length(1);
      expect(listWarnings()[0]).to.match(/: \[0\] [^;]+; \[1\] [^;]+; \[2\] [^;]+; and 2 more$/);
    });

    it('a whole-file export warns once, however many of its pages are shown', async () => {
      const records = [
        ...Array.from({ length: 25 }, (_, i) => ({ id: i + 1, title: `Article ${i + 1}` })),
        { title: 'no id' },
      ];
      const { list } = await listOf(records, { 'page-size': '10' });
      expect(listWarnings()).to.have.length(1);
      for (const page of [2, 3, 1]) {
        const load = loaded(list);
        list.page = page;
        const { detail } = await load;
        expect(detail.kind === 'list' && detail.skipped).to.deep.equal([{ index: 25, reason: 'no id' }]);
      }
      expect(listWarnings()).to.have.length(1);
    });

    it('a page of a paged endpoint shown again from the cache does not warn again; another page with its own bad records does', async () => {
      const { list } = await listOf((url: URL) => ({ items: [{ id: `${url.searchParams.get('page')}-1`, title: 'Good' }, { title: 'no id' }], total: 30 }));
      expect(listWarnings()).to.have.length(1);
      let load = loaded(list);
      list.page = 2;
      await load;
      expect(listWarnings()).to.have.length(2);
      load = loaded(list);
      list.page = 1;
      await load;
      expect(listWarnings()).to.have.length(2);
    });
  });
});
