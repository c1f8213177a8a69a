// End to end: a page that enforces Trusted Types but leaves "news-elements" out of trusted-types
// gets one clear configuration error in every element at start, naming the policy to add (not a
// failure later, with some long body or some title only).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useServerAndBrowser, watchedPage } from './browser.mjs';

const CSP = "script-src 'self'; object-src 'none'; require-trusted-types-for 'script'; trusted-types lit-html dompurify";

describe('Trusted Types misconfigured, end to end', () => {
  const ctx = useServerAndBrowser((path) => (path.endsWith('/trusted-types-missing.html') ? { 'content-security-policy': CSP } : {}));

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
