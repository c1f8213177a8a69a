// The README's script-tag page in each engine (Chromium, Firefox, WebKit), as a visitor uses it:
// it loads, a tab is chosen, page 2, an article opened from the list. Clicks are real pointer
// clicks through each engine's driver (test/e2e/engines.mjs). An engine that is not installed is
// skipped with what to install, unless NEWS_ENGINES_REQUIRED=1 (CI), where that is a failure.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { artifacts } from './browser.mjs';
import { ENGINES, enginesRequired, launchEngine, missing } from './engines.mjs';
import { serve } from './server.mjs';

/** In-page: the list's titles, and the page it says it shows. */
function listState() {
  const root = document.querySelector('news-list')?.shadowRoot;
  return {
    titles: [...(root?.querySelectorAll('.item .title') ?? [])].map((t) => t.textContent.trim()),
    current: root?.querySelector('[aria-current="page"]')?.textContent.trim() ?? null,
  };
}

/** An in-page function with listState() in scope (drivers send functions as text). */
const withListState = (fn) => new Function('arg', `${listState.toString()}\nreturn (${fn.toString()})(arg);`);

for (const engine of ENGINES) {
  const absent = missing(engine);
  const skip = absent && !enginesRequired ? `${engine} is not installed: ${absent}` : false;

  describe(`the script-tag page in ${engine}`, { skip }, () => {
    let server;
    let browser;
    before(async () => {
      await mkdir(artifacts, { recursive: true });
      server = await serve();
      browser = await launchEngine(engine);
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('loads, switches to a tab, goes to page 2 and opens an article', async (t) => {
      t.diagnostic(browser.version);
      const page = await browser.newPage({ width: 1280, height: 900 });
      try {
        await page.goto(`${server.url}/test/e2e/pages/script-tag.html`);
        const first = await page.waitFor(withListState(() => {
          const state = listState();
          return state.titles.length === 10 && state;
        }), null, { message: 'the first page of the list' });
        assert.equal(await page.evaluate(() => document.querySelector('news-tabs').shadowRoot.querySelectorAll('[role="tab"]').length), 8);
        assert.equal(await page.evaluate(() => typeof window.NewsElements?.registerAdapter), 'function');

        // The News tab: chosen by a click, it is the selected one, and the list shows only News.
        await page.click(() => [...deepQuery(['news-tabs']).shadowRoot.querySelectorAll('[role="tab"]')].find((tab) => tab.textContent.trim() === 'News'));
        const news = await page.waitFor(
          withListState((before) => {
            const tab = [...deepQuery(['news-tabs']).shadowRoot.querySelectorAll('[role="tab"]')].find((t) => t.textContent.trim() === 'News');
            const state = listState();
            return tab.getAttribute('aria-selected') === 'true' && state.titles.length > 0 && state.titles.join() !== before && state;
          }),
          first.titles.join(),
          { message: 'the News tab chosen and its list shown' },
        );
        assert.equal(news.current, '1');

        // Page 2 of News.
        await page.click(['news-list', '[aria-label="Page 2"]']);
        const two = await page.waitFor(withListState(() => {
          const state = listState();
          return state.current === '2' && state.titles.length > 0 && state;
        }), null, { message: 'page 2' });
        assert.notDeepEqual(two.titles, news.titles);
        await page.screenshot(join(artifacts, `engines-${engine}-page-2.png`));

        // The second article of page 2, opened from its title: the article shows it, the list gives way.
        await page.click(['news-list', '.item:nth-child(2) .title a']);
        const opened = await page.waitFor(() => {
          const title = document.querySelector('news-article')?.shadowRoot?.querySelector('[part="title"]');
          return title && document.querySelector('news-article').shadowRoot.querySelector('[part~="body"]') && title.textContent.trim();
        }, null, { message: 'the article' });
        assert.equal(opened, two.titles[1]);
        assert.equal(await page.evaluate(() => document.querySelector('news-list').getBoundingClientRect().height), 0, 'the list is hidden while the article is open');
        await page.screenshot(join(artifacts, `engines-${engine}-article.png`));
        assert.deepEqual(await page.evaluate(() => window.__problems), []);
      } finally {
        await page.close();
      }
    });
  });
}
