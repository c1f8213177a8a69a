// 2. Render: <news-list> with 10, 100 and 1,000 articles against the vanilla DOM baseline,
// interleaved run by run in one page, medians compared as ratios.
import { profileByModule, splitTrace } from '../lib/profile.mjs';
import { summary } from '../lib/stats.mjs';

/** Repeats per size: fewer for 1,000 articles, whose runs are long and steady. */
export const RENDER_PLAN = [
  { n: 10, runs: 21 },
  { n: 100, runs: 21 },
  { n: 1000, runs: 7 },
];
const WARMUP = 3;
/** The sizes profiled (the budgeted one, and the largest, where costs per item stand out) and the runs each profile covers. */
export const PROFILES = [
  { n: 100, runs: 12 },
  { n: 1000, runs: 3 },
];

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8', 'blink.gc'];

/**
 * Where the time goes at `n` articles: a trace split (scripting, style, layout, GC,
 * idle) of the element and of the baseline, and the element's JS self time by module.
 */
async function profile({ browser, page, server, files }, { n, runs }, firstRun) {
  let run = firstRun;
  const trace = {};
  for (const kind of ['element', 'vanilla']) {
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    for (let i = 0; i < runs; i += 1) {
      run += 1;
      await page.evaluate(([k, size, r]) => window.bench.run(k, size, r), [kind, n, run]);
    }
    trace[kind] = splitTrace(await browser.stopTracing());
  }
  // console.profile()/profileEnd() in the page bracket exactly the measured part of each run.
  const cdp = await page.context().newCDPSession(page);
  let profiles = [];
  cdp.on('Profiler.consoleProfileFinished', ({ profile: p }) => profiles.push(p));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const maps = new Map([...files.values()].map(({ name, map }) => [`${server.url}/bench/bundles/news-list/${name}`, map]));
  const js = {};
  for (const kind of ['element', 'vanilla']) {
    profiles = [];
    await page.evaluate(() => {
      window.benchProfile = true;
    });
    for (let i = 0; i < runs; i += 1) {
      run += 1;
      await page.evaluate(([k, size, r]) => window.bench.run(k, size, r), [kind, n, run]);
    }
    await page.evaluate(() => {
      window.benchProfile = false;
    });
    js[kind] = profileByModule(profiles, maps, runs);
  }
  await cdp.detach();
  return { n, runs, trace, js, lastRun: run };
}

/**
 * @param {{ browser: import('playwright-core').Browser, server: import('../lib/server.mjs').BenchServer, log: (line: string) => void, bytes: { bundles: Record<string, Map<string, { name: string, code: string, map: object }>> } }} context
 */
export async function measureRender({ browser, server, log, bytes }) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}/bench/render.html`);
  await page.evaluate(() => window.bench.ready);
  const results = {};
  let run = 0;
  for (const { n, runs } of RENDER_PLAN) {
    const samples = { element: [], vanilla: [] };
    for (let i = 0; i < WARMUP + runs; i += 1) {
      // Alternate which goes first, so that neither always follows the other.
      const order = i % 2 ? ['vanilla', 'element'] : ['element', 'vanilla'];
      for (const kind of order) {
        run += 1;
        const result = await page.evaluate(([k, size, r]) => window.bench.run(k, size, r), [kind, n, run]);
        if (i >= WARMUP) samples[kind].push(result);
      }
    }
    const pick = (kind, key) => summary(samples[kind].map((s) => s[key]));
    const entry = {
      runs,
      element: { ready: pick('element', 'ready'), layout: pick('element', 'layout'), paint: pick('element', 'paint') },
      vanilla: { ready: pick('vanilla', 'ready'), layout: pick('vanilla', 'layout'), paint: pick('vanilla', 'paint') },
    };
    entry.ratio = Math.round((entry.element.layout.median / entry.vanilla.layout.median) * 100) / 100;
    results[n] = entry;
    log(`  ${n} articles: element ${entry.element.layout.median} ms, vanilla ${entry.vanilla.layout.median} ms (×${entry.ratio})`);
  }
  results.profiles = {};
  for (const plan of PROFILES) {
    const result = await profile({ browser, page, server, files: bytes.bundles['news-list'] }, plan, run);
    run = result.lastRun;
    delete result.lastRun;
    results.profiles[plan.n] = result;
    const { element, vanilla } = result.trace;
    log(`  profile ${plan.n}: element ${JSON.stringify(element.split)}; vanilla ${JSON.stringify(vanilla.split)}`);
  }
  await page.close();
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  return results;
}
