// What a red team found past the sanitizer (issue "Hostile CMS, round two"), each reproduced:
// the page URL moving a request up the endpoint's path, retries served from the HTTP cache, a
// redirect to another origin, protocol-relative players.
import { expect, fixture } from '@open-wc/testing';
import '../../src/define.js';
import { NewsClient } from '../../src/data/client.js';
import { isDotSegment } from '../../src/data/template.js';
import { isAllowedFrame } from '../../src/security/frames.js';
import type { NewsArticle } from '../../src/elements/news-article/news-article.js';
import { failed, shadow, text } from '../helpers/elements.js';
import { json, mockFetch, rejection, type FetchMock } from '../helpers/mock-fetch.js';

let fetchMock: FetchMock | undefined;

describe('red team, round two', () => {
  afterEach(() => fetchMock?.restore());

  describe('the page URL cannot move a request one path segment up', () => {
    it('knows a dot segment in every encoding', () => {
      for (const value of ['.', '..', '%2e', '%2E%2e', '.%2E', '%252e%252e', ' .. ']) expect(isDotSegment(value), value).to.be.true;
      for (const value of ['...x', 'a..b', '1', '%2e1', '']) expect(isDotSegment(value), value).to.be.false;
    });

    it('an article id of ".." (any encoding) requests nothing and is not-found', async () => {
      fetchMock = mockFetch(() => json({ id: 1, title: 'the API root' }));
      const client = new NewsClient();
      for (const id of ['..', '%2e%2e', '.%2E', '.']) {
        const error = await rejection(client.article({ src: '/api/list', articleSrc: '/api/articles/{id}' }, 'native', id));
        expect(error.kind, id).to.equal('not-found');
      }
      // Nor through an adapter's own route (WordPress builds …/wp/v2/posts/<id>).
      expect((await rejection(client.article({ src: 'https://example.com/wp-json/' }, 'wordpress', '..'))).kind).to.equal('not-found');
      expect(fetchMock.requests).to.have.length(0);
    });

    it('a category of ".." in a path template requests nothing', async () => {
      fetchMock = mockFetch(() => json({ items: [{ id: 1, title: 'not this list' }] }));
      const error = await rejection(new NewsClient().list({ src: '/api/{category}/list.json' }, 'native', { category: '..', page: 1, pageSize: 10 }));
      expect(error.kind).to.equal('not-found');
      expect(fetchMock.requests).to.have.length(0);
    });

    it('a detail page opened with ?id=.. shows "not found", not the answer one level up', async () => {
      fetchMock = mockFetch(() => json({ id: 'root', title: 'The API index' }));
      const before = location.href;
      history.replaceState(null, '', `${location.pathname}?id=..`);
      try {
        const article = document.createElement('news-article') as NewsArticle;
        article.setAttribute('article-src', '/api/articles/{id}');
        const error = failed(article);
        document.body.append(article);
        expect((await error).detail.error.kind).to.equal('not-found');
        await article.updateComplete;
        expect(text(shadow(article, '[role="alert"]'))).to.contain('could not be found');
        expect(fetchMock.requests).to.have.length(0);
        article.remove();
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('a record whose id is ".." is left out (its link would be a dot segment)', async () => {
      fetchMock = mockFetch(() => json({ items: [{ id: '..', title: 'up' }, { id: 2, title: 'fine' }] }));
      const page = await new NewsClient().list({ src: '/api/dots' }, 'native', { category: null, page: 1, pageSize: 10 });
      expect(page.items.map((a) => a.id)).to.deep.equal(['2']);
      expect(page.skipped![0].reason).to.contain('dot segment');
    });
  });

  describe('retries skip the HTTP cache', () => {
    it('an automatic retry asks with cache: reload', async () => {
      let calls = 0;
      fetchMock = mockFetch(() => (++calls === 1 ? new Response('', { status: 503 }) : json({ items: [] })));
      await new NewsClient({ retryDelay: 1 }).request('/flaky-cache');
      expect(fetchMock.requests.map((r) => r.init?.cache)).to.deep.equal([undefined, 'reload']);
    });

    it('Retry after a 410 asks past the cache (a browser caches a 410 without freshness headers)', async () => {
      let calls = 0;
      fetchMock = mockFetch(() => (++calls === 1 ? new Response('gone', { status: 410 }) : json({ items: [{ id: 1, title: 'Back' }] })));
      const list = await fixture(`<news-list src="/api/gone-once"></news-list>`);
      await new Promise((resolve) => list.addEventListener('news-error', resolve, { once: true }));
      await (list as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const loaded = new Promise((resolve) => list.addEventListener('news-load', resolve, { once: true }));
      shadow<HTMLButtonElement>(list, '[part="retry"]')!.click();
      await loaded;
      expect(fetchMock.requests.map((r) => r.init?.cache)).to.deep.equal([undefined, 'reload']);
      expect(text(shadow(list, '.item .title'))).to.equal('Back');
    });
  });

  describe('a redirect to another origin', () => {
    const redirected = (to: string) => {
      const response = json({ items: [{ id: 1, title: 'From elsewhere' }] });
      Object.defineProperty(response, 'redirected', { value: true });
      Object.defineProperty(response, 'url', { value: to });
      return response;
    };

    it('is refused with a clear config error', async () => {
      fetchMock = mockFetch(() => redirected('https://elsewhere.example/api/news'));
      const error = await rejection(new NewsClient().list({ src: '/api/moved' }, 'native', { category: null, page: 1, pageSize: 10 }));
      expect(error.kind).to.equal('config');
      expect(error.message).to.contain('https://elsewhere.example').and.contain('redirect-origins');
    });

    it('is followed to an origin the page allows (redirect-origins), and within the same origin', async () => {
      fetchMock = mockFetch((url) => (url.pathname === '/api/same' ? redirected(`${location.origin}/api/new-place`) : redirected('https://cdn.example.com/news.json')));
      const allowed = new NewsClient({ redirectOrigins: ['https://cdn.example.com'] });
      expect((await allowed.list({ src: '/api/cdn' }, 'native', { category: null, page: 1, pageSize: 10 })).items).to.have.length(1);
      expect((await new NewsClient().list({ src: '/api/same' }, 'native', { category: null, page: 1, pageSize: 10 })).items).to.have.length(1);
    });

    it('the attribute reaches the client', async () => {
      fetchMock = mockFetch(() => redirected('https://cdn.example.com/news.json'));
      const list = await fixture(`<news-list src="/api/cdn-attr" redirect-origins="https://cdn.example.com/ https://other.example"></news-list>`);
      await new Promise((resolve) => list.addEventListener('news-load', resolve, { once: true }));
      expect(list.shadowRoot!.querySelectorAll('.item')).to.have.length(1);
    });
  });

  describe("a body's ids", () => {
    it("cannot take over the widget's own (its attachments heading), and in-body links follow them", async () => {
      fetchMock = mockFetch(() =>
        json({
          id: 1,
          title: 'Ids',
          body: '<h3 id="attachments-heading">FAKE</h3><p id="title">Not the title</p><a href="#part2">Jump</a><h2 id="part2" aria-describedby="note">Part 2</h2><p id="note">n</p>',
          attachments: [{ url: '/files/a.pdf', name: 'a.pdf' }],
        }),
      );
      const article = await fixture<NewsArticle>(`<news-article article-src="/api/ids/{id}" article-id="1"></news-article>`);
      await new Promise((resolve) => article.addEventListener('news-load', resolve, { once: true }));
      const root = article.shadowRoot!;
      const section = root.querySelector('[part="attachments"]')!;
      expect(root.getElementById(section.getAttribute('aria-labelledby')!)!.textContent).to.equal('Attachments');
      expect(root.getElementById('title')!.textContent).to.equal('Ids');
      const body = root.querySelector('[part="body"]')!;
      expect(body.querySelector('h2')!.id).to.equal('user-content-part2');
      expect(body.querySelector('a')!.getAttribute('href')).to.equal('#user-content-part2');
      expect(body.querySelector('h2')!.getAttribute('aria-describedby')).to.equal('user-content-note');
    });
  });

  describe('CSS and images in bodies', () => {
    const bodyOf = async (body: string, attributes = '') => {
      fetchMock = mockFetch(() => json({ id: 1, title: 'CSS', body, image: 'https://tracker.example/hero.jpg' }));
      const article = await fixture<NewsArticle>(`<news-article article-src="/api/css-${Math.random()}/{id}" article-id="1" ${attributes}></news-article>`);
      await new Promise((resolve) => article.addEventListener('news-load', resolve, { once: true }));
      return article;
    };
    const backgroundOf = (article: NewsArticle, selector: string) => getComputedStyle(article.shadowRoot!.querySelector(`[part="body"] ${selector}`)!).backgroundImage;

    it('a url() behind an escape and a custom property does not reach the computed style', async () => {
      const article = await bodyOf('<p class="a" style="--y:u\\72 l(data:image/png;base64,AAAA);background:var(--y)">a</p><p class="b" style="background-image:u\\72 l(javascript:alert(1))">b</p>');
      expect(backgroundOf(article, '.a')).to.equal('none');
      expect(backgroundOf(article, '.b')).to.equal('none');
    });

    it('image-set() strings are URLs under the same policy', async () => {
      const article = await bodyOf(`<p class="a" style="background-image:image-set('data:image/png;base64,AAAA' 1x)">a</p>`);
      expect(backgroundOf(article, '.a')).to.equal('none');
    });

    it('without image-hosts, any http(s) image stays (as before)', async () => {
      const article = await bodyOf('<img src="https://tracker.example/p.gif"><p class="a" style="background-image:url(https://tracker.example/bg.png)">a</p>');
      expect(article.shadowRoot!.querySelector('[part="body"] img')!.getAttribute('src')).to.equal('https://tracker.example/p.gif');
      expect(backgroundOf(article, '.a')).to.contain('tracker.example');
    });

    it('with image-hosts, <img>, srcset, <source>, CSS images and the article image keep to those hosts', async () => {
      const article = await bodyOf(
        '<img class="t" src="https://tracker.example/p.gif"><img class="ok" src="https://cdn.example.com/a.jpg" srcset="https://tracker.example/a2.jpg 2x">' +
          '<picture><source srcset="https://tracker.example/a.webp"><img src="/local.jpg"></picture>' +
          `<p class="a" style="background-image:url(https://tracker.example/bg.png)">a</p><p class="b" style="cursor:url(https://tracker.example/c.cur),auto;border-image:url(https://cdn.example.com/b.png) 30">b</p>`,
        'image-hosts="cdn.example.com"',
      );
      const body = article.shadowRoot!.querySelector('[part="body"]')!;
      expect(body.querySelector('img.t')!.hasAttribute('src')).to.be.false;
      expect(body.querySelector('img.ok')!.getAttribute('src')).to.equal('https://cdn.example.com/a.jpg');
      expect(body.querySelector('img.ok')!.hasAttribute('srcset')).to.be.false;
      expect(body.querySelector('source')!.hasAttribute('srcset')).to.be.false;
      expect(body.querySelector('picture img')!.getAttribute('src')).to.equal('/local.jpg');
      expect(backgroundOf(article, '.a')).to.equal('none');
      const b = getComputedStyle(body.querySelector('.b')!);
      expect(b.cursor).to.not.contain('tracker');
      expect(b.borderImageSource).to.contain('cdn.example.com');
      // The article's own image too.
      expect(article.shadowRoot!.querySelector('[part="image"]')).to.equal(null);
    });
  });

  describe('JSON in UTF-16 and UTF-32', () => {
    const encode = (text: string, encoding: 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be', bom: boolean) => {
      const points = [...(bom ? '\ufeff' : ''), ...text].map((c) => c.codePointAt(0)!);
      const wide = encoding.startsWith('utf-32');
      const little = encoding.endsWith('le');
      const units = wide ? points : points.flatMap((p) => (p > 0xffff ? [0xd800 + ((p - 0x10000) >> 10), 0xdc00 + ((p - 0x10000) & 0x3ff)] : [p]));
      const view = new DataView(new ArrayBuffer(units.length * (wide ? 4 : 2)));
      units.forEach((unit, i) => (wide ? view.setUint32(i * 4, unit, little) : view.setUint16(i * 2, unit, little)));
      return view.buffer;
    };

    for (const encoding of ['utf-16le', 'utf-16be', 'utf-32le', 'utf-32be'] as const) {
      for (const bom of [true, false]) {
        it(`${encoding}${bom ? ' with a BOM' : ''} is read`, async () => {
          fetchMock = mockFetch(() => new Response(encode(JSON.stringify({ items: [{ id: 1, title: '恒远 News 𝄞' }] }), encoding, bom), { headers: { 'content-type': 'application/json' } }));
          const page = await new NewsClient().list({ src: `/api/${encoding}` }, 'native', { category: null, page: 1, pageSize: 10 });
          expect(page.items[0].title).to.equal('恒远 News 𝄞');
        });
      }
    }
  });

  describe('embedded players', () => {
    it('only absolute https URLs of the video-hosts allow-list', () => {
      const hosts = ['www.youtube-nocookie.com'];
      expect(isAllowedFrame('https://www.youtube-nocookie.com/embed/x', hosts)).to.be.true;
      expect(isAllowedFrame('//www.youtube-nocookie.com/embed/x', hosts)).to.be.false;
      expect(isAllowedFrame('/embed/x', hosts)).to.be.false;
      expect(isAllowedFrame('http://www.youtube-nocookie.com/embed/x', hosts)).to.be.false;
      expect(isAllowedFrame('https://evil.example/embed/x', hosts)).to.be.false;
    });
  });
});
