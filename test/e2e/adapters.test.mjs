// The "Any CMS" demo page, built: the same portal on each content system's answers (played in
// the page by demo/cms-mock.ts). For each: the tabs, a page of the list, a category, an article.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { artifacts, useServerAndBrowser, watchedPage } from './browser.mjs';

const systems = ['native', 'wordpress', 'ghost', 'jsonfeed', 'strapi', 'strapi4', 'drupal', 'rss', 'mapping'];

describe('the same portal on every content system', () => {
  const ctx = useServerAndBrowser();

  for (const system of systems) {
    it(`${system}: tabs, pages, a category and an article`, async () => {
      const page = await watchedPage(ctx.browser);
      await page.goto(`${ctx.url}/dist/demo/adapters.html?cms=${system}`);
      const tabs = page.locator('news-tabs');
      const list = page.locator('news-list');
      await list.locator('.item .title').nth(7).waitFor();
      assert.equal(await list.locator('.item').count(), 8);
      // The thumbnails load (a feed's relative URL would point under /cms/<system>/, not at the images).
      await page.waitForFunction(() => {
        const img = document.querySelector('news-list')?.shadowRoot?.querySelector('.thumb img');
        return img?.complete;
      });
      const broken = await page.evaluate(() =>
        [...document.querySelector('news-list').shadowRoot.querySelectorAll('.thumb img')].filter((img) => img.complete && img.naturalWidth === 0).map((img) => img.src),
      );
      assert.deepEqual(broken, [], 'thumbnails that did not load');
      await tabs.getByRole('tab').nth(7).waitFor();
      assert.equal(await tabs.getByRole('tab').count(), 8, 'All and the seven categories');

      // Page 2 (numbered where the system tells totals, Next where it only has a next link).
      await list.getByRole('link', { name: /^(Page 2|Next)/ }).first().click();
      await page.waitForFunction(() => new URL(location.href).searchParams.get('news-page') === '2');
      await list.locator('.item .title').first().waitFor();

      await tabs.getByRole('tab', { name: 'Corporate Video', exact: true }).click();
      await page.waitForFunction(() => new URL(location.href).searchParams.has('news-category'));
      await page
        .waitForFunction(() => {
          const titles = [...(document.querySelector('news-list')?.shadowRoot?.querySelectorAll('.item .title') ?? [])].map((t) => t.textContent);
          return titles.length > 0 && titles.every((t) => /video/i.test(t));
        })
        .catch(() => {});
      const titles = await list.locator('.item .title').allTextContents();
      assert.ok(titles.length > 0 && titles.every((t) => /video/i.test(t)), `only videos: ${titles.join(' | ')}`);

      await list.locator('.item .title a').first().click();
      const article = page.locator('news-article');
      await article.locator('.body').waitFor();
      assert.match(await article.getByRole('heading').first().textContent(), /video/i);
      assert.ok((await article.locator('.body').textContent()).trim().length > 20);
      await page.screenshot({ path: join(artifacts, `cms-${system}.png`) });
      assert.deepEqual(await page.problems(), []);
    });
  }
});
