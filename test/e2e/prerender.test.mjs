// Prerendering, end to end: `npx news-elements prerender` makes the fragment of a news centre
// (tabs and a list page) from the built library; a plain page includes it. The fragment is
// valid HTML that holds every title, link and date of the page, runs no script of its own but
// the declarative-shadow-DOM polyfill asked for, and passes axe; in each engine the script tag then takes the
// elements over (hydrates: the prerendered nodes stay) without a request for the data or a
// console error, and a tab works afterwards.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse, parseFragment } from 'parse5';
import { artifacts } from './browser.mjs';
import { ENGINES, enginesRequired, launchEngine, missing } from './engines.mjs';
import { serve } from './server.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'bin/news-elements.mjs');
const DATA = '/dist/demo/data';

/** The page a portal makes of the fragment: its own header, the include, the script tag. */
const page = (fragment) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>A prerendered news centre</title>
    <script src="/test/e2e/pages/record-problems.js"></script>
  </head>
  <body>
    <main>
      <h1>News centre</h1>
      ${fragment}
    </main>
    <script>
      // The text of the dates (<time>s matching selector) in an element's shadow root.
      window.__datesIn = (element, selector = 'time') => [...(element?.shadowRoot?.querySelectorAll(selector) ?? [])].map((t) => t.textContent.trim());
      // Before any script of ours: what the reader sees from the HTML alone, and a node to find again.
      window.__prerendered = {
        titles: [...(document.querySelector('news-list')?.shadowRoot?.querySelectorAll('.item .title') ?? [])].map((t) => t.textContent.trim()),
        node: document.querySelector('news-list')?.shadowRoot?.querySelector('.item .title') ?? null,
        tabs: document.querySelector('news-tabs')?.shadowRoot?.querySelectorAll('[role="tab"]').length ?? 0,
        body: document.querySelector('news-article')?.shadowRoot?.querySelector('[part="body"]') ?? null,
        dates: window.__datesIn(document.querySelector('news-list, news-article')),
        // Elements taken out of the list's or the article's shadow root (an iframe taken out reloads).
        removed: [],
      };
      for (const name of ['news-list', 'news-article']) {
        const root = document.querySelector(name)?.shadowRoot;
        const note = (records) => records.forEach((record) => record.removedNodes.forEach((node) => node.nodeType === 1 && window.__prerendered.removed.push(name + ' <' + node.localName + '>')));
        if (root) new MutationObserver(note).observe(root, { childList: true, subtree: true });
      }
      // The list's dates when it says it has loaded (news-load).
      document.querySelector('news-list')?.addEventListener('news-load', (event) => {
        window.__prerendered.datesAtLoad = window.__datesIn(event.target, '.item time');
      });
      // For a test's wait: the element once the library is in and it has rendered, else null.
      window.__rendered = async (name) => {
        await window.NewsElements.ready;
        const element = document.querySelector(name);
        if (!element.hasUpdated) return null;
        await element.updateComplete;
        return element;
      };
    </script>
    <script src="/node_modules/axe-core/axe.min.js"></script>
    <script src="/dist/news-elements.iife.js"></script>
  </body>
</html>
`;

describe('prerendering', () => {
  let server;
  let fragment;
  let pageUrl;
  let polyfillHash;
  let articleFragment;
  before(async () => {
    await mkdir(artifacts, { recursive: true });
    server = await serve();
    pageUrl = `${server.url}/test-results/prerendered.html`;
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [
      CLI, 'prerender', '--src', `${DATA}/news.json`, '--categories-src', `${DATA}/categories.json`, '--page-size', '5', '--page-url', pageUrl, '--attr', 'time-zone=Asia/Shanghai', '--attr', 'heading-level=2', '--polyfill',
    ]);
    fragment = stdout;
    polyfillHash = /'(sha256-[\w+/=]+)'/.exec(stderr)?.[1];
    await writeFile(join(artifacts, 'prerendered.html'), page(fragment));
    // With URL state: the fragment of page 1, which a reader may reach with another page in the URL.
    const markup = `<news-tabs src="${DATA}/news.json" categories-src="${DATA}/categories.json" url-state></news-tabs><news-list src="${DATA}/news.json" page-size="5" heading-level="2" url-state></news-list>`;
    const paged = await promisify(execFile)(process.execPath, [CLI, 'prerender', '--markup', markup, '--page-url', `${server.url}/test-results/prerendered-paged.html`]);
    await writeFile(join(artifacts, 'prerendered-paged.html'), page(paged.stdout));
    // Made without the heading level the page gives (its <h1>): the server wrote level 3.
    const untold = await promisify(execFile)(process.execPath, [CLI, 'prerender', '--src', `${DATA}/news.json`, '--categories-src', `${DATA}/categories.json`, '--page-size', '5', '--page-url', pageUrl, '--attr', 'time-zone=Asia/Shanghai']);
    await writeFile(join(artifacts, 'prerendered-untold.html'), page(untold.stdout));
    // Relative dates, written at the server's time; the reader comes ten years later.
    const relative = await promisify(execFile)(process.execPath, [CLI, 'prerender', '--src', `${DATA}/news.json`, '--categories-src', `${DATA}/categories.json`, '--page-size', '5', '--page-url', pageUrl, '--attr', 'time-zone=Asia/Shanghai', '--attr', 'heading-level=2', '--attr', 'date-style=relative']);
    const later = '<script>const serverNow = Date.now; Date.now = () => serverNow.call(Date) + 10 * 365.25 * 864e5;</script>\n    <script src="/dist/news-elements.iife.js">';
    await writeFile(join(artifacts, 'prerendered-relative.html'), page(relative.stdout).replace('<script src="/dist/news-elements.iife.js">', later));
    const relativeArticle = `<news-article src="${DATA}/news.json" article-id="1052" heading-level="2" time-zone="Asia/Shanghai" date-style="relative"></news-article>`;
    const relativeDetail = await promisify(execFile)(process.execPath, [CLI, 'prerender', '--markup', relativeArticle, '--page-url', `${server.url}/test-results/prerendered-relative-article.html`]);
    await writeFile(join(artifacts, 'prerendered-relative-article.html'), page(relativeDetail.stdout).replace('<script src="/dist/news-elements.iife.js">', later));
    // The same list from a fragment that does not say when it was written (made by an earlier news-elements).
    const untimed = relative.stdout.replace(/,"renderedAt":\d+/, '');
    assert.notEqual(untimed, relative.stdout, 'the fragment says when it was written');
    await writeFile(join(artifacts, 'prerendered-relative-untimed.html'), page(untimed).replace('<script src="/dist/news-elements.iife.js">', later));
    // Two fragments in one page, written at different times: the second's block says ten years later.
    const secondList = `<news-list group="second" src="${DATA}/news.json" page-size="3" heading-level="2" time-zone="Asia/Shanghai" date-style="relative"></news-list>`;
    const second = await promisify(execFile)(process.execPath, [CLI, 'prerender', '--markup', secondList, '--page-url', pageUrl]);
    const writtenLater = second.stdout.replace(/"renderedAt":(\d+)/, (_, at) => `"renderedAt":${Number(at) + 10 * 365.25 * 864e5}`);
    assert.notEqual(writtenLater, second.stdout);
    await writeFile(join(artifacts, 'prerendered-relative-two.html'), page(`${relative.stdout}\n${writtenLater}`).replace('<script src="/dist/news-elements.iife.js">', later));
    // A detail page: one article, its body sanitized on the server.
    const article = `<news-article src="${DATA}/news.json" article-id="1052" heading-level="2" time-zone="Asia/Shanghai"></news-article>`;
    const detail = await promisify(execFile)(process.execPath, [CLI, 'prerender', '--markup', article, '--page-url', `${server.url}/test-results/prerendered-article.html`]);
    articleFragment = detail.stdout;
    await writeFile(join(artifacts, 'prerendered-article.html'), page(articleFragment));
  });
  after(() => server?.close());

  it('the fragment is valid HTML with every title, link and date of the page, and no script to run', async () => {
    const html = page(fragment);
    const errors = [];
    parse(html, {
      sourceCodeLocationInfo: true,
      onParseError: (error) => {
        // Lit's own marker after a template's last expression: `<?>`, read by every parser as a comment.
        if (error.code === 'unexpected-question-mark-instead-of-tag-name' && html.slice(error.startOffset - 1, error.startOffset + 3).includes('<?>')) return;
        errors.push(`${error.code} at ${error.startLine}:${error.startCol}`);
      },
    });
    assert.deepEqual(errors, []);
    const news = JSON.parse(await readFile(join(ROOT, 'dist/demo/data/news.json'), 'utf8'));
    const items = (Array.isArray(news) ? news : news.items).slice().sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt)).slice(0, 5);
    for (const item of items) {
      assert.ok(fragment.includes(`>${item.title.replace(/&/g, '&amp;').replace(/</g, '&lt;')}<`), `the title "${item.title}"`);
      assert.ok(fragment.includes(`datetime="${item.publishedAt}"`), `the date of "${item.title}"`);
      // A real link, to the article in this page: it works before and without the script.
      assert.ok(fragment.includes(`href="${new URL(pageUrl).pathname}?id=${encodeURIComponent(item.id)}"`), `the link of "${item.title}"`);
    }
    // The data block (JSON, which no browser runs), and the polyfill asked for, whose CSP hash was said.
    assert.deepEqual([...fragment.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]), ['<script type="application/json" data-news-prerender>', '<script>']);
    const polyfill = /<script>([^]*?)<\/script>\s*$/.exec(fragment)[1];
    assert.match(polyfill, /TemplateShadowRoot\.hasNativeDeclarativeShadowRoots\(\) \|\| TemplateShadowRoot\.hydrateShadowRoots\(document\.body\);$/);
    assert.equal(polyfillHash, `sha256-${createHash('sha256').update(polyfill).digest('base64')}`);
    assert.doesNotMatch(fragment, /\son[a-z]+=/i);
  });

  it('hostile records stay text in the fragment, as in the browser: no markup, handler or script URL of theirs', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [CLI, 'prerender', '--src', `${DATA}/hostile.json`, '--page-url', pageUrl, '--attr', 'heading-level=2']);
    const [markup, data] = stdout.split('<script type="application/json" data-news-prerender>');
    assert.ok(data, 'the data block');
    assert.match(markup, /Script in the title: &lt;script&gt;/, 'the title as text');
    // Every element and attribute of the fragment, shadow roots (template content) included.
    const found = [];
    const walk = (node) => {
      if (node.tagName) {
        if (['script', 'svg', 'iframe', 'object', 'embed', 'math'].includes(node.tagName)) found.push(`<${node.tagName}>`);
        for (const { name, value } of node.attrs ?? []) {
          if (/^on/i.test(name)) found.push(`${node.tagName} ${name}`);
          if (/^(href|src|srcset|action|formaction|poster)$/i.test(name) && /^\s*(javascript|data|vbscript):/i.test(value)) found.push(`${node.tagName} ${name}=${value}`);
        }
      }
      for (const child of [...(node.childNodes ?? []), ...(node.content?.childNodes ?? [])]) walk(child);
    };
    walk(parseFragment(markup));
    assert.deepEqual(found, []);
    // The data block: the records as JSON, with nothing that could end the element.
    const json = data.slice(0, data.lastIndexOf('</script>'));
    assert.doesNotMatch(json, /</);
    assert.ok(JSON.parse(json).loads);
  });

  it('an article: its title, metadata and sanitized body in the fragment, the body not again in the data block', async () => {
    const [markup, data] = articleFragment.split('<script type="application/json" data-news-prerender>');
    const news = JSON.parse(await readFile(join(ROOT, 'dist/demo/data/news.json'), 'utf8'));
    const source = news.find((item) => String(item.id) === '1052');
    assert.match(markup, new RegExp(`role="heading" aria-level="2"[^>]*>(<!--[^>]*-->)*${source.title.slice(0, 20)}`));
    assert.match(markup, /<div class="body" part="body" dir="auto"><p>Hengyuan Group opened its second smart factory/);
    assert.match(markup, /<time [^>]*datetime=/);
    const body = markup.slice(markup.indexOf('part="body"'));
    assert.doesNotMatch(body.slice(0, body.indexOf('</div>')), /<!--/, 'no comment inside the body: the markers of hydration are Lit’s alone');
    const json = JSON.parse(data.slice(0, data.lastIndexOf('</script>')));
    const [value] = Object.values(json.loads);
    assert.equal(value.article.title, source.title);
    assert.equal(value.article.body, undefined, 'the body is in the HTML once');
  });

  it('a hostile article body is sanitized on the server as in the browser: no script, handler, script URL or comment', async () => {
    const bodies = [];
    for (const id of ['h1', 'h3', 'h4']) {
      const markup = `<news-article src="${DATA}/hostile.json" article-id="${id}" heading-level="2"></news-article>`;
      const { stdout } = await promisify(execFile)(process.execPath, [CLI, 'prerender', '--markup', markup, '--page-url', pageUrl]);
      bodies.push(stdout.split('<script type="application/json" data-news-prerender>')[0]);
    }
    const found = [];
    const walk = (node, inBody) => {
      const isBody = inBody || node.attrs?.some(({ name, value }) => name === 'part' && value === 'body');
      if (isBody && node.nodeName === '#comment') found.push(`<!--${node.data}-->`);
      if (node.tagName) {
        // (The elements' own <style> is in each shadow root; a body's is not kept.)
        if (['script', 'svg', 'iframe', 'object', 'embed', 'math', 'form', ...(isBody ? ['style'] : [])].includes(node.tagName)) found.push(`<${node.tagName}>`);
        for (const { name, value } of node.attrs ?? []) {
          if (/^on/i.test(name)) found.push(`${node.tagName} ${name}`);
          if (/^(href|src|srcset|action|formaction|poster|xlink:href)$/i.test(name) && /^\s*(javascript|data|vbscript):/i.test(value.replace(/[\s\u0000-\u001f]/g, ''))) found.push(`${node.tagName} ${name}=${value}`);
        }
      }
      for (const child of [...(node.childNodes ?? []), ...(node.content?.childNodes ?? [])]) walk(child, isBody);
    };
    for (const body of bodies) walk(parseFragment(body), false);
    assert.deepEqual(found, []);
    assert.match(bodies[1], /part="body"/, 'the bodies are there');
  });

  it('a body’s comments (forged hydration markers) and CSS past what the server can check are left out; images load lazily', async () => {
    const body = '<p>a<!--/lit-part--><!--lit-part AAAA-->b</p><p style="color: red">red</p><p style="background: u\\72 l(https://evil.example/x.png)">bg</p><img src="/dist/demo/x.png" alt="x">';
    await writeFile(join(artifacts, 'prerender-tricky.json'), JSON.stringify([{ id: 't1', title: 'Tricky', body }]));
    const markup = '<news-article src="/test-results/prerender-tricky.json" article-id="t1" heading-level="2"></news-article>';
    const { stdout } = await promisify(execFile)(process.execPath, [CLI, 'prerender', '--markup', markup, '--page-url', pageUrl]);
    const start = stdout.indexOf('<div class="body"');
    const shown = stdout.slice(start, stdout.indexOf('<!--/lit-part-->', start));
    assert.match(shown, /<p>ab<\/p><p style="color: red;?">red<\/p><p>bg<\/p>/);
    assert.match(shown, /<img [^>]*loading="lazy"[^>]*decoding="async"|<img [^>]*decoding="async"[^>]*loading="lazy"/);
    assert.doesNotMatch(shown, /<!--|evil/);
  });

  it('an article opened in the fragment’s URL (?id=) over the list has its previous and next', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [CLI, 'prerender', '--src', `${DATA}/news.json`, '--page-size', '5', '--page-url', `${pageUrl}?id=1052`, '--attr', 'heading-level=2']);
    assert.match(stdout, /part="sequence"/);
    assert.match(stdout, /part="body"/);
  });

  it('a very long body (100,000 characters or more) is marked large, as the browser marks it', async () => {
    const paragraphs = Array.from({ length: 1500 }, (_, i) => `<p>Paragraph ${i + 1} of a very long report, with enough words to be long.</p>`).join('');
    assert.ok(paragraphs.length >= 100_000);
    await writeFile(join(artifacts, 'prerender-long.json'), JSON.stringify([{ id: 'long', title: 'A long report', body: paragraphs }, { id: 'short', title: 'A short note', body: '<p>Short.</p>' }]));
    const fragmentOf = async (id) =>
      (await promisify(execFile)(process.execPath, [CLI, 'prerender', '--markup', `<news-article src="/test-results/prerender-long.json" article-id="${id}"></news-article>`, '--page-url', `${server.url}/test-results/long.html`])).stdout;
    assert.match(await fragmentOf('long'), /<div class="body large" part="body" dir="auto"><p>Paragraph 1 of/);
    assert.match(await fragmentOf('short'), /<div class="body" part="body" dir="auto"><p>Short\.<\/p>/);
  });

  it('prerender() calls made at once each get their own fragment', async () => {
    const { prerender } = await import('../../dist/ssr.js');
    const list = (file) => `<news-list src="${DATA}/${file}" page-size="3" heading-level="2"></news-list>`;
    const [news, hostile] = await Promise.all([prerender(list('news.json'), { pageUrl }), prerender(list('hostile.json'), { pageUrl })]);
    const data = (fragment) => JSON.parse(fragment.split('data-news-prerender>')[1].split('</script>')[0]);
    assert.deepEqual(Object.keys(data(news).loads).map((key) => key.includes('news.json')), [true]);
    assert.deepEqual(Object.keys(data(hostile).loads).map((key) => key.includes('hostile.json')), [true]);
    assert.match(hostile, /Script in the title/);
    assert.doesNotMatch(news, /Script in the title/);
  });

  it('fails with the reason, and writes nothing, when the endpoint fails', async () => {
    const out = join(artifacts, 'prerender-failed.html');
    await writeFile(out, 'the last good fragment');
    const run = promisify(execFile)(process.execPath, [CLI, 'prerender', '--src', '/no/such/news.json', '--page-url', pageUrl, '--out', out]);
    await assert.rejects(run, (error) => error.code === 1 && /404/.test(error.stderr));
    assert.equal(await readFile(out, 'utf8'), 'the last good fragment');
  });

  for (const engine of ENGINES) {
    const absent = missing(engine);
    const skip = absent && !enginesRequired ? `${engine} is not installed: ${absent}` : false;
    describe(`in ${engine}`, { skip }, () => {
      let browser;
      before(async () => {
        browser = await launchEngine(engine);
      });
      after(() => browser?.close());

      /** A new tab on `url`, given to `check`, and closed after it whatever happens. */
      const inTab = async (url, check) => {
        const tab = await browser.newPage({ width: 1280, height: 900 });
        try {
          await tab.goto(url);
          return await check(tab);
        } finally {
          await tab.close?.();
        }
      };

      it('shows the news from the HTML, passes axe, then hydrates with no request and no error', async (t) => {
        t.diagnostic(browser.version);
        await inTab(pageUrl, async (tab) => {
          const before = await tab.evaluate(() => ({ titles: window.__prerendered.titles, tabs: window.__prerendered.tabs }));
          assert.equal(before.titles.length, 5, 'five titles from the HTML alone (declarative shadow DOM)');
          assert.equal(before.tabs, 8);
          const state = await tab.waitFor(async () => {
            await window.NewsElements.ready;
            const list = document.querySelector('news-list');
            await list.updateComplete;
            const violations = (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
            return {
              hydrated: list.hasUpdated && list.shadowRoot.querySelector('.item .title') === window.__prerendered.node,
              titles: [...list.shadowRoot.querySelectorAll('.item .title')].map((t) => t.textContent.trim()),
              data: performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname).filter((path) => path.startsWith('/dist/demo/data/')),
              problems: window.__problems,
              violations,
            };
          }, null, { message: 'the elements taking over the fragment' });
          assert.deepEqual(state.problems, []);
          assert.deepEqual(state.data, [], 'no request for the data on screen');
          assert.equal(state.hydrated, true, 'the prerendered nodes kept (hydrated, not rendered again)');
          assert.deepEqual(state.titles, before.titles);
          assert.deepEqual(state.violations, []);

          // Interactive afterwards: a tab shows its category (now with a request).
          await tab.click(() => [...deepQuery(['news-tabs']).shadowRoot.querySelectorAll('[role="tab"]')].find((b) => b.textContent.trim() === 'FAQ'));
          const faq = await tab.waitFor((first) => {
            const titles = [...document.querySelector('news-list').shadowRoot.querySelectorAll('.item .title')].map((t) => t.textContent.trim());
            return titles.length > 0 && titles.join() !== first && { titles, problems: window.__problems };
          }, before.titles.join(), { message: 'the FAQ tab' });
          assert.deepEqual(faq.problems, []);
          await tab.screenshot(join(artifacts, `prerendered-${engine}.png`));
        });
      });

      it('a URL that names another page than the fragment’s: that page, rendered anew, and the tabs taken over', async () => {
        await inTab(`${server.url}/test-results/prerendered-paged.html?news-page=2`, async (tab) => {
          const state = await tab.waitFor(async () => {
            await window.NewsElements.ready;
            const [tabs, list] = ['news-tabs', 'news-list'].map((name) => document.querySelector(name));
            await list.updateComplete;
            const current = list.shadowRoot.querySelector('[aria-current="page"]')?.textContent.trim();
            return current === '2' && {
              items: list.shadowRoot.querySelectorAll('.item').length,
              lists: list.shadowRoot.querySelectorAll('ul.items').length,
              // The prerendered <style> elements stay in a shadow root taken over; one rendered anew has none.
              hydrated: [tabs, list].map((element) => element.shadowRoot.querySelector('style') !== null),
              problems: window.__problems,
            };
          }, null, { message: 'page 2' });
          assert.deepEqual(state, { items: 5, lists: 1, hydrated: [true, false], problems: [] });
        });
      });

      it('a fragment made without what the page gives (its heading level): rendered anew with it, not kept stale', async () => {
        await inTab(`${server.url}/test-results/prerendered-untold.html`, async (tab) => {
          const state = await tab.waitFor(async () => {
            await window.NewsElements.ready;
            const [tabs, list] = ['news-tabs', 'news-list'].map((name) => document.querySelector(name));
            await list.updateComplete;
            const levels = [...list.shadowRoot.querySelectorAll('.item .title')].map((t) => t.getAttribute('aria-level'));
            return levels.length === 5 && {
              levels: [...new Set(levels)],
              hydrated: [tabs, list].map((element) => element.shadowRoot.querySelector('style') !== null),
              items: list.shadowRoot.querySelectorAll('.item').length,
              problems: window.__problems,
            };
          }, null, { message: 'the list at the page’s heading level' });
          assert.deepEqual(state, { levels: ['2'], hydrated: [true, false], items: 5, problems: [] });
        });
      });

      it('a fragment with relative dates: the list and the article taken over at the server’s time, then at the reader’s, with no request and no node moved', async () => {
        // The reader comes ten years after the server wrote the fragment.
        const readersDates = (dates) => dates.length > 0 && dates.every((date) => /^(\d+) years ago$/.test(date) && Number(/\d+/.exec(date)[0]) >= 10);
        await inTab(`${server.url}/test-results/prerendered-relative.html`, async (tab) => {
          const before = await tab.evaluate(() => window.__prerendered.dates);
          assert.equal(before.length, 5, 'five dates from the HTML alone');
          const state = await tab.waitFor(async () => {
            await window.NewsElements.ready;
            const [tabs, list] = ['news-tabs', 'news-list'].map((name) => document.querySelector(name));
            await list.updateComplete;
            const dates = window.__datesIn(list, '.item time');
            return dates.length === 5 && window.__prerendered.datesAtLoad && {
              dates,
              // The prerendered <style> elements stay in a shadow root taken over; one rendered anew has none.
              hydrated: [tabs, list].map((element) => element.shadowRoot.querySelector('style') !== null),
              kept: list.shadowRoot.querySelector('.item .title') === window.__prerendered.node,
              removed: window.__prerendered.removed,
              datesAtLoad: window.__prerendered.datesAtLoad,
              data: performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname).filter((path) => path.startsWith('/dist/demo/data/')),
              problems: window.__problems,
            };
          }, null, { message: 'the list taken over, and its news-load' });
          assert.deepEqual(state.problems, []);
          assert.deepEqual(state.data, [], 'no request: the fragment’s data block');
          assert.deepEqual(state.hydrated, [true, true], 'the tabs and the list taken over');
          assert.deepEqual([state.kept, state.removed], [true, []], 'the prerendered nodes kept, none taken out');
          assert.ok(!readersDates(before), `the server's dates are not the reader's: ${before}`);
          assert.ok(readersDates(state.dates), `the reader's relative dates: ${state.dates} (the server's: ${before})`);
          assert.deepEqual(state.datesAtLoad, state.dates, 'news-load comes with the reader’s dates shown');
        });
        await inTab(`${server.url}/test-results/prerendered-relative-article.html`, async (tab) => {
          const before = await tab.evaluate(() => ({ dates: window.__prerendered.dates, body: window.__prerendered.body?.textContent.trim().slice(0, 40) }));
          assert.equal(before.body, 'Hengyuan Group opened its second smart f', 'the body from the HTML alone');
          const state = await tab.waitFor(async () => {
            const article = await window.__rendered('news-article');
            if (!article) return false;
            return {
              dates: window.__datesIn(article),
              body: article.shadowRoot.querySelector('[part="body"]')?.textContent.trim().slice(0, 40),
              kept: article.shadowRoot.querySelector('[part="body"]') === window.__prerendered.body,
              hydrated: article.shadowRoot.querySelector('style') !== null,
              removed: window.__prerendered.removed,
              data: performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname).filter((path) => path.startsWith('/dist/demo/data/')),
              problems: window.__problems,
            };
          }, null, { message: 'the article taken over' });
          assert.deepEqual(state.problems, []);
          assert.deepEqual(state.data, [], 'no request: the fragment’s data block');
          assert.equal(state.body, before.body, 'the body from the fragment');
          assert.deepEqual([state.hydrated, state.kept, state.removed], [true, true, []], 'taken over: the body never taken out (its iframes would reload)');
          assert.ok(readersDates(state.dates), `the reader's relative dates: ${state.dates} (the server's: ${before.dates})`);
        });
        await inTab(`${server.url}/test-results/prerendered-relative-untimed.html`, async (tab) => {
          const state = await tab.waitFor(async () => {
            const list = await window.__rendered('news-list');
            const dates = window.__datesIn(list, '.item time');
            return dates.length === 5 && { dates, hydrated: list.shadowRoot.querySelector('style') !== null, problems: window.__problems };
          }, null, { message: 'the list rendered anew' });
          assert.deepEqual([state.hydrated, state.problems], [false, []], 'a fragment without its time: the list rendered anew from its data');
          assert.ok(readersDates(state.dates), `the reader's relative dates: ${state.dates}`);
        });
        await inTab(`${server.url}/test-results/prerendered-relative-two.html`, async (tab) => {
          const state = await tab.waitFor(async () => {
            const list = await window.__rendered('news-list');
            const dates = window.__datesIn(list, '.item time');
            return dates.length === 5 && {
              dates,
              hydrated: [...document.querySelectorAll('news-list')].map((element) => element.shadowRoot.querySelector('style') !== null),
              problems: window.__problems,
            };
          }, null, { message: 'the first list taken over' });
          assert.deepEqual([state.hydrated, state.problems], [[true, true], []], 'both lists taken over');
          assert.ok(readersDates(state.dates), `the first fragment's list, taken over at its own block's time: the reader's dates (${state.dates})`);
        });
      });

      it('an article page: the body from the HTML, taken over (the same nodes), with no request and no error', async () => {
        await inTab(`${server.url}/test-results/prerendered-article.html`, async (tab) => {
          const before = await tab.evaluate(() => ({ body: window.__prerendered.body?.textContent.trim().slice(0, 40) }));
          assert.equal(before.body, 'Hengyuan Group opened its second smart f', 'the body from the HTML alone');
          const state = await tab.waitFor(async () => {
            const article = await window.__rendered('news-article');
            if (!article) return false;
            const violations = (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
            return {
              kept: article.shadowRoot.querySelector('[part="body"]') === window.__prerendered.body && window.__prerendered.body.isConnected,
              hydrated: article.shadowRoot.querySelector('style') !== null,
              data: performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname).filter((path) => path.startsWith('/dist/demo/data/')),
              problems: window.__problems,
              violations,
            };
          }, null, { message: 'the article taken over' });
          assert.deepEqual(state, { kept: true, hydrated: true, data: [], problems: [], violations: [] });
        });
      });

      it('the demo’s prerendered page is taken over, not rendered again, with no request for its data', async () => {
        await inTab(`${server.url}/dist/demo/prerendered.html`, async (tab) => {
          const state = await tab.waitFor(async () => {
            const elements = ['news-tabs', 'news-list'].map((name) => document.querySelector(name));
            if (!elements.every((element) => element.hasUpdated)) return false;
            await Promise.all(elements.map((element) => element.updateComplete));
            return {
              // The prerendered <style> elements stay in a shadow root taken over; one rendered anew has none.
              hydrated: elements.map((element) => element.shadowRoot.querySelector('style') !== null),
              items: document.querySelector('news-list').shadowRoot.querySelectorAll('.item').length,
              data: performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname).filter((path) => path.includes('/data/')),
            };
          }, null, { message: 'the demo page taken over' });
          assert.deepEqual(state, { hydrated: [true, true], items: 10, data: [] });
        });
      });
    });
  }
});
