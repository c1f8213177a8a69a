// 4. Requests: a scripted visit of the demo (All, News, page 2, an article, back to the list,
// All, News again), counting the data requests each step makes. Twice: the demo as built (one
// whole-file export, data/news.json) and the same page on a paged loopback endpoint
// (/api/demo-news: one request per category and page).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST } from '../lib/env.mjs';

/** The steps, and the data requests each should make: [whole file, paged endpoint]. */
const STEPS = [
  { name: 'All (page load)', expect: [2, 2], view: 'list' },
  { name: 'News tab', expect: [0, 1], view: 'list', act: (page) => page.locator('news-tabs [role=tab][data-category="news"]').click() },
  { name: 'page 2', expect: [0, 1], view: 'list', act: (page) => page.locator('news-list [part~=page][aria-label="Page 2"]').click() },
  { name: 'an article', expect: [0, 0], view: 'article', act: (page) => page.locator('news-list li.item a').first().click() },
  { name: 'back to the list', expect: [0, 0], view: 'list', act: (page) => page.locator('news-article [part~=back]').click() },
  { name: 'All tab (revisit)', expect: [0, 0], view: 'list', act: (page) => page.locator('news-tabs [role=tab][data-category=""]').click() },
  { name: 'News again (revisit)', expect: [0, 0], view: 'list', act: (page) => page.locator('news-tabs [role=tab][data-category="news"]').click() },
];

/** Waits until the view is on screen and no data request has started for `quiet` ms. */
async function settle(page, view, inFlight, lastStart, quiet = 300) {
  if (view === 'list') await page.locator('news-list li.item').first().waitFor({ state: 'visible' });
  else await page.locator('news-article [part~=title]').first().waitFor({ state: 'visible' });
  for (;;) {
    const idle = Date.now() - lastStart();
    if (inFlight() === 0 && idle >= quiet) return;
    await page.waitForTimeout(Math.max(50, quiet - idle));
  }
}

async function visit(browser, url, mode) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  let current = [];
  let images = 0;
  let inFlight = 0;
  let lastStart = 0;
  const all = [];
  page.on('request', (request) => {
    const type = request.resourceType();
    if (type === 'image' || type === 'media') images += 1;
    if (type !== 'fetch' && type !== 'xhr') return;
    const path = new URL(request.url()).pathname + new URL(request.url()).search;
    current.push(path);
    all.push(path);
    inFlight += 1;
    lastStart = Date.now();
  });
  const finished = (request) => {
    if (['fetch', 'xhr'].includes(request.resourceType())) inFlight -= 1;
  };
  page.on('requestfinished', finished);
  page.on('requestfailed', finished);
  const steps = [];
  for (const step of STEPS) {
    current = [];
    if (step.act) await step.act(page);
    else await page.goto(url);
    await settle(page, step.view, () => inFlight, () => lastStart);
    const expected = step.expect[mode === 'file' ? 0 : 1];
    steps.push({ step: step.name, requests: current.length, expected, urls: current, ok: current.length === expected });
  }
  await page.close();
  const duplicates = all.filter((path, i) => all.indexOf(path) !== i);
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  return { steps, total: all.length, duplicates, images, ok: steps.every((s) => s.ok) && duplicates.length === 0 };
}

/** @param {{ browser: import('playwright-core').Browser, server: import('../lib/server.mjs').BenchServer, log: (line: string) => void }} context */
export async function measureRequests({ browser, server, log }) {
  const html = await readFile(join(DIST, 'demo/index.html'), 'utf8');
  const paged = html.replaceAll('src="data/news.json"', 'src="../api/demo-news"');
  if (paged === html) throw new Error('dist/demo/index.html has no src="data/news.json" to point at the paged endpoint');
  server.add('/demo/paged.html', paged, 'text/html; charset=utf-8');
  const file = await visit(browser, `${server.url}/demo/index.html`, 'file');
  const pagedVisit = await visit(browser, `${server.url}/demo/paged.html`, 'paged');
  for (const [name, result] of [['whole file', file], ['paged', pagedVisit]]) {
    log(`  ${name}: ${result.steps.map((s) => `${s.requests}/${s.expected}`).join(' ')}; duplicates ${result.duplicates.length}`);
  }
  return { wholeFile: file, paged: pagedVisit };
}
