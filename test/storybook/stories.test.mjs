// The built Storybook (npm run build-storybook → storybook-static/): every story opens in
// Chromium without an uncaught error and renders something; the default stories pass axe; the
// docs page of each element lists its attributes, events, parts and custom properties.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { useServerAndBrowser, watchedPage } from '../e2e/browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const indexFile = `${root}storybook-static/index.json`;
if (!existsSync(indexFile)) throw new Error('storybook-static/ is missing: run `npm run build-storybook` first');
const entries = Object.values(JSON.parse(readFileSync(indexFile, 'utf8')).entries);
const stories = entries.filter((entry) => entry.type === 'story');
const docs = entries.filter((entry) => entry.type === 'docs');
const axeSource = readFileSync(`${root}node_modules/axe-core/axe.min.js`, 'utf8');

/** Whether the story root holds rendered news elements (or, for the portal, any content). */
const rendered = () => {
  const rootElement = document.querySelector('#storybook-root');
  const elements = [...(rootElement?.querySelectorAll('news-tabs, news-list, news-article') ?? [])];
  if (!elements.length) return false;
  // Every element has rendered (an idle detail view renders nothing on purpose).
  return elements.every((element) => element.shadowRoot && (element.shadowRoot.childElementCount > 0 || element.matches('news-article:not([article-id])')));
};

describe('Storybook', () => {
  const ctx = useServerAndBrowser();

  it(`has stories for every element (${stories.length} stories)`, () => {
    const titles = new Set(stories.map((story) => story.title));
    for (const title of ['Elements/news-tabs', 'Elements/news-list', 'Elements/news-article', 'Portal']) assert.ok(titles.has(title), title);
  });

  it('opens every story without an uncaught error or an empty render', async () => {
    const failures = [];
    const page = await watchedPage(ctx.browser);
    for (const story of stories) {
      await page.goto(`${ctx.url}/storybook-static/iframe.html?id=${story.id}&viewMode=story`);
      try {
        await page.waitForFunction(rendered, null, { timeout: 10_000 });
      } catch {
        failures.push(`${story.id}: empty render`);
      }
      const problems = await page.problems();
      if (problems.length) failures.push(`${story.id}: ${problems.join('; ')}`);
    }
    assert.deepEqual(failures, []);
  });

  it('the default stories have no axe violations', async () => {
    const page = await watchedPage(ctx.browser);
    const failures = [];
    for (const story of stories.filter((entry) => /--(default|news-centre|rich-content)$/.test(entry.id))) {
      await page.goto(`${ctx.url}/storybook-static/iframe.html?id=${story.id}&viewMode=story`);
      await page.waitForFunction(rendered, null, { timeout: 10_000 });
      await page.waitForTimeout(300);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
        return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      });
      if (violations.length) failures.push(`${story.id}: ${violations.join('; ')}`);
    }
    assert.deepEqual(failures, []);
  });

  it('the docs page of each element lists its attributes, events, parts and custom properties', async () => {
    const page = await watchedPage(ctx.browser);
    const expected = {
      'elements-news-list--docs': ['page-size', 'article-href', 'news-page-change', 'news-article-select', 'thumbnail', '--news-accent'],
      'elements-news-tabs--docs': ['categories-src', 'no-all', 'news-category-change', 'tab-selected', '--news-accent'],
      'elements-news-article--docs': ['article-src', 'article-id', 'video-hosts', 'news-load', 'attachments', '--news-title-size'],
    };
    assert.deepEqual(docs.map((entry) => entry.id).filter((id) => id in expected).sort(), Object.keys(expected).sort());
    for (const [id, names] of Object.entries(expected)) {
      await page.goto(`${ctx.url}/storybook-static/iframe.html?id=${id}&viewMode=docs`);
      await page.locator('.docblock-argstable').first().waitFor({ timeout: 15_000 });
      const text = await page.locator('#storybook-docs').innerText();
      for (const name of names) assert.ok(text.includes(name), `${id} lists ${name}`);
    }
  });
});
