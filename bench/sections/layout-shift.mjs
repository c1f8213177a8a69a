// 5. Layout shift: the demo page (dist/demo/index.html over loopback) from navigation to a settled
// list (LOADS times), then while paging (page 2, page 3, page 1), on a desktop and a phone-sized
// viewport, from PerformanceObserver('layout-shift') entries.
import { median } from '../lib/stats.mjs';

/** Page loads per viewport: whether the elements upgrade before the first paint is a race. */
export const LOADS = 5;

const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 412, height: 823 },
};

function observe() {
  window.__shifts = [];
  window.__timeline = {};
  const mark = (name) => {
    window.__timeline[name] ??= Math.round(performance.now());
  };
  for (const tag of ['news-tabs', 'news-list', 'news-article']) customElements.whenDefined(tag).then(() => mark(`${tag} defined`));
  document.addEventListener('news-load', (event) => mark(`first news-load (${event.detail.kind})`));
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__timeline[entry.name] ??= Math.round(entry.startTime);
  }).observe({ type: 'paint', buffered: true });
  // The elements' heights, frame by frame, while they change: what grew when.
  window.__heights = [];
  let last = '';
  const sample = () => {
    const row = ['news-tabs', 'news-list', 'news-article'].map((tag) => {
      const element = document.querySelector(tag);
      return element ? Math.round(element.getBoundingClientRect().height) : null;
    });
    const key = row.join();
    if (key !== last) {
      last = key;
      window.__heights.push({ time: Math.round(performance.now()), tabs: row[0], list: row[1], article: row[2] });
    }
    if (performance.now() < 4000) requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
  const describe = (node) => {
    if (!node) return null;
    const host = node.getRootNode?.().host;
    const name = node.nodeType === 1 ? `${node.localName}${node.className ? `.${String(node.className).trim().replace(/\s+/g, '.')}` : ''}` : node.nodeName;
    return host ? `${host.localName} › ${name}` : name;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__shifts.push({
        value: entry.value,
        hadRecentInput: entry.hadRecentInput,
        time: Math.round(entry.startTime),
        sources: (entry.sources ?? []).map((s) => ({ node: describe(s.node), from: s.previousRect?.toJSON?.(), to: s.currentRect?.toJSON?.() })),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** CLS as browsers report it: the largest session window (gaps < 1 s, windows ≤ 5 s) of shifts without recent input. */
export function cumulativeLayoutShift(shifts) {
  let best = 0;
  let current = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const shift of shifts.filter((s) => !s.hadRecentInput)) {
    if (shift.time - last > 1000 || shift.time - first > 5000) {
      current = 0;
      first = shift.time;
    }
    current += shift.value;
    last = shift.time;
    best = Math.max(best, current);
  }
  return best;
}

const round = (x) => Math.round(x * 10000) / 10000;

/** Waits for a settled list: items shown, images in view decoded, then a quiet second. */
async function settle(page) {
  await page.locator('news-list li.item').first().waitFor({ state: 'visible' });
  await page.waitForFunction(() => {
    const list = document.querySelector('news-list');
    const section = list?.shadowRoot?.querySelector('[part=base]');
    if (!section || section.getAttribute('aria-busy') !== 'false') return false;
    const images = [...list.shadowRoot.querySelectorAll('img')].filter((img) => img.getBoundingClientRect().top < innerHeight);
    return images.every((img) => img.complete);
  });
  await page.waitForTimeout(1000);
}

/** One load to a settled list; with `paging`, then pages 2, 3 and 1. */
async function measureLoad(browser, url, viewport, paging) {
  const page = await browser.newPage({ viewport });
  await page.addInitScript(observe);
  await page.goto(url);
  await settle(page);
  const load = await page.evaluate(() => window.__shifts.splice(0));
  const timeline = await page.evaluate(() => window.__timeline);
  const heights = await page.evaluate(() => window.__heights);
  let pagingShifts = null;
  if (paging) {
    for (const n of [2, 3, 1]) {
      await page.locator(`news-list [part~=page][aria-label="Page ${n}"]`).click();
      await settle(page);
    }
    pagingShifts = await page.evaluate(() => window.__shifts.splice(0));
  }
  await page.close();
  return { cls: round(cumulativeLayoutShift(load)), shifts: load, timeline, heights, paging: pagingShifts };
}

async function measureViewport(browser, url, viewport) {
  const loads = [];
  for (let i = 0; i < LOADS; i += 1) loads.push(await measureLoad(browser, url, viewport, i === 0));
  const values = loads.map((l) => l.cls);
  const paging = loads[0].paging;
  // The worst load, with what moved and the elements' heights frame by frame.
  const worst = loads.reduce((a, b) => (b.cls > a.cls ? b : a));
  return {
    load: { cls: Math.max(...values), median: median(values), loads: values, shifted: values.filter((v) => v > 0).length, shifts: worst.shifts, timeline: worst.timeline, heights: worst.heights },
    // Shifts right after a click count in no CLS (hadRecentInput); a list that jumps while paging is still felt.
    paging: { cls: round(cumulativeLayoutShift(paging)), total: round(paging.reduce((s, e) => s + e.value, 0)), shifts: paging },
  };
}

/** @param {{ browser: import('playwright-core').Browser, server: import('../lib/server.mjs').BenchServer, log: (line: string) => void }} context */
export async function measureLayoutShift({ browser, server, log }) {
  const results = {};
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    results[name] = await measureViewport(browser, `${server.url}/demo/index.html`, viewport);
    log(`  ${name}: load CLS ${results[name].load.loads.join(' ')} (worst ${results[name].load.cls}), paging shift ${results[name].paging.total}`);
  }
  return results;
}
