// The demo portal as a visitor uses it (the built demo in dist/demo/, in Chromium): the language
// switch brings the news written in that language, "Back to list" returns to the tab and page the
// reader came from, the pager fits a phone, and the headings follow the page's <h1>.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { useServerAndBrowser, watchedPage } from './browser.mjs';

const titles = (list) => list.locator('.item .title').allTextContents().then((all) => all.map((t) => t.trim()));
const han = /\p{Script=Han}/u;
const arabic = /\p{Script=Arabic}/u;
const param = (page, name) => new URL(page.url()).searchParams.get(name);

describe('the demo portal', () => {
  const ctx = useServerAndBrowser();

  it('the language switch loads the news written in that language, and keeps the tab', async () => {
    const page = await watchedPage(ctx.browser);
    await page.goto(`${ctx.url}/dist/demo/index.html`);
    const list = page.locator('news-list');
    const article = page.locator('news-article');
    await list.locator('.item .title').first().waitFor();
    await page.locator('news-tabs').getByRole('tab', { name: 'News', exact: true }).click();
    await list.getByRole('link', { name: 'Page 2', exact: true }).click();
    await list.locator('[aria-current="page"]', { hasText: '2' }).waitFor();

    await page.getByRole('button', { name: '中文' }).click();
    await page.waitForFunction(() => /\p{Script=Han}/u.test(document.querySelector('news-list')?.shadowRoot?.querySelector('.item .title')?.textContent ?? ''));
    assert.ok((await titles(list)).every((title) => han.test(title)), 'every title in Chinese');
    assert.equal((await page.locator('news-tabs [aria-selected="true"]').textContent()).trim(), '新闻动态');
    assert.equal(param(page, 'news-category'), 'news');
    assert.equal(param(page, 'news-page'), null, 'another edition starts at its first page');
    assert.equal(await page.locator('h1').textContent(), '新闻中心');

    // An open article the other edition has stays open, in that language.
    await list.locator('.item .title a').first().click();
    await article.locator('[part="title"]').waitFor();
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.waitForFunction(() => /\p{Script=Arabic}/u.test(document.querySelector('news-article')?.shadowRoot?.querySelector('[part="title"]')?.textContent ?? ''));
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    assert.ok(arabic.test(await article.locator('.body').textContent()));

    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => /Suzhou/.test(document.querySelector('news-article')?.shadowRoot?.querySelector('[part="title"]')?.textContent ?? ''));
    assert.deepEqual(await page.problems(), []);
  });

  it('an open article the other edition lacks is closed: the list of its tab shows', async () => {
    const page = await watchedPage(ctx.browser);
    // "New service centre opens in Chengdu" is in English only.
    await page.goto(`${ctx.url}/dist/demo/index.html?news-category=news&news-article=1041`);
    const list = page.locator('news-list');
    await page.locator('news-article [part="title"]').waitFor();
    await page.getByRole('button', { name: '中文' }).click();
    await list.locator('.item .title').first().waitFor();
    assert.ok(han.test((await titles(list))[0]));
    assert.equal(param(page, 'news-article'), null);
    assert.equal(param(page, 'news-category'), 'news');
    assert.deepEqual(await page.problems(), []);
  });

  it('a saved language is in place before the widgets load: no English request first', async () => {
    const page = await watchedPage(ctx.browser);
    const asked = [];
    page.on('request', (request) => request.url().includes('/data/') && asked.push(new URL(request.url()).pathname));
    await page.goto(`${ctx.url}/dist/demo/portal-list.html?lang=ar`);
    await page.locator('news-list .item .title').first().waitFor();
    assert.ok(arabic.test((await titles(page.locator('news-list')))[0]));
    assert.deepEqual([...new Set(asked)].sort(), ['/dist/demo/data/categories.ar.json', '/dist/demo/data/news.ar.json']);
    assert.deepEqual(await page.problems(), []);
  });

  it('"Back to list" on the detail page returns to the tab and page the reader came from', async () => {
    const page = await watchedPage(ctx.browser);
    await page.goto(`${ctx.url}/dist/demo/portal-list.html`);
    const list = page.locator('news-list');
    await list.locator('.item .title').first().waitFor();
    await page.locator('news-tabs').getByRole('tab', { name: 'News', exact: true }).click();
    await list.getByRole('link', { name: 'Page 2', exact: true }).click();
    await list.locator('[aria-current="page"]', { hasText: '2' }).waitFor();
    const pageTwo = await titles(list);
    const entries = await page.evaluate(() => history.length);

    await list.locator('.item .title a').nth(1).click();
    await page.waitForURL(/detail\.html\?id=/);
    const article = page.locator('news-article');
    const back = article.getByRole('link', { name: /Back to list/ });
    await back.waitFor();
    assert.match(await back.getAttribute('href'), /portal-list\.html\?news-category=news&news-page=2$/);
    await back.click();
    await page.waitForURL(/portal-list\.html\?news-category=news&news-page=2$/);
    await list.locator('[aria-current="page"]', { hasText: '2' }).waitFor();
    assert.deepEqual(await titles(list), pageTwo);
    assert.equal((await page.locator('news-tabs [aria-selected="true"]').textContent()).trim(), 'News');
    // Back in history, not a new entry on top.
    assert.equal(await page.evaluate(() => history.length), entries + 1);

    // After going on to the next article, the link still leads to that tab and page.
    await list.locator('.item .title a').first().click();
    await page.waitForURL(/detail\.html\?id=/);
    await article.locator('[part="sequence"] a').last().click();
    await page.waitForURL((url) => url.searchParams.get('id') !== null && !/portal-list/.test(url.pathname));
    await article.locator('[part="title"]').waitFor();
    await article.getByRole('link', { name: /Back to list/ }).click();
    await page.waitForURL(/portal-list\.html\?news-category=news&news-page=2$/);
    await list.locator('[aria-current="page"]', { hasText: '2' }).waitFor();
    assert.deepEqual(await page.problems(), []);
  });

  it('"Back to list" in the news centre goes back in history to the list it came from', async () => {
    const page = await watchedPage(ctx.browser);
    await page.goto(`${ctx.url}/dist/demo/index.html?news-category=news&news-page=3`);
    const list = page.locator('news-list');
    await list.locator('.item .title a').first().waitFor();
    const entries = await page.evaluate(() => history.length);
    await list.locator('.item .title a').first().click();
    await page.locator('news-article [part="title"]').waitFor();
    await page.locator('news-article').getByRole('button', { name: /Back to list/ }).click();
    await list.locator('[aria-current="page"]', { hasText: '3' }).waitFor();
    assert.equal(param(page, 'news-category'), 'news');
    assert.equal(await page.evaluate(() => history.length), entries + 1, 'one entry for the article, none for the way back');
    assert.deepEqual(await page.problems(), []);
  });

  it('on a 390 px phone the pager is one row, in each language', async () => {
    const page = await watchedPage(ctx.browser, { width: 390, height: 844 });
    for (const lang of ['en', 'zh-CN', 'ar']) {
      await page.goto(`${ctx.url}/dist/demo/index.html?lang=${lang}&news-page=3`);
      const nav = page.locator('news-list nav');
      await nav.waitFor();
      const rows = await nav.evaluate((element) => new Set([...element.querySelectorAll('li')].filter((li) => li.offsetParent).map((li) => Math.round(li.getBoundingClientRect().top))).size);
      assert.equal(rows, 1, `${lang}: one row`);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), `${lang}: no horizontal scrolling`);
    }
    assert.deepEqual(await page.problems(), []);
  });

  it('axe finds no heading-order problem under the page’s <h1>', async () => {
    const axe = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    const page = await watchedPage(ctx.browser);
    for (const path of ['index.html', 'portal-list.html', 'index.html?news-article=1052']) {
      await page.goto(`${ctx.url}/dist/demo/${path}`);
      await page.locator(path.includes('article') ? 'news-article [part="title"]' : 'news-list .item .title').first().waitFor();
      await page.addScriptTag({ path: axe });
      const violations = await page.evaluate(async () => (await window.axe.run(document, { runOnly: ['heading-order'] })).violations.map((v) => v.id));
      assert.deepEqual(violations, [], path);
    }
    assert.deepEqual(await page.problems(), []);
  });
});
