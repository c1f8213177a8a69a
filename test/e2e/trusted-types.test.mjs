// End to end: a page that enforces Trusted Types but leaves "news-elements" out of trusted-types
// gets one clear configuration error in every element at start, naming the policy to add (not a
// failure later, with some long body or some title only).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useServerAndBrowser, watchedPage } from './browser.mjs';

const CSP = "script-src 'self'; object-src 'none'; require-trusted-types-for 'script'; trusted-types lit-html dompurify";
const STRICT = `${CSP} news-elements`;

describe('Trusted Types, end to end', () => {
  const ctx = useServerAndBrowser((path) =>
    path.endsWith('/trusted-types-missing.html') ? { 'content-security-policy': CSP } : path.endsWith('/trusted-types-feed.html') ? { 'content-security-policy': STRICT } : {},
  );

  it('feeds (parsed by DOMParser, a Trusted Types sink) read under the strict policy, with no violation', async () => {
    const page = await watchedPage(ctx.browser);
    await page.goto(`${ctx.url}/test/e2e/pages/trusted-types-feed.html`);
    for (const index of [0, 1]) await page.locator('news-list').nth(index).locator('.item .title').first().waitFor();
    assert.deepEqual(await page.problems(), []);
  });

  it('every element says which policy the page must allow', async () => {
    const page = await watchedPage(ctx.browser);
    await page.goto(`${ctx.url}/test/e2e/pages/trusted-types-missing.html`);
    for (const tag of ['news-tabs', 'news-list', 'news-article']) {
      const alert = page.locator(tag).locator('[role="alert"]');
      await alert.waitFor();
      assert.match(await alert.textContent(), /news-elements/, tag);
      // A page set up wrong is not helped by trying again.
      assert.equal(await page.locator(tag).locator('[part="retry"]').count(), 0, tag);
    }
  });
});
