// 3. Switching: tab switch and page change, cached and uncached, click → next painted frame.
import { median, summary } from '../lib/stats.mjs';

export const SWITCH_ROUNDS = 12;

/** @param {{ browser: import('playwright-core').Browser, server: import('../lib/server.mjs').BenchServer, log: (line: string) => void }} context */
export async function measureSwitching({ browser, server, log }) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}/bench/switch.html`);
  await page.evaluate(() => window.bench.ready);
  const rounds = [];
  for (let i = 0; i < SWITCH_ROUNDS + 2; i += 1) {
    const round = await page.evaluate((run) => window.bench.round(run), i + 1);
    if (i >= 2) rounds.push(round); // two warm-up rounds
  }
  await page.close();
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  const collect = (...keys) => rounds.flatMap((round) => keys.map((key) => round[key]));
  const cases = {
    tabCached: collect('tabCached', 'tabCached2'),
    pageCached: collect('pageCached'),
    tabUncached: collect('tabUncached'),
    pageUncached: collect('pageUncached'),
  };
  const results = {};
  for (const [name, samples] of Object.entries(cases)) {
    results[name] = {
      work: summary(samples.map((s) => s.work)),
      paint: summary(samples.map((s) => s.paint)),
      frames: { median: median(samples.map((s) => s.frames)), max: Math.max(...samples.map((s) => s.frames)) },
    };
    log(`  ${name}: work ${results[name].work.median} ms, to paint ${results[name].paint.median} ms, frames before ${results[name].frames.median}`);
  }
  return results;
}
