// 8. Long tasks: the main-thread tasks over 50 ms (PerformanceObserver 'longtask') of a
// 10,000-article whole-file list (first page, another category, page 125) and of a 1 MB and a
// 5 MB article body, in the script-tag bundle of dist/. The unit tests check that these cases
// show the right content; how long the tasks take is measured here, where a busy machine makes
// a figure worse, not a test red.
import { makeArticles } from '../lib/data.mjs';
import { median } from '../lib/stats.mjs';

/** The whole-file export: 10,000 articles in four categories, so FAQ has 2,500 (125 pages of 20). */
export const LIST = { articles: 10_000, pageSize: 20, category: 'faq', page: 125, runs: 5 };
const LIST_CATEGORIES = ['news', 'product-management', 'introduction', 'faq'];
/** The article bodies (1 MB = 1,000,000 bytes) and runs of each, after one warm-up run. */
export const BODIES = [
  { name: '1 MB', bytes: 1_000_000, runs: 5 },
  { name: '5 MB', bytes: 5_000_000, runs: 5 },
];
const WARMUP = 1;
/** The budget the report checks: no task of these cases longer than this (median over runs of each run's longest). */
export const LONG_TASK_BUDGET_MS = 100;

/** A body of `bytes` of CMS HTML: paragraphs with a link and an image with an event handler (which the sanitizer drops). */
export function makeBody(bytes) {
  const paragraph = `<p>${'Hengyuan Group reports steady growth across its plants and markets. '.repeat(20)}<a href="https://example.com">link</a> <img src="/bench/missing.jpg" alt="" onerror="window.__pwned=1"></p>`;
  const paragraphs = Math.ceil(bytes / paragraph.length);
  return { body: paragraph.repeat(paragraphs), paragraphs };
}

/** Median and worst of each figure over the runs (ms, rounded). */
function collect(runs) {
  const out = {};
  for (const key of Object.keys(runs[0])) {
    const values = runs.map((r) => r[key]);
    if (typeof values[0] !== 'number') continue;
    out[key] = { median: Math.round(median(values) * 10) / 10, max: Math.round(Math.max(...values) * 10) / 10 };
  }
  out.durations = runs.map((r) => r.durations);
  return out;
}

/** @param {{ browser: import('playwright-core').Browser, server: import('../lib/server.mjs').BenchServer, log: (line: string) => void }} context */
export async function measureLongTasks({ browser, server, log }) {
  const file = makeArticles(LIST.articles).map((a, i) => ({ ...a, category: LIST_CATEGORIES[i % LIST_CATEGORIES.length] }));
  server.add('/bench/data/whole-file.json', JSON.stringify(file), 'application/json; charset=utf-8');
  const bodies = BODIES.map((b) => ({ ...b, ...makeBody(b.bytes), src: `/bench/data/article-${b.bytes}.json` }));
  for (const b of bodies) server.add(b.src, JSON.stringify({ id: 1, title: `A ${b.name} article`, body: b.body }), 'application/json; charset=utf-8');

  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}/bench/long-tasks.html`);
  await page.evaluate(() => window.bench.ready);
  let run = 0;
  const results = { budget: LONG_TASK_BUDGET_MS, list: { articles: LIST.articles, runs: LIST.runs, steps: {} }, articles: {} };

  // Page 125 of FAQ ends with the file's last article.
  const listOptions = { src: '/bench/data/whole-file.json', pageSize: LIST.pageSize, category: LIST.category, page: LIST.page, lastTitle: file.at(-1).title };
  const listRuns = [];
  for (let i = 0; i < WARMUP + LIST.runs; i += 1) {
    run += 1;
    const r = await page.evaluate(([n, o]) => window.bench.list(n, o), [run, listOptions]);
    if (i >= WARMUP) listRuns.push(r);
  }
  for (const step of Object.keys(listRuns[0])) {
    const s = collect(listRuns.map((r) => r[step]));
    results.list.steps[step] = s;
    log(`  list ${step}: to paint ${s.paint.median} ms, longest task ${s.longest.median} ms (worst ${s.longest.max}), tasks ${JSON.stringify(s.durations)}`);
  }

  // A warm-up article: the sanitizer's first load and compilation are not part of the figures.
  run += 1;
  await page.evaluate(([n, o]) => window.bench.article(n, o), [run, { src: bodies[0].src, paragraphs: bodies[0].paragraphs }]);
  for (const b of bodies) {
    const runs = [];
    for (let i = 0; i < b.runs; i += 1) {
      run += 1;
      runs.push(await page.evaluate(([n, o]) => window.bench.article(n, o), [run, { src: b.src, paragraphs: b.paragraphs }]));
    }
    const s = { bytes: b.body.length, paragraphs: b.paragraphs, runs: b.runs, ...collect(runs) };
    results.articles[b.name] = s;
    log(`  ${b.name} article: arrival → first paragraph ${s.first.median} ms, → whole body ${s.whole.median} ms, longest task ${s.longest.median} ms (worst ${s.longest.max}), tasks ${JSON.stringify(s.durations)}`);
  }
  await page.close();
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  return results;
}
