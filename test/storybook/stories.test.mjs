// The built Storybook (npm run build-storybook → storybook-static/): every story opens in
// Chromium without an uncaught error and renders something; the default stories pass axe; every
// part an element renders is in its JSDoc; the docs page of each element lists its public API
// (from custom-elements.json) and nothing else, with real defaults; the getting-started page.
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
const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
const tagNames = ['news-tabs', 'news-list', 'news-article'];
const elementOf = (tagName) => manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tagName);

/**
 * The rows an element's docs table may have: its public attributes (a property without one by its
 * own name), events, CSS custom properties and parts, as the manifest lists them, and the story's
 * two controls.
 */
function publicRows(tagName) {
  const element = elementOf(tagName);
  const attributes = (element.attributes ?? []).map((attribute) => attribute.name);
  const properties = (element.members ?? []).filter((member) => member.kind === 'field' && !member.static && !member.attribute).map((member) => member.name);
  const rest = [element.events, element.cssProperties, element.cssParts, element.slots].flatMap((list) => (list ?? []).map((item) => item.name));
  return [...attributes, ...properties, ...rest, 'scenario', 'width'];
}

/**
 * Parts an element's JSDoc names that no story renders, each with where it shows: the notice needs
 * a refresh that fails after a success, the page-instead link a page past the end, a child
 * category's tab categories with parents, the previous/next links an article opened from a list.
 */
const partsNoStoryRenders = {
  'news-tabs': ['tab-child'],
  'news-list': ['notice', 'page-instead'],
  'news-article': ['notice', 'sequence'],
};

/** Whether the story root holds rendered news elements (or, for the portal, any content). */
const rendered = () => {
  const rootElement = document.querySelector('#storybook-root');
  const elements = [...(rootElement?.querySelectorAll('news-tabs, news-list, news-article') ?? [])];
  if (!elements.length) return false;
  // Every element has rendered (an idle detail view renders nothing on purpose).
  return elements.every((element) => element.shadowRoot && (element.shadowRoot.childElementCount > 0 || element.matches('news-article:not([article-id])')));
};

/** Whether no element of the story root is loading (`aria-busy`). */
const settled = () =>
  [...(document.querySelector('#storybook-root')?.querySelectorAll('news-tabs, news-list, news-article') ?? [])].every(
    (element) => !element.shadowRoot?.querySelector('[aria-busy="true"]'),
  );

describe('Storybook', () => {
  const ctx = useServerAndBrowser();

  it(`has stories for every element (${stories.length} stories)`, () => {
    const titles = new Set(stories.map((story) => story.title));
    for (const title of ['Elements/news-tabs', 'Elements/news-list', 'Elements/news-article', 'Portal']) assert.ok(titles.has(title), title);
  });

  /** The parts each element rendered in some story, by tag name. */
  const renderedParts = Object.fromEntries(tagNames.map((tagName) => [tagName, new Set()]));

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
      // The parts of what arrived, not of the loading rows (a loading story never settles).
      await page
        .waitForFunction(settled, null, { timeout: 5_000 })
        .catch(() => undefined);
      const parts = await page.evaluate(() =>
        [...document.querySelectorAll('#storybook-root news-tabs, #storybook-root news-list, #storybook-root news-article')].map((element) => [
          element.localName,
          [...(element.shadowRoot?.querySelectorAll('[part]') ?? [])].flatMap((node) => node.getAttribute('part').split(/\s+/).filter(Boolean)),
        ]),
      );
      for (const [tagName, names] of parts) for (const name of names) renderedParts[tagName].add(name);
    }
    assert.deepEqual(failures, []);
  });

  it('every part an element renders is in its JSDoc, and every part there is rendered', () => {
    for (const tagName of tagNames) {
      const documented = (elementOf(tagName).cssParts ?? []).map((part) => part.name).sort();
      const rendered = [...renderedParts[tagName]].sort();
      assert.deepEqual(rendered.filter((name) => !documented.includes(name)), [], `<${tagName}> renders parts its JSDoc does not name (@csspart)`);
      const unseen = documented.filter((name) => !renderedParts[tagName].has(name));
      assert.deepEqual(unseen, partsNoStoryRenders[tagName], `<${tagName}>: the documented parts no story rendered`);
    }
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
        // The a11y addon runs axe in the same page after each render: wait for its run to end.
        for (let tries = 0; ; tries++) {
          try {
            const result = await window.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
            return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
          } catch (error) {
            if (tries > 20 || !/already running/.test(String(error))) throw error;
            await new Promise((resolve) => setTimeout(resolve, 250));
          }
        }
      });
      if (violations.length) failures.push(`${story.id}: ${violations.join('; ')}`);
    }
    assert.deepEqual(failures, []);
  });

  it('the docs page of each element lists its public API and nothing else, with real defaults', async () => {
    const page = await watchedPage(ctx.browser);
    const expected = {
      'elements-news-list--docs': ['page-size', 'article-href', 'news-page-change', 'news-article-select', 'thumbnail', '--news-accent', '--news-scroll-margin'],
      'elements-news-tabs--docs': ['categories-src', 'no-all', 'news-category-change', 'tab-selected', '--news-accent'],
      'elements-news-article--docs': ['article-src', 'article-id', 'video-hosts', 'news-load', 'attachments', '--news-title-size'],
    };
    // What the manifest once listed of the elements' insides, and Storybook showed.
    const internals = ['memberKind', 'listLoad', 'categoriesLoad', 'articleLoad', 'groupController', 'onListClick', 'newsGroup', 'messages', 'endpointPart', 'clientOptions', 'pageSizeWanted', 'groupName'];
    assert.deepEqual(docs.map((entry) => entry.id).filter((id) => id in expected).sort(), Object.keys(expected).sort());
    for (const [id, names] of Object.entries(expected)) {
      const tagName = id.replace(/^elements-(.*)--docs$/, '$1');
      await page.goto(`${ctx.url}/storybook-static/iframe.html?id=${id}&viewMode=docs`);
      const table = page.locator('.docblock-argstable').first();
      await table.waitFor({ timeout: 15_000 });
      const rows = await table.evaluate((element) => {
        let section = '';
        return [...element.querySelectorAll('tbody tr')].flatMap((row) => {
          const cells = [...row.querySelectorAll('td, th')].map((cell) => cell.innerText.trim());
          // A section's row ("attributes", "events"…) names no entry.
          if (cells.length < 3) {
            section = cells.join(' ').replace(/\s+/g, ' ').toLowerCase();
            return [];
          }
          return [{ section, name: cells[0].split('\n')[0], defaultValue: cells[2] }];
        });
      });
      const shown = rows.map((row) => row.name);
      for (const name of names) assert.ok(shown.includes(name), `${id} lists ${name}`);
      assert.deepEqual(shown.filter((name) => internals.includes(name)), [], `${id} lists internals`);
      assert.deepEqual(shown.filter((name) => !publicRows(tagName).includes(name)), [], `${id} lists only the public API of <${tagName}>`);
      // An attribute and its property are one row (a part may share an attribute's name: `page`).
      const keys = rows.map((row) => `${row.section}: ${row.name}`);
      assert.deepEqual(keys.filter((key, i) => keys.indexOf(key) !== i), [], `${id} lists each entry once`);
      // A default is a value, never the name of a constant (DEFAULT_PAGE_SIZE).
      assert.deepEqual(rows.filter((row) => /^[A-Z][A-Z0-9_]+$/.test(row.defaultValue)).map((row) => `${row.name}: ${row.defaultValue}`), [], `${id} defaults`);
      if (tagName === 'news-list') assert.equal(rows.find((row) => row.name === 'page-size')?.defaultValue, '10');
      if (tagName === 'news-article') assert.equal(rows.find((row) => row.name === 'url-param')?.defaultValue, 'id');
      if (tagName === 'news-tabs') assert.ok(!shown.includes('notice'), 'the tabs render no notice part');
    }
  });

  it('has a getting-started page with a live example', async () => {
    assert.ok(docs.some((entry) => entry.id === 'getting-started--docs'), 'getting-started--docs');
    const page = await watchedPage(ctx.browser);
    await page.goto(`${ctx.url}/storybook-static/iframe.html?id=getting-started--docs&viewMode=docs`);
    await page.waitForFunction(() => document.querySelector('#storybook-docs news-list')?.shadowRoot?.querySelector('[part~="item"]'), null, { timeout: 15_000 });
    assert.match(await page.locator('#storybook-docs').innerText(), /Getting started/);
    assert.deepEqual(await page.problems(), []);
  });
});
