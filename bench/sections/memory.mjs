// 6. Memory: the JS heap (after full garbage collections) and DOM counters before and after
// 1,000 mount/unmount cycles of the three elements, after a warm-up of 50 cycles (one-time
// allocations: compiled templates, stylesheets, Intl formatters).

export const CYCLES = 1000;
const WARMUP = 50;

async function heap(page, cdp) {
  for (let i = 0; i < 3; i += 1) {
    await page.evaluate(() => globalThis.gc());
    await cdp.send('HeapProfiler.collectGarbage');
  }
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, ...counters };
}

/** @param {{ browser: import('playwright-core').Browser, server: import('../lib/server.mjs').BenchServer, log: (line: string) => void }} context */
export async function measureMemory({ browser, server, log }) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}/bench/memory.html`);
  await page.evaluate(() => window.bench.ready);
  if (!(await page.evaluate(() => typeof globalThis.gc === 'function'))) throw new Error('gc() is not exposed (--js-flags=--expose-gc)');
  const cdp = await page.context().newCDPSession(page);
  await page.evaluate((n) => window.bench.cycles(n), WARMUP);
  const before = await heap(page, cdp);
  const started = Date.now();
  await page.evaluate(([n, start]) => window.bench.cycles(n, start), [CYCLES / 2, WARMUP]);
  const half = await heap(page, cdp);
  await page.evaluate(([n, start]) => window.bench.cycles(n, start), [CYCLES / 2, WARMUP + CYCLES / 2]);
  const seconds = (Date.now() - started) / 1000;
  const after = await heap(page, cdp);
  await cdp.detach();
  await page.close();
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  const growth = after.heap - before.heap;
  log(`  heap ${before.heap} → ${after.heap} B (${growth >= 0 ? '+' : ''}${growth} B) over ${CYCLES} cycles in ${seconds.toFixed(1)} s; nodes ${before.nodes} → ${after.nodes}, listeners ${before.jsEventListeners} → ${after.jsEventListeners}`);
  // Growth that continues from the first half to the second is retained per cycle, not a one-off.
  const perCycle = { firstHalf: (half.heap - before.heap) / (CYCLES / 2), secondHalf: (after.heap - half.heap) / (CYCLES / 2) };
  return { cycles: CYCLES, warmup: WARMUP, seconds, before, half, after, growth, perCycle };
}
