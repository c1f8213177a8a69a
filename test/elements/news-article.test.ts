import { expect, fixture } from '@open-wc/testing';
import '../../src/define.js';
import '../helpers/reset.js';
import type { NewsArticle } from '../../src/elements/news-article/news-article.js';
import { json, mockFetch, until, type FetchMock } from '../helpers/mock-fetch.js';
import { failed, loaded, shadow, shadowAll, text } from '../helpers/elements.js';

let fetchMock: FetchMock;

const full = {
  id: 42,
  title: 'Hengyuan opens its Suzhou plant',
  summary: 'A new plant.',
  category: { id: 'news', name: 'News' },
  author: 'Li Wei',
  source: 'Press Office',
  publishedAt: '2026-03-14T09:30:00+08:00',
  image: { src: '/img/plant.jpg', alt: 'The new plant at dawn', width: 640, height: 360 },
  body: '<h2>Capacity</h2><p>Text with a <a href="https://example.com/report">report</a>.</p><table><tr><td>2025</td><td>120</td></tr></table><ul><li>One</li></ul><blockquote>Quote</blockquote>',
};

async function articleFixture(article: unknown, attributes = ''): Promise<NewsArticle> {
  fetchMock = mockFetch((url) => (url.pathname.startsWith('/article/') ? json(typeof article === 'function' ? article(url) : article) : new Response('', { status: 404 })));
  const element = document.createElement('news-article');
  element.setAttribute('article-src', '/article/{id}');
  element.setAttribute('article-id', '42');
  const scratch = await fixture<HTMLDivElement>(`<div><news-article ${attributes}></news-article></div>`);
  for (const { name, value } of [...scratch.querySelector('news-article')!.attributes]) element.setAttribute(name, value);
  const load = loaded(element);
  scratch.replaceChildren(element);
  await load;
  return element;
}

const metaPairs = (element: NewsArticle) =>
  shadowAll(element, '.meta > div').map((pair) => [text(pair.querySelector('dt')), text(pair.querySelector('dd'))]);

describe('<news-article>', () => {
  afterEach(() => fetchMock?.restore());

  describe('rendering', () => {
    it('shows the title as a heading and the metadata row', async () => {
      const element = await articleFixture(full);
      const title = shadow(element, '[part="title"]')!;
      expect(title.getAttribute('role')).to.equal('heading');
      expect(title.getAttribute('aria-level')).to.equal('2');
      expect(text(title)).to.equal(full.title);
      const pairs = metaPairs(element);
      expect(pairs.map(([label]) => label)).to.deep.equal(['Category:', 'Author:', 'Source:', 'Published Time:']);
      expect(pairs[0][1]).to.equal('News');
      expect(pairs[1][1]).to.equal('Li Wei');
      expect(pairs[3][1]).to.match(/March 14, 2026/);
      expect(fetchMock.requests[0].url).to.match(/\/article\/42$/);
    });

    it('lines a left-to-right title up with the page in a right-to-left one', async () => {
      const element = await articleFixture(full, 'dir="rtl" style="display:block;width:900px"');
      const title = shadow(element, '[part="title"]')!;
      const words = document.createRange();
      words.selectNodeContents(title);
      const box = title.getBoundingClientRect();
      expect(box.right - words.getBoundingClientRect().right).to.be.below(1);
      expect(words.getBoundingClientRect().left - box.left).to.be.greaterThan(100);
    });

    it('leaves out empty metadata: no label with nothing after it', async () => {
      const element = await articleFixture({ ...full, author: '', source: null, category: undefined });
      expect(metaPairs(element).map(([label]) => label)).to.deep.equal(['Published Time:']);
    });

    it('takes the heading level from heading-level', async () => {
      const element = await articleFixture(full, 'heading-level="1"');
      expect(shadow(element, '[part="title"]')!.getAttribute('aria-level')).to.equal('1');
    });

    it('shows the image with its alt text, sized to the column', async () => {
      const element = await articleFixture(full);
      const img = shadow<HTMLImageElement>(element, '[part="image"] img')!;
      expect(img.getAttribute('src')).to.equal('/img/plant.jpg');
      expect(img.alt).to.equal('The new plant at dawn');
      expect(getComputedStyle(img).maxWidth).to.equal('100%');
    });

    describe('an image the body has too: shown once', () => {
      const image = { src: 'https://cdn.example/plant.jpg', alt: 'The plant' };
      const inBody = `<img src="${image.src}" alt="">`;
      const shownAbove = (element: NewsArticle) => shadow(element, '[part="image"]') !== null;
      const inShownBody = (element: NewsArticle) => shadowAll<HTMLImageElement>(element, '[part="body"] img').filter((img) => img.getAttribute('src') === image.src).length;

      it('a body that starts with it: the body’s, not again above it', async () => {
        const element = await articleFixture({ ...full, image, body: `${inBody}<p>The plant opened.</p>` });
        expect([shownAbove(element), inShownBody(element)]).to.deep.equal([false, 1]);
      });

      it('a very long body that has it past its first screen (shown while the rest arrives): not above it either', async function () {
        this.timeout(30_000);
        // About 700 kB: far more than the first screen holds, however fast the machine.
        const paragraphs = Array.from({ length: 20_000 }, (_, i) => `<p>Paragraph ${i} of a long report.</p>`).join('');
        const element = await articleFixture({ ...full, image, body: `${paragraphs}<figure>${inBody}</figure>` });
        const body = shadow(element, '[part="body"]')!;
        expect(body.getAttribute('aria-busy'), 'shown before the body is whole').to.equal('true');
        expect(shownAbove(element)).to.equal(false);
        await until(() => !body.hasAttribute('aria-busy'), 20_000, 'the whole body');
        expect(inShownBody(element)).to.equal(1);
      });

      it('a body that has it only where it never shows (in <noscript>): shown above it', async () => {
        const element = await articleFixture({ ...full, image, body: `<p>The plant opened.</p><noscript>${inBody}</noscript>` });
        expect([shownAbove(element), inShownBody(element)]).to.deep.equal([true, 0]);
      });
    });

    it('styles the body: headings, lists, quotes, and tables in a region that scrolls sideways', async () => {
      const element = await articleFixture(full);
      const body = shadow(element, '[part="body"]')!;
      expect(body.querySelector('h2')).to.exist;
      expect(getComputedStyle(body.querySelector('ul')!).listStyleType).to.equal('disc');
      expect(getComputedStyle(body.querySelector('blockquote')!).borderInlineStartWidth).to.equal('4px');
      const region = body.querySelector('.table-scroll')!;
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('tabindex')).to.equal('0');
      expect(region.querySelector('table')).to.exist;
      expect(getComputedStyle(region).overflowX).to.equal('auto');
    });

    it('keeps a wide table and a long word inside a narrow column', async () => {
      const wide = `<table><tr>${'<td>Quarterly revenue by region</td>'.repeat(12)}</tr></table><p>${'HY-ALPHA-PROCESSCONTROLLER-SERIES-7700-XL'.repeat(4)}</p>`;
      const element = await articleFixture({ ...full, body: wide });
      // A one-column grid, as portals lay out a phone screen: the column must not grow to the table.
      const grid = document.createElement('div');
      grid.style.cssText = 'display: grid; grid-template-columns: 1fr; width: 280px';
      element.replaceWith(grid);
      grid.append(element);
      await element.updateComplete;
      const body = shadow(element, '[part="body"]')!;
      expect(element.getBoundingClientRect().width).to.equal(280);
      expect(body.scrollWidth).to.be.at.most(280);
      const region = body.querySelector<HTMLElement>('.table-scroll')!;
      expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    });

    it('shows a video with its poster, and attachments with type and size', async () => {
      const element = await articleFixture({
        ...full,
        video: { src: '/media/film.webm', poster: '/img/poster.jpg' },
        attachments: [{ url: '/media/catalogue.pdf', name: 'Catalogue 2026', size: 1_234_567, type: 'application/pdf' }, { url: '/media/spec.docx' }],
      });
      const video = shadow<HTMLVideoElement>(element, 'video')!;
      expect(video.getAttribute('src')).to.equal('/media/film.webm');
      expect(video.getAttribute('poster')).to.equal('/img/poster.jpg');
      expect(video.controls).to.be.true;
      const items = shadowAll(element, '[part="attachments"] li');
      expect(text(items[0])).to.equal('Catalogue 2026 PDF · 1.2 MB');
      expect(items[0].querySelector('a')!.getAttribute('aria-label')).to.equal('Download Catalogue 2026 (PDF · 1.2 MB)');
      expect(text(items[1])).to.equal('spec.docx DOCX');
    });

    it('accepts { item: Article } answers', async () => {
      const element = await articleFixture({ item: full });
      expect(text(shadow(element, '[part="title"]'))).to.equal(full.title);
    });

    it('speaks the locale of its nearest lang ancestor', async () => {
      const element = await articleFixture(full);
      const wrapper = document.createElement('div');
      wrapper.lang = 'zh-CN';
      element.replaceWith(wrapper);
      wrapper.append(element);
      element.requestUpdate();
      // Chinese strings are a module of their own, loaded when an element first speaks it.
      const labels = () => metaPairs(element).map(([label]) => label).join('|');
      await until(() => labels() === '分类：|作者：|来源：|发布时间：' /* full-width colons */, 3000, 'the Chinese labels');
      wrapper.remove();
    });
  });

  describe('hostile content', () => {
    it('sanitizes the body: no script, no handlers, no javascript: or data: URLs', async () => {
      const element = await articleFixture({
        ...full,
        body: `<p onclick="window.__pwned=1">Hi</p><script>window.__pwned=2</script><img src=x onerror="window.__pwned=3">
          <a href="javascript:window.__pwned=4">x</a><a href="data:text/html,<script>1</script>">d</a><img src="data:image/svg+xml,<svg onload=alert(1)>">
          <iframe src="https://evil.example"></iframe><form action="https://evil.example"><input name=p></form><style>*{display:none}</style>
          <div style="position:fixed;inset:0;z-index:99999;color:red">overlay</div><a href="https://example.com" target="_blank">ext</a>`,
      });
      await new Promise((r) => setTimeout(r, 50));
      const body = shadow(element, '[part="body"]')!;
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(body.querySelectorAll('script, iframe, form, input, style')).to.have.length(0);
      for (const node of body.querySelectorAll('*')) {
        for (const attribute of node.attributes) expect(attribute.name).not.to.match(/^on/);
      }
      const hrefs = [...body.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal([null, null, 'https://example.com']);
      expect(body.querySelector('a[target]')!.getAttribute('rel')).to.equal('noopener noreferrer');
      expect([...body.querySelectorAll('img')].map((img) => img.getAttribute('src')).filter((src) => src?.startsWith('data:'))).to.deep.equal([]);
      const overlay = [...body.querySelectorAll<HTMLElement>('div')].find((div) => div.textContent === 'overlay')!;
      expect(getComputedStyle(overlay).position).to.equal('static');
      expect(overlay.style.color).to.equal('red');
    });

    it('shows markup in text fields as text, and drops dangerous media and link URLs', async () => {
      const element = await articleFixture({
        ...full,
        title: '<img src=x onerror=alert(1)>',
        author: '<b>bold</b>',
        image: 'javascript:alert(1)',
        video: { src: 'data:video/webm;base64,AAAA' },
        attachments: [{ url: 'javascript:alert(1)', name: 'evil' }],
      });
      expect(text(shadow(element, '[part="title"]'))).to.equal('<img src=x onerror=alert(1)>');
      expect(metaPairs(element)[1][1]).to.equal('<b>bold</b>');
      expect(shadow(element, '[part="image"]')).to.equal(null);
      expect(shadow(element, 'video')).to.equal(null);
      expect(shadow(element, '[part="attachments"]')).to.equal(null);
    });
  });

  describe('states', () => {
    it('shows not found for an unknown id, with news-error', async () => {
      fetchMock = mockFetch(() => json([{ id: 1, title: 'Only one' }]));
      const element = document.createElement('news-article');
      element.setAttribute('src', '/file.json');
      element.setAttribute('article-id', 'missing');
      const error = failed(element);
      document.body.append(element);
      try {
        expect((await error).detail.error.kind).to.equal('not-found');
        await element.updateComplete;
        expect(text(shadow(element, '[role="alert"]'))).to.contain('could not be found');
      } finally {
        element.remove();
      }
    });

    it('shows an HTTP error and recovers with retry', async () => {
      let healthy = false;
      fetchMock = mockFetch(() => (healthy ? json(full) : new Response('', { status: 500 })));
      const element = document.createElement('news-article');
      element.setAttribute('article-src', '/a/{id}');
      element.setAttribute('retries', '0');
      element.setAttribute('article-id', '42');
      const error = failed(element);
      document.body.append(element);
      try {
        await error;
        await element.updateComplete;
        healthy = true;
        const load = loaded(element);
        shadow<HTMLButtonElement>(element, '[part="retry"]')!.click();
        await load;
        expect(text(shadow(element, '[part="title"]'))).to.equal(full.title);
      } finally {
        element.remove();
      }
    });

    it('is busy while loading', async () => {
      fetchMock = mockFetch(() => new Promise<Response>(() => {}));
      const element = await fixture<NewsArticle>(`<news-article article-src="/never/{id}" article-id="1"></news-article>`);
      await element.updateComplete;
      expect(shadow(element, '[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
      expect(text(shadow(element, '[role="status"]'))).to.equal('Loading…');
    });

    it('reads the article id from the page URL when it has no article-id', async () => {
      const before = location.href;
      history.replaceState(null, '', `${location.pathname}?story=42`);
      try {
        fetchMock = mockFetch(() => json(full));
        const element = document.createElement('news-article');
        element.setAttribute('article-src', '/url/{id}');
        element.setAttribute('url-param', 'story');
        const load = loaded(element);
        document.body.append(element);
        await load;
        expect(fetchMock.requests[0].url).to.contain('/url/42');
        element.remove();
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('says that no article is chosen when it has no id at all', async () => {
      fetchMock = mockFetch(() => json(full));
      const element = await fixture<NewsArticle>(`<news-article article-src="/none/{id}"></news-article>`);
      expect(text(shadow(element, '[part="empty"]'))).to.equal('No article is selected.');
      expect(fetchMock.requests).to.have.length(0);
    });
  });
});
