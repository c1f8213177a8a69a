// A keyboard-only walk through the demo news centre, as a user without a mouse makes it, and the
// accessibility tree a screen reader reads at each step.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { artifacts, useServerAndBrowser, watchedPage } from './browser.mjs';

/** The focused element, described through shadow roots: its role-ish tag, name and text. */
const focused = (page) =>
  page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return {
      tag: element?.localName,
      role: element?.getAttribute('role'),
      label: element?.getAttribute('aria-label'),
      text: element?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 60),
      current: element?.getAttribute('aria-current'),
      selected: element?.getAttribute('aria-selected'),
    };
  });

describe('keyboard-only and screen-reader walk through the demo', () => {
  const ctx = useServerAndBrowser();

  it('tabs, a page, an article and back, with focus always somewhere sensible', async () => {
    const page = await watchedPage(ctx.browser);
    const log = [];
    await page.goto(`${ctx.url}/dist/demo/index.html`);
    await page.locator('news-list .item .title').first().waitFor();

    // Into the tab bar: the selected tab ("All") is the one in the Tab order.
    await page.locator('news-tabs').getByRole('tab', { name: 'All' }).focus();
    assert.deepEqual((await focused(page)).selected, 'true');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    let now = await focused(page);
    assert.equal(now.text, 'News');
    assert.equal(now.selected, 'false', 'arrows move focus, they do not choose (manual activation)');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('news-category') === 'news');
    assert.equal((await focused(page)).selected, 'true');
    log.push(['tabs', await page.locator('news-tabs').ariaSnapshot()]);

    // Tab into the list: the first item's link.
    await page.keyboard.press('Tab');
    now = await focused(page);
    assert.equal(now.tag, 'a');
    const firstTitle = now.text;

    // To page 2 through the pagination links.
    for (let i = 0; i < 30 && (await focused(page)).label !== 'Page 2'; i++) await page.keyboard.press('Tab');
    assert.equal((await focused(page)).label, 'Page 2');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('news-page') === '2');
    now = await focused(page);
    assert.equal(now.role, 'group', 'focus moves to the top of the list after a page change');
    assert.match(now.label, /Articles: News/);
    const status = await page.locator('news-list [role="status"]').textContent();
    assert.match(status, /Showing 11–20 of 26 articles in News/);
    log.push(['list page 2', await page.locator('news-list').ariaSnapshot(), `live region: ${status}`]);

    // Open the first article of page 2.
    await page.keyboard.press('Tab');
    const opened = (await focused(page)).text;
    assert.notEqual(opened, firstTitle);
    await page.keyboard.press('Enter');
    await page.locator('news-article [part="title"]').waitFor();
    now = await focused(page);
    assert.equal(now.role, 'heading', 'opening an article focuses its title');
    assert.equal(now.text, opened);
    log.push(['article', await page.locator('news-article').ariaSnapshot()]);

    // Shift+Tab to "Back to list", Enter: focus returns to the item that was open.
    await page.keyboard.press('Shift+Tab');
    assert.match((await focused(page)).text, /Back to list/);
    await page.keyboard.press('Enter');
    await page.locator('news-list .item .title').first().waitFor();
    await page.waitForFunction(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      return element?.localName === 'a';
    });
    assert.equal((await focused(page)).text, opened);

    await writeFile(join(artifacts, 'keyboard-walkthrough.txt'), log.map((step) => step.join('\n')).join('\n\n---\n\n'));
    assert.deepEqual(await page.problems(), []);
  });
});
