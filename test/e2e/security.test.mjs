// End to end, on the built demo: the strict-CSP page and the hostile-content page render with
// nothing executed and no policy violation, served over HTTP like a portal would serve them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { join } from 'node:path';
import { artifacts, useServerAndBrowser, watchedPage } from './browser.mjs';

const CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html dompurify news-elements";

describe('security, end to end', () => {
  const ctx = useServerAndBrowser((path) => (path.endsWith('/csp.html') ? { 'content-security-policy': CSP } : {}));

  it('the strict CSP + Trusted Types page renders the news and hostile answers with no violation', async () => {
    const page = await watchedPage(ctx.browser);
    const response = await page.goto(`${ctx.url}/dist/demo/csp.html`);
    assert.equal(response.headers()['content-security-policy'], CSP);
    const lists = page.locator('news-list');
    await lists.nth(0).locator('.item .title').first().waitFor();
    await lists.nth(1).locator('.item .title').first().waitFor();
    // Open the hostile article (in-place) and a regular one, so every body goes through the sanitizer.
    await lists.nth(1).locator('.item .title a').first().click();
    await page.locator('news-article').nth(1).locator('[part="title"]').waitFor();
    await lists.nth(0).locator('.item .title a').first().click();
    await page.locator('news-article').nth(0).locator('[part="title"]').waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(artifacts, 'csp.png'), fullPage: true });
    assert.deepEqual(await page.problems(), []);
    assert.match(await page.locator('[data-safety-monitor]').textContent(), /Nothing from the hostile answers has run/);
  });

  it('the hostile-content page shows the attacks as text and runs none of them', async () => {
    const page = await watchedPage(ctx.browser);
    await page.goto(`${ctx.url}/dist/demo/hostile.html`);
    const list = page.locator('news-list');
    await list.locator('.item .title').first().waitFor();
    assert.match(await list.locator('.item .title').first().textContent(), /<script>window.__pwned='title'<\/script>/);
    await list.locator('.item .title a').first().click();
    const article = page.locator('news-article');
    await article.locator('[part="body"]').waitFor();
    await article.locator('[part="body"] p').last().hover();
    await page.waitForTimeout(500);
    const body = article.locator('[part="body"]');
    assert.equal(await body.locator('script, iframe, form, input, object, embed, style, meta, base').count(), 0);
    const overlay = body.locator('div', { hasText: 'FAKE OVERLAY' });
    assert.equal(await overlay.evaluate((element) => getComputedStyle(element).position), 'static');
    await page.screenshot({ path: join(artifacts, 'hostile.png'), fullPage: true });
    assert.deepEqual(await page.problems(), []);
  });
});
