// The built script tag (the loader, dist/news-elements.iife.js, and the library it loads from
// dist/script-tag/), loaded as a classic script (no type="module"), as a portal would.
// `npm test` builds dist/ first; this file must not import the source elements (only their
// stylesheets, to compare the built ones with).
import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { styles as articleStyles } from '../src/elements/news-article/news-article.styles.js';
import { styles as listStyles } from '../src/elements/news-list/news-list.styles.js';
import { styles as tabsStyles } from '../src/elements/news-tabs/news-tabs.styles.js';
import { hostStyles } from '../src/styles/host.js';
import { classDeclarations, classSelectorLists, declarations, ruleCounts, selectorLists } from './helpers/css.js';
import { deferred, json, makeArticles, mockFetch, until } from './helpers/mock-fetch.js';

function loadScript(src: string, data: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    Object.assign(script.dataset, data);
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

describe('dist/news-elements.iife.js', () => {
  it('registers the tags, exposes window.NewsElements, and renders a list', async () => {
    const fetchMock = mockFetch(() => json(makeArticles(12)));
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      await loadScript('/dist/news-elements.iife.js');
      const early = (window as unknown as { NewsElements: { ready: Promise<Record<string, unknown>> } }).NewsElements;
      // At once: the queued commands and `ready`; the rest when the library has arrived.
      expect(early).to.include.keys('ready', 'registerAdapter', 'registerStrings');
      const api = await early.ready;
      expect(api).to.equal(early);
      expect(api).to.include.keys('NewsList', 'NewsTabs', 'NewsArticle', 'registerAdapter', 'NewsError', 'defineElements');
      expect(Object.isFrozen(api)).to.be.true;
      expect(customElements.get('news-list')).to.equal(api.NewsList);

      const list = document.createElement('news-list');
      list.setAttribute('src', '/bundle/news.json');
      document.body.append(list);
      await until(() => list.shadowRoot?.querySelectorAll('.item').length === 10, 3000, 'ten items');
      expect(list.shadowRoot!.querySelector('.item .title')!.textContent!.trim()).to.equal('Article 1');
      expect(list.shadowRoot!.querySelectorAll('nav button[aria-label^="Page"]')).to.have.length(2);
      list.remove();
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      fetchMock.restore();
    }
  });

  it('keeps every CSS rule and declaration through the build (its CSS is minified)', () => {
    const api = (window as unknown as { NewsElements: Record<string, CustomElementConstructor> }).NewsElements;
    const sources: Record<string, CSSResult[]> = {
      NewsTabs: [hostStyles, tabsStyles],
      NewsList: [hostStyles, listStyles],
      NewsArticle: [hostStyles, articleStyles],
    };
    for (const [name, source] of Object.entries(sources)) {
      const sheets = ruleCounts(api[name]);
      expect(sheets, name).to.have.length(2);
      for (const { written, kept, text } of sheets) expect(kept, `${name}: rules kept of ${JSON.stringify(text)}`).to.equal(written);
      const built = classDeclarations(api[name]);
      const builtLists = classSelectorLists(api[name]);
      source.forEach((style, i) => {
        const expected = declarations(style.styleSheet!.cssRules);
        expect(expected.length, `${name} sheet ${i} has declarations`).to.be.above(10);
        expect(built[i], `${name} sheet ${i}: the built declarations are the source's`).to.deep.equal(expected);
        expect(builtLists[i], `${name} sheet ${i}: no selectors grouped that the source wrote apart`).to.deep.equal(selectorLists(style.styleSheet!.cssRules));
      });
    }
  });

  it('a second copy of the tag changes nothing: no warning, no error, the library loaded once', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      const first = (window as unknown as { NewsElements: unknown }).NewsElements;
      // Another folder's copy (another widget's snippet): it must not even ask for its library.
      await loadScript('/dist/news-elements.iife.js?copy=2', { newsElementsBase: '/elsewhere/' });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/elsewhere/'))).to.deep.equal([]);
      expect((window as unknown as { NewsElements: unknown }).NewsElements).to.equal(first);
      expect(errors).to.deep.equal([]);
      expect(warnings).to.deep.equal([]);
      const libraries = performance.getEntriesByType('resource').filter((entry) => /\/dist\/script-tag\/news-elements-[\w-]+\.js$/.test(entry.name));
      expect(libraries).to.have.length(1);
    } finally {
      console.warn = warn;
      window.removeEventListener('error', onError);
    }
  });

  it('fetches the sanitizer while the first article is still on its way, not after it', async () => {
    const sanitizerLoads = () => performance.getEntriesByType('resource').filter((entry) => /\/dist\/script-tag\/sanitize-[\w-]+\.js$/.test(entry.name));
    expect(sanitizerLoads(), 'no article was shown before this test').to.have.length(0);
    const answer = deferred<Response>();
    const fetchMock = mockFetch(() => answer.promise);
    try {
      const article = document.createElement('news-article');
      article.setAttribute('article-src', '/bundle/article/{id}');
      article.setAttribute('article-id', 'a1');
      document.body.append(article);
      await until(() => sanitizerLoads().length === 1, 3000, 'the sanitizer, with the article not yet answered');
      answer.resolve(json({ id: 'a1', title: 'First', body: '<p>Body <b>text</b></p>' }));
      await until(() => article.shadowRoot?.querySelector('.body b'), 3000, 'the sanitized body');
      article.remove();
    } finally {
      fetchMock.restore();
    }
  });

  it('renders a Markdown body with the Markdown module it loads on first use', async () => {
    const v4 = await (await fetch('/test/fixtures/cms/strapi-v4.json')).json();
    const fetchMock = mockFetch(() => json({ data: v4.data[0], meta: {} }));
    try {
      const article = document.createElement('news-article');
      article.setAttribute('adapter', 'strapi');
      article.setAttribute('src', '/bundle/api/articles');
      article.setAttribute('article-id', '12');
      document.body.append(article);
      await until(() => article.shadowRoot?.querySelector('.body h2'), 5000, 'the Markdown body');
      const body = article.shadowRoot!.querySelector('.body')!;
      expect(body.querySelector('strong')!.textContent).to.equal('Q2 roadmap');
      expect([...body.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['New dashboard', 'Faster exports']);
      const chunk = performance.getEntriesByType('resource').find((entry) => /\/dist\/script-tag\/marked-[\w-]+\.js$/.test(entry.name));
      expect(chunk, 'the Markdown module was loaded from dist/script-tag/').to.exist;
      article.remove();
    } finally {
      fetchMock.restore();
    }
  });

  it('loads an adapter on first use, whose errors are the library’s one NewsError', async () => {
    const fetchMock = mockFetch(() => json({ not: 'posts' }));
    try {
      const list = document.createElement('news-list');
      list.setAttribute('adapter', 'wordpress');
      list.setAttribute('src', '/bundle/wp-json/');
      list.setAttribute('retries', '0');
      const failure = new Promise<CustomEvent>((resolve) => list.addEventListener('news-error', (event) => resolve(event as CustomEvent), { once: true }));
      document.body.append(list);
      const { error } = (await failure).detail;
      // One module graph: the adapter's module imports the same NewsError as the rest.
      const api = (window as unknown as { NewsElements: { NewsError: typeof Error } }).NewsElements;
      expect(error).to.be.instanceOf(api.NewsError);
      expect(error).to.include({ kind: 'shape', field: 'posts' });
      await until(() => list.shadowRoot?.querySelector('[part~="error"]'), 2000, 'the error message');
      expect(performance.getEntriesByType('resource').some((entry) => /\/dist\/script-tag\/wordpress-[\w-]+\.js$/.test(entry.name))).to.be.true;
      list.remove();
    } finally {
      fetchMock.restore();
    }
  });

  it('loads the sanitizer only with the first article body', () => {
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    // The earlier tests showed a list (no sanitizer), then articles (the sanitizer, once).
    expect(loaded.filter((name) => /\/dist\/script-tag\/sanitize-[\w-]+\.js$/.test(name))).to.have.length(1);
  });
});
