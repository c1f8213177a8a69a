// Headings follow the page: with no heading-level, the list's titles, the article's title and its
// attachments heading sit one level below the nearest heading before the element, so a page
// with an <h1> above the widgets has no skipped level (axe's heading-order).
import { expect, fixture } from '@open-wc/testing';
import '../../src/define.js';
import '../helpers/reset.js';
import { levelBelowHeadingBefore } from '../../src/elements/news-element.js';
import type { NewsArticle } from '../../src/elements/news-article/news-article.js';
import type { NewsList } from '../../src/elements/news-list/news-list.js';
import { json, makeArticles, mockFetch, until, type FetchMock } from '../helpers/mock-fetch.js';
import { loaded, shadow, shadowAll } from '../helpers/elements.js';

let fetchMock: FetchMock | undefined;

const withAttachments = {
  id: 'a1',
  title: 'Suzhou plant opens',
  category: 'news',
  publishedAt: '2026-03-14T09:30:00+08:00',
  body: '<p>The plant opened on Thursday.</p>',
  attachments: [{ url: '/media/brochure.pdf', name: 'Brochure', size: 2048, type: 'application/pdf' }],
};

/** `markup` in a fixture; resolves once each `news-list` and `news-article` in it has loaded. */
async function page(markup: string): Promise<HTMLElement> {
  fetchMock = mockFetch((url) => (url.pathname.startsWith('/article/') ? json(withAttachments) : json({ items: makeArticles(3), total: 3 })));
  const template = document.createElement('template');
  template.innerHTML = markup;
  const elements = [...template.content.querySelectorAll('news-list, news-article')];
  const container = await fixture<HTMLElement>('<div></div>');
  const loads = elements.map((element) => loaded(element as HTMLElement));
  container.append(template.content);
  await Promise.all(loads);
  return container;
}

const titleLevels = (list: Element) => shadowAll(list, '.item [role="heading"]').map((title) => title.getAttribute('aria-level'));
const articleLevels = (article: Element) => [shadow(article, '[part="title"]')!, shadow(article, '.attachments [role="heading"]')!].map((h) => h.getAttribute('aria-level'));

interface AxeResults {
  violations: { id: string }[];
}
/** axe's heading-order alone (axe is on the page once `accessible()` has run). */
async function headingOrderViolations(element: Element): Promise<string[]> {
  const { axe } = window as unknown as { axe: { run(context: Element, options: object): Promise<AxeResults> } };
  const results = await axe.run(element, { runOnly: ['heading-order'], resultTypes: ['violations'] });
  return results.violations.map((violation) => violation.id);
}

describe('headings follow the page', () => {
  afterEach(() => fetchMock?.restore());

  describe('the level below the heading before an element', () => {
    const levelIn = async (markup: string) => {
      const container = await fixture<HTMLElement>(`<div>${markup}</div>`);
      return levelBelowHeadingBefore(container.querySelector('#here')!);
    };

    it('is 2 under an <h1>, 3 under an <h2>, at most 6', async () => {
      expect(await levelIn('<h1>News</h1><span id="here"></span>')).to.equal(2);
      expect(await levelIn('<h1>Site</h1><h2>News</h2><span id="here"></span>')).to.equal(3);
      expect(await levelIn('<h6>Deep</h6><span id="here"></span>')).to.equal(6);
    });

    it('takes the nearest heading before, inside previous siblings and their contents, up the ancestors', async () => {
      expect(await levelIn('<header><div class="banner"><h1>News Centre</h1></div></header><main><div><span id="here"></span></div></main>')).to.equal(2);
      expect(await levelIn('<h1>Site</h1><section><h2>Latest</h2><div><span id="here"></span></div></section>')).to.equal(3);
      // A section of its own with no heading: the page's <h1> above it.
      expect(await levelIn('<h1>Site</h1><section><span id="here"></span></section><h2>After</h2>')).to.equal(2);
      // Headings after the element, or in a sibling section already closed, do not count.
      expect(await levelIn('<h1>Site</h1><section><h2>First</h2><h3>Sub</h3></section><section><span id="here"></span><h2>Later</h2></section>')).to.equal(4);
    });

    it('reads role="heading" with aria-level, and aria-level over the tag', async () => {
      expect(await levelIn('<div role="heading" aria-level="3">News</div><span id="here"></span>')).to.equal(4);
      expect(await levelIn('<h2 aria-level="4">News</h2><span id="here"></span>')).to.equal(5);
      expect(await levelIn('<h1>Site</h1><h2 role="presentation">Not a heading</h2><span id="here"></span>')).to.equal(2);
      expect(await levelIn('<h1>Site</h1><h2 hidden>Hidden</h2><span id="here"></span>')).to.equal(2);
    });

    it('is undefined with no heading before', async () => {
      expect(await levelIn('<span id="here"></span><h1>After</h1>')).to.equal(undefined);
    });

    it('crosses shadow roots to their hosts', async () => {
      const container = await fixture<HTMLElement>('<div><h1>Portal</h1><div id="host"></div></div>');
      const root = container.querySelector('#host')!.attachShadow({ mode: 'open' });
      root.innerHTML = '<div><span id="here"></span></div>';
      expect(levelBelowHeadingBefore(root.querySelector('#here')!)).to.equal(2);
      root.innerHTML = '<h2>Widget</h2><div><span id="here"></span></div>';
      expect(levelBelowHeadingBefore(root.querySelector('#here')!)).to.equal(3);
    });
  });

  describe('the elements', () => {
    it('under an <h1>, the list titles are level 2 and the article title 2 with its attachments at 3', async () => {
      const container = await page(`<h1>News Centre</h1>
        <news-list src="/api/h"></news-list>
        <news-article article-src="/article/{id}" article-id="a1"></news-article>`);
      expect(titleLevels(container.querySelector('news-list')!)).to.deep.equal(['2', '2', '2']);
      expect(articleLevels(container.querySelector('news-article')!)).to.deep.equal(['2', '3']);
    });

    it('under an <h2> inside a section, level 3 (and the attachments 4)', async () => {
      const container = await page(`<h1>Site</h1>
        <section><h2>Latest news</h2><div><news-list src="/api/h"></news-list></div></section>
        <section><h2>Featured</h2><news-article article-src="/article/{id}" article-id="a1"></news-article></section>`);
      expect(titleLevels(container.querySelector('news-list')!)).to.deep.equal(['3', '3', '3']);
      expect(articleLevels(container.querySelector('news-article')!)).to.deep.equal(['3', '4']);
    });

    it('with no heading before them, the defaults: list titles 3, article title 2', async () => {
      const container = await page(`<news-list src="/api/h"></news-list><news-article article-src="/article/{id}" article-id="a1"></news-article>`);
      expect(titleLevels(container.querySelector('news-list')!)).to.deep.equal(['3', '3', '3']);
      expect(articleLevels(container.querySelector('news-article')!)).to.deep.equal(['2', '3']);
    });

    it('heading-level still wins, and without it the page decides again', async () => {
      const container = await page(`<h1>News Centre</h1>
        <news-list src="/api/h" heading-level="4"></news-list>
        <news-article article-src="/article/{id}" article-id="a1" heading-level="1"></news-article>`);
      const list = container.querySelector<NewsList>('news-list')!;
      const article = container.querySelector<NewsArticle>('news-article')!;
      expect(titleLevels(list)).to.deep.equal(['4', '4', '4']);
      expect(articleLevels(article)).to.deep.equal(['1', '2']);
      list.removeAttribute('heading-level');
      article.headingLevel = 6;
      await Promise.all([list.updateComplete, article.updateComplete]);
      expect(titleLevels(list)).to.deep.equal(['2', '2', '2']);
      // The attachments heading cannot go below 6.
      expect(articleLevels(article)).to.deep.equal(['6', '6']);
    });

    it('reads the page on connecting, not on every render', async () => {
      const container = await page(`<h1>News Centre</h1><news-list src="/api/h"></news-list>`);
      const list = container.querySelector<NewsList>('news-list')!;
      container.querySelector('h1')!.outerHTML = '<h3>Now a third level</h3>';
      list.requestUpdate();
      await list.updateComplete;
      expect(titleLevels(list)).to.deep.equal(['2', '2', '2']);
      // Moved (disconnected and connected again), it reads the page anew.
      container.append(list);
      await until(() => titleLevels(list)[0] === '4', 3000, 'level 4 after the move');
    });
  });

  describe('axe', () => {
    it('reports no heading-order on a page with an <h1> above the widgets (list, then article)', async () => {
      fetchMock = mockFetch((url) =>
        url.pathname.includes('categories')
          ? json([{ id: 'news', name: 'News' }, { id: 'faq', name: 'FAQ' }])
          : json({ items: [withAttachments, ...makeArticles(5).slice(1)], total: 5 }),
      );
      const container = await fixture<HTMLElement>(`<div>
          <header><h1>News Centre</h1><p>Company news.</p></header>
          <main>
            <news-tabs src="/api/axe" categories-src="/api/categories"></news-tabs>
            <news-list src="/api/axe"></news-list>
            <news-article src="/api/axe"></news-article>
          </main>
          <aside><h2>Press contact</h2><p>press@example.com</p></aside>
        </div>`);
      const list = container.querySelector<NewsList>('news-list')!;
      const article = container.querySelector<NewsArticle>('news-article')!;
      await until(() => shadowAll(list, '.item').length === 5, 3000, 'the list');
      await expect(container).to.be.accessible();
      expect(await headingOrderViolations(container)).to.deep.equal([]);

      // Master–detail: the article replaces the list.
      const opened = loaded(article);
      shadow<HTMLAnchorElement>(list, '.item a')!.click();
      await opened;
      await until(() => shadow(article, '.attachments'), 3000, 'the attachments');
      expect(articleLevels(article)).to.deep.equal(['2', '3']);
      await expect(container).to.be.accessible();
      expect(await headingOrderViolations(container)).to.deep.equal([]);
    });

    it('would report it for titles a level too deep (the check can fail)', async () => {
      const container = await page(`<h1>News Centre</h1><news-list src="/api/h" heading-level="3"></news-list>`);
      await expect(container).to.be.accessible({ ignoredRules: ['heading-order'] });
      expect(await headingOrderViolations(container)).to.deep.equal(['heading-order']);
    });
  });
});
