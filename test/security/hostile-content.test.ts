// Hostile content: DOMPurify's public test vectors through the article body, and hostile values
// in every field of the list and the article. Nothing may run, and no handler attribute or
// dangerous URL may reach the DOM.
import { expect, fixture, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { NewsArticle } from '../../src/elements/news-article/news-article.js';
import { json, mockFetch, until, type FetchMock } from '../helpers/mock-fetch.js';
import { loaded, shadow, shadowAll, text } from '../helpers/elements.js';

interface Vector {
  title: string;
  payload: string;
}

const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'poster', 'background', 'cite', 'data', 'codebase', 'srcdoc', 'srcset', 'dynsrc', 'lowsrc'];
const DANGEROUS_URL = /^[\s\u0000-\u001f]*(j[\s\u0000-\u001f]*a[\s\u0000-\u001f]*v[\s\u0000-\u001f]*a[\s\u0000-\u001f]*s[\s\u0000-\u001f]*c[\s\u0000-\u001f]*r[\s\u0000-\u001f]*i[\s\u0000-\u001f]*p[\s\u0000-\u001f]*t|vbscript|data|blob):/i;
// (Buttons are ours: the tab bar, pagination and retry.)
const FORBIDDEN_ELEMENTS = 'script, iframe, frame, frameset, object, embed, applet, form, input, textarea, select, base, meta, link, style, template, noscript';

/** Everything that would be a way to run code, found under `root` (shadow roots included). */
function dangers(root: ParentNode): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.matches(FORBIDDEN_ELEMENTS)) found.push(`<${element.localName}>`);
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) found.push(`${element.localName}[${attribute.name}]`);
      if (URL_ATTRIBUTES.includes(attribute.name.toLowerCase()) && DANGEROUS_URL.test(attribute.value)) {
        found.push(`${element.localName}[${attribute.name}=${attribute.value.slice(0, 40)}]`);
      }
      if (attribute.name === 'style' && /javascript:|expression\(|behavior:/i.test(attribute.value)) found.push(`${element.localName}[style]`);
    }
    if (element.shadowRoot) found.push(...dangers(element.shadowRoot));
  }
  return found;
}

let fetchMock: FetchMock;
const ran: string[] = [];
const originals = { alert: window.alert, confirm: window.confirm, prompt: window.prompt, print: window.print };

describe('hostile content', () => {
  before(() => {
    for (const name of Object.keys(originals) as (keyof typeof originals)[]) {
      (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
        ran.push(`${name}(${args.join(',')})`);
        return null;
      };
    }
  });
  after(() => Object.assign(window, originals));
  afterEach(() => fetchMock.restore());

  it('DOMPurify’s test vectors, each as an article body: nothing runs, nothing dangerous stays', async function () {
    this.timeout(60_000);
    const vectors = (await (await fetch(new URL('../fixtures/security/dompurify-vectors.json', import.meta.url))).json()) as Vector[];
    expect(vectors.length).to.be.greaterThan(200);
    fetchMock = mockFetch((url) => {
      const index = Number(url.pathname.split('/').pop());
      return json({ id: index, title: vectors[index].title || `Vector ${index}`, body: vectors[index].payload });
    });
    const article = await fixture<NewsArticle>(`<news-article article-src="/vector/{id}"></news-article>`);
    const failures: string[] = [];
    for (let index = 0; index < vectors.length; index++) {
      const load = Promise.race([loaded(article), oneEvent(article, 'news-error')]);
      article.articleId = String(index);
      const event = await load;
      if (event.type === 'news-error') failures.push(`#${index} did not render: ${(event as CustomEvent).detail.error.message}`);
      const found = dangers(article.shadowRoot!);
      if (found.length) failures.push(`#${index} ${vectors[index].title}: ${found.join(' ')}`);
    }
    // Give images, SVG animations and media a moment to fire whatever they might.
    await new Promise((r) => setTimeout(r, 300));
    expect(failures).to.deep.equal([]);
    expect(ran).to.deep.equal([]);
    expect((window as { xssed?: unknown }).xssed).to.equal(undefined);
  });

  const hostile = '<img src=x onerror="alert(\'field\')"><script>alert("script")</script>';
  const hostileArticle = {
    id: 'h1',
    title: hostile,
    summary: hostile,
    author: hostile,
    source: hostile,
    category: { id: 'c"><img src=x onerror=alert(1)>', name: hostile },
    url: 'javascript:alert("url")',
    image: { src: 'javascript:alert("image")', alt: hostile },
    video: { src: 'data:text/html,<script>alert(1)</script>', poster: 'javascript:alert("poster")' },
    attachments: [{ url: 'javascript:alert("attachment")', name: hostile, type: hostile }],
    tags: [hostile],
    publishedAt: hostile,
    body: '<p>ok</p>',
  };

  it('hostile values in every field of a list item and its category tab stay text', async () => {
    fetchMock = mockFetch((url) => (url.pathname.includes('categories') ? json([hostileArticle.category]) : json({ items: [hostileArticle] })));
    const container = await fixture<HTMLDivElement>(`<div>
        <news-tabs src="/hostile-list" categories-src="/hostile-categories"></news-tabs>
        <news-list src="/hostile-list"></news-list>
      </div>`);
    const list = container.querySelector('news-list')!;
    const tabs = container.querySelector('news-tabs')!;
    await until(() => shadowAll(list, '.item .title').length === 1 && shadowAll(tabs, '[role="tab"]').length === 2, 2000, 'list and tabs');
    expect(text(shadow(list, '.item .title'))).to.equal(hostile);
    expect(text(shadow(list, '.summary'))).to.equal(hostile);
    expect(text(shadowAll(tabs, '[role="tab"]')[1])).to.equal(hostile);
    expect(shadow(list, '.item .title a')).to.equal(null);
    expect(shadow(list, '.thumb')).to.equal(null);
    expect(dangers(container)).to.deep.equal([]);
    await new Promise((r) => setTimeout(r, 100));
    expect(ran).to.deep.equal([]);
  });

  it('hostile values in every field of an article stay text, and dangerous URLs are dropped', async () => {
    fetchMock = mockFetch(() => json(hostileArticle));
    const article = document.createElement('news-article');
    article.setAttribute('article-src', '/hostile-article/{id}');
    article.setAttribute('article-id', 'h1');
    const load = loaded(article);
    document.body.append(article);
    try {
      await load;
      expect(text(shadow(article, '[part="title"]'))).to.equal(hostile);
      const values = shadowAll(article, '.meta dd').map(text);
      expect(values).to.include(hostile);
      expect(shadow(article, 'video')).to.equal(null);
      expect(shadow(article, '[part="image"]')).to.equal(null);
      expect(shadow(article, '[part="attachments"]')).to.equal(null);
      expect(dangers(article.shadowRoot!)).to.deep.equal([]);
      await new Promise((r) => setTimeout(r, 100));
      expect(ran).to.deep.equal([]);
    } finally {
      article.remove();
    }
  });

  describe('iframes', () => {
    const body = '<p>Watch:</p><iframe src="https://www.youtube-nocookie.com/embed/abc" srcdoc="<script>alert(1)</script>"></iframe><iframe src="https://evil.example/phish"></iframe><iframe src="http://www.youtube-nocookie.com/embed/insecure"></iframe>';

    async function articleWith(attributes: string, extra: Record<string, unknown> = {}) {
      fetchMock = mockFetch(() => json({ id: 'f1', title: 'Frames', body, ...extra }));
      const article = await fixture<NewsArticle>(`<news-article article-src="/frames/{id}?${Math.random()}" article-id="f1" ${attributes}></news-article>`);
      await until(() => shadow(article, '[part="title"]'), 2000, 'the article');
      return article;
    }

    it("the article's own player has its sandbox before it has a src, and before it is in the page", async () => {
      const seen: string[] = [];
      const setAttribute = Element.prototype.setAttribute;
      Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
        if (this instanceof HTMLIFrameElement && name === 'src') seen.push(`sandboxed: ${this.hasAttribute('sandbox')}, in the page: ${this.isConnected}`);
        return setAttribute.call(this, name, value);
      };
      try {
        await articleWith('video-hosts="player.vimeo.com"', { video: 'https://player.vimeo.com/video/123' });
      } finally {
        Element.prototype.setAttribute = setAttribute;
      }
      expect(seen).to.deep.equal(['sandboxed: true, in the page: false']);
    });

    it('are removed from the body by default', async () => {
      const article = await articleWith('');
      expect(shadowAll(article, 'iframe')).to.have.length(0);
    });

    it('are kept, sandboxed, only for https players named in video-hosts', async () => {
      const article = await articleWith('video-hosts="www.youtube-nocookie.com player.vimeo.com"', {
        video: 'https://player.vimeo.com/video/123',
      });
      const frames = shadowAll<HTMLIFrameElement>(article, 'iframe');
      expect(frames.map((f) => f.getAttribute('src'))).to.deep.equal(['https://player.vimeo.com/video/123', 'https://www.youtube-nocookie.com/embed/abc']);
      for (const frame of frames) {
        expect(frame.getAttribute('sandbox')).to.equal('allow-scripts allow-same-origin allow-presentation allow-popups');
        expect(frame.getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');
        expect(frame.getAttribute('allow')).to.equal('fullscreen; picture-in-picture; encrypted-media');
        expect(frame.getAttribute('loading')).to.equal('lazy');
        expect(frame.hasAttribute('srcdoc')).to.be.false;
      }
      expect(frames[0].title).to.equal('Video: Frames');
    });
  });
});
