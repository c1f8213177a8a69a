// End to end, as a user of a portal would meet the elements: the built bundle and demo served
// over HTTP, driven in Chromium. Screenshots of each step go to test-results/.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { artifacts, useServerAndBrowser, watchedPage } from './browser.mjs';

const shot = (page, name) => page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
const titles = (list) => list.locator('.item .title').allTextContents().then((all) => all.map((t) => t.trim()));

describe('portal pages, end to end', () => {
  const ctx = useServerAndBrowser();

  it('the README’s script-tag snippet in a plain HTML file works', async () => {
    const page = await watchedPage(ctx.browser);
    await page.goto(`${ctx.url}/test/e2e/pages/script-tag.html`);
    const list = page.locator('news-list');
    await list.locator('.item .title').nth(9).waitFor();
    assert.equal(await list.locator('.item').count(), 10);
    assert.equal(await page.locator('news-tabs [role="tab"]').count(), 8);
    assert.equal(await page.evaluate(() => typeof window.NewsElements?.registerAdapter), 'function');
    await shot(page, 'script-tag');
    assert.deepEqual(await page.problems(), []);
  });

  it('window.NewsElements works right after the tag (calls queued until the library arrives), and a second tag changes nothing', async () => {
    const page = await watchedPage(ctx.browser);
    const libraries = [];
    page.on('request', (request) => /\/dist\/script-tag\/news-elements-/.test(request.url()) && libraries.push(request.url()));
    await page.goto(`${ctx.url}/test/e2e/pages/script-tag-api.html`);
    await page.locator('news-list .item .title').first().waitFor();
    assert.equal((await page.locator('news-list .item .title').textContent()).trim(), 'From the page’s own adapter');
    assert.equal((await page.locator('news-tabs [role="tab"]').first().textContent()).trim(), 'Everything');
    assert.equal(await page.evaluate(() => window.queuedBeforeLibrary), true, 'the calls were made before the library had arrived');
    assert.deepEqual(await page.evaluate(() => window.readyReport), { late: 'function', same: true, classes: [true, true, true], frozen: true });
    assert.equal(await page.evaluate(() => window.NewsElements.getAdapter('late').then((adapter) => typeof adapter?.list)), 'function');
    assert.equal(libraries.length, 1, 'the library is loaded once');
    const problems = await page.problems();
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0], /NewsElements\.registerAdapter\(\) failed/);
  });

  it('a library that cannot be loaded: every element says so in its language, and ready rejects', async () => {
    const page = await watchedPage(ctx.browser);
    await page.goto(`${ctx.url}/test/e2e/pages/script-tag-nowhere.html`);
    await page.locator('news-list [role="alert"]').waitFor();
    assert.match(await page.locator('news-tabs [role="alert"]').textContent(), /新闻组件的部分文件加载失败/);
    assert.equal(await page.locator('news-tabs [role="alert"]').getAttribute('lang'), 'zh');
    assert.match(await page.locator('news-list [role="alert"]').textContent(), /تعذّر تحميل جزء من أداة الأخبار/);
    assert.match(await page.evaluate(() => window.readyReport), /could not be loaded from .*\/nowhere\//);
    assert.ok((await page.problems()).some((problem) => /could not be loaded from/.test(problem)));
  });

  for (const order of ['readme', 'list-first']) {
    it(`elements parsed after the script tag ask for each file once, whatever their order (${order})`, async () => {
      const page = await watchedPage(ctx.browser);
      const asked = [];
      const aborted = [];
      page.on('request', (request) => request.url().includes('/data/') && asked.push(new URL(request.url()).pathname));
      page.on('requestfailed', (request) => aborted.push(request.url()));
      await page.goto(`${ctx.url}/test/e2e/pages/parsed-${order}.html`);
      const list = page.locator('news-list');
      await list.locator('.item .title').nth(4).waitFor();
      await page.locator('news-tabs [role="tab"]').nth(7).waitFor();
      assert.equal(await list.locator('.item').count(), 5);
      assert.deepEqual(asked.sort(), ['/dist/demo/data/categories.json', '/dist/demo/data/news.json']);
      assert.deepEqual(aborted, []);
      assert.deepEqual(await page.problems(), []);
    });
  }

  it('a script tag loaded by a short CDN URL loads nothing from a guessed folder, says so, and works when told its folder', async () => {
    const page = await watchedPage(ctx.browser);
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${ctx.url}/test/e2e/pages/short-url.html`);
    const article = page.locator('news-article');
    await article.locator('[role="alert"]').waitFor();
    // The reader is told the widget is incomplete, not that the news server is down.
    assert.match(await article.locator('[role="alert"]').textContent(), /part of the news widget could not be loaded/);
    assert.ok(!requested.some((path) => path.startsWith('/cdn/') && path !== '/cdn/news-elements'), `nothing beside the short URL: ${requested.join(' ')}`);
    // The page's script is told what to do, by `ready` and on the console.
    assert.match(await page.evaluate(() => window.NewsElements.ready.then(() => 'ready', (error) => error.message)), /full file name/);
    assert.ok((await page.problems()).some((problem) => /full file name/.test(problem)));

    const told = await watchedPage(ctx.browser);
    await told.goto(`${ctx.url}/test/e2e/pages/short-url.html?base`);
    await told.locator('news-article .body p').first().waitFor();
    assert.deepEqual(await told.problems(), []);
  });

  it('the ES module build works with its dependencies resolved by an import map', async () => {
    const page = await watchedPage(ctx.browser);
    await page.goto(`${ctx.url}/test/e2e/pages/esm.html`);
    const list = page.locator('news-list');
    await list.locator('.item .title').nth(3).waitFor();
    assert.equal(await list.locator('.item').count(), 4);
    assert.equal(await page.evaluate(() => window.esmReady), true);
    await shot(page, 'esm');
    assert.deepEqual(await page.problems(), []);
  });

  it('the news centre: switch tabs, page 3 of News, open an article, go back', async () => {
    const page = await watchedPage(ctx.browser);
    await page.goto(`${ctx.url}/dist/demo/index.html`);
    const tabs = page.locator('news-tabs');
    const list = page.locator('news-list');
    const article = page.locator('news-article');
    await list.locator('.item .title').first().waitFor();
    await shot(page, 'portal-1-all');

    await tabs.getByRole('tab', { name: 'News', exact: true }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('news-category') === 'news');
    await list.locator('.item .title').first().waitFor();
    assert.equal(await tabs.getByRole('tab', { name: 'News', exact: true }).getAttribute('aria-selected'), 'true');
    await shot(page, 'portal-2-news');

    await list.getByRole('link', { name: 'Page 3', exact: true }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('news-page') === '3');
    await list.locator('[aria-current="page"]', { hasText: '3' }).waitFor();
    const pageThree = await titles(list);
    assert.ok(pageThree.length > 0 && pageThree.length <= 10);
    await shot(page, 'portal-3-news-page-3');

    const opened = pageThree[1];
    await list.locator('.item .title a').nth(1).click();
    await article.locator('[part="title"]').waitFor();
    assert.equal((await article.locator('[part="title"]').textContent()).trim(), opened);
    assert.equal(await list.isVisible(), false);
    assert.ok(await article.locator('.meta').isVisible());
    await shot(page, 'portal-4-article');

    await article.getByRole('button', { name: /Back to list/ }).click();
    await list.locator('.item .title').first().waitFor();
    assert.deepEqual(await titles(list), pageThree);
    assert.equal(await article.isVisible(), false);
    await shot(page, 'portal-5-back');
    assert.deepEqual(await page.problems(), []);
  });

  it('URL state: reload, back and forward show the same views', async () => {
    const page = await watchedPage(ctx.browser);
    await page.goto(`${ctx.url}/dist/demo/index.html?portal=kept`);
    const list = page.locator('news-list');
    const article = page.locator('news-article');
    await list.locator('.item .title').first().waitFor();
    await page.locator('news-tabs').getByRole('tab', { name: 'News', exact: true }).click();
    await list.getByRole('link', { name: 'Page 2', exact: true }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('news-page') === '2');
    await list.locator('[aria-current="page"]', { hasText: '2' }).waitFor();
    const pageTwo = await titles(list);

    await page.reload();
    await list.locator('[aria-current="page"]', { hasText: '2' }).waitFor();
    assert.deepEqual(await titles(list), pageTwo);
    assert.equal(new URL(page.url()).searchParams.get('portal'), 'kept');

    await list.locator('.item .title a').first().click();
    await article.locator('[part="title"]').waitFor();
    const articleUrl = page.url();
    await page.reload();
    await article.locator('[part="title"]').waitFor();
    assert.equal((await article.locator('[part="title"]').textContent()).trim(), pageTwo[0]);
    await shot(page, 'url-state-article-after-reload');

    await page.goBack();
    await list.locator('[aria-current="page"]', { hasText: '2' }).waitFor();
    assert.deepEqual(await titles(list), pageTwo);
    await page.goBack();
    await list.locator('[aria-current="page"]', { hasText: '1' }).waitFor();
    await page.goForward();
    await list.locator('[aria-current="page"]', { hasText: '2' }).waitFor();
    await page.goForward();
    await article.locator('[part="title"]').waitFor();
    assert.equal(page.url(), articleUrl);
    assert.deepEqual(await page.problems(), []);
  });

  it('the multi-page portal: a list item links to the detail page, which reads the id from the URL', async () => {
    const page = await watchedPage(ctx.browser);
    await page.goto(`${ctx.url}/dist/demo/portal-list.html`);
    const list = page.locator('news-list');
    await list.locator('.item .title a').first().waitFor();
    const title = (await list.locator('.item .title').first().textContent()).trim();
    const href = await list.locator('.item .title a').first().getAttribute('href');
    assert.match(href, /^detail\.html\?id=/);
    await list.locator('.item .title a').first().click();
    await page.waitForURL(/detail\.html\?id=/);
    const article = page.locator('news-article');
    await article.locator('[part="title"]').waitFor();
    assert.equal((await article.locator('[part="title"]').textContent()).trim(), title);
    assert.equal(await article.locator('[part="title"]').getAttribute('aria-level'), '1');
    await shot(page, 'detail-page');
    await article.getByRole('link', { name: /Back to list/ }).click();
    await page.waitForURL(/portal-list\.html/);
    assert.deepEqual(await page.problems(), []);
  });

  it('a legacy portal’s global CSS does not reach inside', async () => {
    const page = await watchedPage(ctx.browser);
    await page.goto(`${ctx.url}/dist/demo/legacy.html`);
    const list = page.locator('news-list').first();
    await list.locator('.item .title a').first().waitFor();
    const looks = await list.evaluate((element) => {
      const root = element.shadowRoot;
      const item = root.querySelector('.item');
      const link = root.querySelector('.item .title a');
      const button = root.querySelector('nav .page-control');
      return {
        float: getComputedStyle(item).float,
        listStyle: getComputedStyle(item).listStyleType,
        boxSizing: getComputedStyle(item).boxSizing,
        linkColor: getComputedStyle(link).color,
        titleSize: parseFloat(getComputedStyle(root.querySelector('.item .title')).fontSize),
        buttonBorder: getComputedStyle(button).borderTopStyle,
        fontFamily: getComputedStyle(link).fontFamily,
      };
    });
    assert.equal(looks.float, 'none');
    assert.equal(looks.listStyle, 'none');
    assert.equal(looks.boxSizing, 'border-box');
    assert.notEqual(looks.linkColor, 'rgb(255, 0, 0)');
    assert.ok(looks.titleSize >= 16, `title font size ${looks.titleSize}px despite html { font-size: 62.5% }`);
    assert.equal(looks.buttonBorder, 'solid');
    assert.match(looks.fontFamily, /Georgia/);
    await shot(page, 'legacy');
    assert.deepEqual(await page.problems(), []);
  });

  it('three themes and dark mode render (screenshots)', async () => {
    const page = await watchedPage(ctx.browser, { width: 1400, height: 900 });
    await page.goto(`${ctx.url}/dist/demo/themes.html`);
    for (const index of [0, 1, 2]) await page.locator('news-list').nth(index).locator('.item .title').first().waitFor();
    await shot(page, 'themes');
    const dark = await page.locator('news-list').nth(2).evaluate((element) => getComputedStyle(element.shadowRoot.querySelector('.item .title a') ?? element.shadowRoot.querySelector('.item .title')).color);
    assert.equal(dark, 'rgb(230, 232, 235)');
    const phone = await watchedPage(ctx.browser, { width: 360, height: 780 });
    await phone.goto(`${ctx.url}/dist/demo/index.html`);
    await phone.locator('news-list .item .title').first().waitFor();
    assert.ok(await phone.evaluate(() => document.documentElement.scrollWidth <= 360), 'no horizontal scrolling at 360 px');
    await shot(phone, 'phone');
    assert.deepEqual([...(await page.problems()), ...(await phone.problems())], []);
  });
});

// The files of the script tag that load on first use (adapters, the sanitizer) come with what
// they import: each file such a file imports is asked for alongside it, so none is found only
// after another (a round trip more before the first request). The imports are read from the built
// files, so a new chain is met without this test naming it. Each such file is held back until
// what it imports has been asked for too: asked for alongside, that comes at once; found only in
// the file, it cannot come while the browser does not have the file, and the hold gives up after
// HOLD ms (a wait, not a measure: no time is compared). The files the loader preloads at once are
// not this test's: the browser schedules those as it likes.
describe('the script tag’s files on first use', () => {
  const ctx = useServerAndBrowser();
  const HOLD = 5000;
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  const importsOf = (file) => [...readFileSync(join(dist, 'script-tag', file), 'utf8').matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)].map(([, name]) => name);
  const atOnce = new Set([...readFileSync(join(dist, 'news-elements.iife.js'), 'utf8').matchAll(/script-tag\/([\w-]+\.js)/g)].map(([, name]) => name));
  /** The files the views below loaded. */
  const seen = new Set();

  for (const view of ['wordpress', 'ghost', 'strapi', 'drupal', 'rss', 'jsonfeed', 'mapping', 'article']) {
    it(`${view}: every file imported by a file loaded on first use is asked for alongside it`, async () => {
      const page = await watchedPage(ctx.browser);
      const asked = new Set();
      /** The releases of the files held back, each tried again when another file is asked for. */
      const held = new Set();
      const late = [];
      await page.route('**/dist/script-tag/*.js', async (route) => {
        const file = new URL(route.request().url()).pathname.split('/').pop();
        asked.add(file);
        for (const release of held) release();
        const notAsked = () => importsOf(file).filter((imported) => !asked.has(imported));
        if (!atOnce.has(file) && notAsked().length) {
          await new Promise((resolve) => {
            const release = () => {
              if (notAsked().length) return;
              held.delete(release);
              resolve();
            };
            held.add(release);
            setTimeout(() => held.delete(release) && resolve(), HOLD);
          });
          if (notAsked().length) late.push(`${notAsked().join(', ')} (imported by ${file}) not asked for while ${file} was held back`);
        }
        await route.continue();
      });
      await page.goto(`${ctx.url}/test/e2e/pages/script-tag-on-demand.html?${view === 'article' ? 'article' : `adapter=${view}`}`);
      await page.waitForFunction(() => window.__settled);
      for (const file of asked) seen.add(file);
      const own = view === 'article' ? 'sanitize-' : `${view}-`;
      assert.ok([...asked].some((file) => file.startsWith(own)), `${own}… was loaded: ${[...asked].join(', ')}`);
      assert.ok(atOnce.size >= 2 && [...atOnce].every((file) => asked.has(file)), `the loader's files (${[...atOnce].join(', ')}) are among those loaded`);
      assert.deepEqual(late, []);
    });
  }

  it('every file that imports one the loader does not preload was loaded by a view above', () => {
    const importers = readdirSync(join(dist, 'script-tag')).filter((file) => file.endsWith('.js') && !atOnce.has(file) && importsOf(file).some((imported) => !atOnce.has(imported)));
    assert.ok(importers.length > 0, 'the adapters that import the readers');
    assert.deepEqual(importers.filter((file) => !seen.has(file)), [], 'files whose imports this test does not see loaded: add a view that loads them');
  });
});
