// 10. Prerendering (issue 19): LCP of the demo's news centre on an emulated slow link, six pages
// of the same content around the same header and CSS (the demo's), alternated in rounds, each
// load cold:
//   plain        static HTML of the same first page, no script (the baseline): the fragment's
//                tabs and list flattened into light DOM, with the elements' CSS kept by @scope
//   prerendered  the fragment of news-elements/ssr, then the script tag (hydrates)
//   client       the empty tags, then the script tag (renders in the browser)
//   preload      client, plus <link rel=preload> of the loader and of the two JSON requests
//   noDsd        prerendered, its declarative shadow DOM switched off (a browser without it)
//   polyfill     noDsd, plus @webcomponents/template-shadowroot run inline after the fragment
// The link and CPU are Lighthouse's mobile Slow 4G as DevTools applies it (150 ms RTT × 3.75 per
// request, 1.6 Mbps × 0.9 down, 750 kbps × 0.9 up, CPU 4× slower), the cache off, on
// Lighthouse's desktop screen (see SCREENS). LCP and CLS from PerformanceObserver, the requests
// from the server's log and resource timing. The pages are made here, in memory, from
// dist/demo/index.html and a fragment made from dist/ssr.js. Timings are reported, never asserted.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, symlink, unlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { DIST, ROOT } from '../lib/env.mjs';
import { table } from '../lib/report.mjs';
import { median } from '../lib/stats.mjs';
import { cumulativeLayoutShift } from './layout-shift.mjs';

/**
 * Rounds of the six pages: up to 5, as many as fit in 2.5 minutes (at least 3), so that the
 * section stays under 3 minutes on 2 busy cores (a round takes about 30 s).
 */
export const PRERENDER_ROUNDS = Number(process.env.BENCH_PRERENDER_ROUNDS) || 5;
const MIN_ROUNDS = Math.min(3, PRERENDER_ROUNDS);
const SECONDS = 150;
/** The budget: prerendered LCP within 1.2× the plain page's (the ratio of the medians). */
export const PRERENDER_BUDGET = 1.2;

/** Lighthouse's mobileSlow4G with DevTools' adjustments (its `devtools` throttling method). */
export const SLOW_4G = {
  latency: 150 * 3.75,
  downloadThroughput: (1.6 * 1024 * 0.9 * 1024) / 8,
  uploadThroughput: (750 * 0.9 * 1024) / 8,
  cpu: 4,
};
/**
 * Lighthouse's screens. Desktop by default: on the phone screen the LCP element of every page is
 * the banner's paragraph above the news (light DOM, the same in all six), so LCP there is the
 * first paint and says nothing of the news; on the desktop screen it is the first article's
 * summary. BENCH_PRERENDER_SCREEN=phone measures the phone screen.
 */
export const SCREENS = {
  desktop: { viewport: { width: 1350, height: 940 }, deviceScaleFactor: 1 },
  phone: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
};
const SCREEN = process.env.BENCH_PRERENDER_SCREEN === 'phone' ? 'phone' : 'desktop';

/** The page's news tags: what the fragment is made of and what the client-rendered pages hold. */
export const MARKUP = [
  '<news-tabs src="data/news.json" categories-src="data/categories.json"></news-tabs>',
  '<news-list src="data/news.json" page-size="10" heading-level="2"></news-list>',
  '<news-article src="data/news.json" heading-level="2"></news-article>',
].join('\n');

export const PAGES = {
  plain: 'plain HTML (no script)',
  prerendered: 'prerendered + script tag',
  client: 'client-rendered',
  preload: 'client-rendered + preload',
  noDsd: 'prerendered, no DSD',
  polyfill: 'prerendered, no DSD + polyfill',
};

const LOADER = '../news-elements.iife.js';
/** What the elements ask for first: the list (src="data/news.json" page-size="10", the native adapter), the tabs. */
export const PRELOAD_JSON = ['data/news.json?page=1&pageSize=10', 'data/categories.json'];
const DATA = ['/demo/data/news.json', '/demo/data/categories.json'];
const SCRIPT_TAG = `<script src="${LOADER}"></script>`;

/** The fragment, made in a child process (the SSR DOM shim stays out of the bench's globals). */
export async function makeFragment(pageUrl) {
  const ssr = join(DIST, 'ssr.js');
  if (!existsSync(ssr)) throw new Error('dist/ssr.js is missing (npm run build)');
  // The snapshot of dist/ sits in a temporary folder: give its bare imports (@lit-labs/ssr,
  // jsdom, lit) the project's node_modules, for the time of the render.
  const modules = join(DIST, '..', 'node_modules');
  const link = !existsSync(modules);
  if (link) await symlink(join(ROOT, 'node_modules'), modules, 'dir');
  try {
    const code = `import { prerender } from ${JSON.stringify(pathToFileURL(ssr).href)};
process.stdout.write(await prerender(process.env.MARKUP, { pageUrl: process.env.PAGE_URL }));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', code], {
      cwd: ROOT,
      env: { ...process.env, MARKUP, PAGE_URL: pageUrl },
      maxBuffer: 16 << 20,
      timeout: 60_000,
    });
    return stdout;
  } finally {
    if (link) await unlink(modules);
  }
}

/** The fragment with declarative shadow DOM off: its templates stay inert, as in a browser without it. */
const withoutDsd = (fragment) => fragment.replace(/<template shadowroot(mode)?="open"(?: shadowroot(mode)?="open")?/g, '<template data-shadowrootmode="open"');

/** The polyfill run inline right after the fragment (the attribute put back first: see withoutDsd). */
async function polyfillScript() {
  const file = createRequire(join(ROOT, 'package.json')).resolve('@webcomponents/template-shadowroot/template-shadowroot.min.js');
  const code = (await readFile(file, 'utf8')).replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
  const { version } = JSON.parse(await readFile(join(dirname(file), 'package.json'), 'utf8'));
  const inline = `<script>${code}
for (const t of document.querySelectorAll('template[data-shadowrootmode]')) t.setAttribute('shadowrootmode', t.dataset.shadowrootmode);
TemplateShadowRoot.hydrateShadowRoots(document.body);
window.__polyfilled = [...document.querySelectorAll('news-tabs, news-list, news-article')].filter((e) => e.shadowRoot).length;</script>`;
  return { inline, version, raw: Buffer.byteLength(code), gzip: gzipSync(code).length };
}

/**
 * The plain page's news: the fragment's tabs and list flattened into light DOM (each host a
 * <div data-plain> with the host's attributes, its shadow content as children, Lit's markers
 * dropped), with the elements' own CSS kept to the host by @scope (:host becomes :scope). The
 * article view (hidden until an article is opened) and the data block are left out.
 */
export function flatten(fragment) {
  const hosts = [...fragment.matchAll(/<(news-tabs|news-list)([^>]*)><template[^>]*>([^]*?)<\/template><\/\1>/g)];
  if (hosts.length !== 2) throw new Error(`flatten: expected news-tabs and news-list in the fragment, found ${hosts.length}`);
  const keyframes = new Set();
  const parts = hosts.map(([, tag, attributes, content]) => {
    const style = /^<style>([^]*?)<\/style>/.exec(content);
    if (!style) throw new Error(`flatten: no <style> first in the shadow root of ${tag}`);
    let css = style[1].replace(/@keyframes [\w-]+\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, (rule) => {
      keyframes.add(rule);
      return '';
    });
    css = css.replace(/:host\(((?:[^()]|\([^()]*\))*)\)/g, ':scope:is($1)').replace(/:host\b/g, ':scope');
    const html = content
      .slice(style[0].length)
      .replace(/<!--\/?lit-(?:part|node)[^>]*-->/g, '')
      .replace(/<\?>/g, '');
    return `<style>@scope ([data-plain="${tag}"]) {${css}}</style><div data-plain="${tag}"${attributes.replace(/\s+/g, ' ').trimEnd()}>${html}</div>`;
  });
  return `<style>${[...keyframes].join('')}</style>\n${parts.join('\n')}`;
}

/** The six pages' HTML, around the demo's own header, CSS and footer. */
export async function makePages(indexHtml, fragment) {
  const tags = /<news-tabs[^]*<\/news-article>/;
  if (!tags.test(indexHtml)) throw new Error('dist/demo/index.html has no news tags to replace');
  // The demo's module scripts (language switcher, its own copy of the elements) are left out.
  const shell = indexHtml.replace(/[ \t]*<script type="module"[^>]*><\/script>\n?/g, '');
  const polyfill = await polyfillScript();
  const page = (name, { head = '', body, script = true }) =>
    shell
      .replace(/<title[^>]*>[^<]*<\/title>/, `<title>News Centre – ${PAGES[name]}</title>`)
      .replace('</head>', `${head}</head>`)
      .replace(tags, () => body)
      .replace('</body>', `${script ? `  ${SCRIPT_TAG}\n  ` : ''}</body>`);
  // The loader, and the two requests the elements make first, as they make them: the list's with
  // its first page in the query (the native adapter's; a preload of the bare data/news.json is
  // not what the list asks for, and is downloaded twice), and the tabs' categories, which the
  // list's first render waits for too. `crossorigin`: the fetch's mode (cors, credentials
  // same-origin), or the preload is not used.
  const preload = [`<link rel="preload" href="${LOADER}" as="script">`, ...PRELOAD_JSON.map((href) => `<link rel="preload" href="${href}" as="fetch" crossorigin>`)].map((link) => `  ${link}\n  `).join('');
  const html = {
    plain: page('plain', { body: flatten(fragment), script: false }),
    prerendered: page('prerendered', { body: fragment }),
    client: page('client', { body: MARKUP }),
    preload: page('preload', { head: preload, body: MARKUP }),
    noDsd: page('noDsd', { body: withoutDsd(fragment) }),
    polyfill: page('polyfill', { body: `${withoutDsd(fragment)}\n${polyfill.inline}` }),
  };
  return { html, polyfill: { version: polyfill.version, raw: polyfill.raw, gzip: polyfill.gzip } };
}

/** In every page before its own scripts: LCP candidates, layout shifts, paints, problems. */
function observe() {
  const describe = (node) => {
    if (!node) return null;
    const host = node.getRootNode?.().host;
    const name = `${node.localName}${node.className && typeof node.className === 'string' ? `.${node.className.trim().split(/\s+/)[0]}` : ''}`;
    const plain = node.closest?.('[data-plain]')?.dataset.plain;
    return host ? `${host.localName} › ${name}` : plain ? `${plain} (light DOM) › ${name}` : name;
  };
  window.__m = { lcp: [], shifts: [], paint: {}, problems: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__m.lcp.push({ time: e.startTime, size: e.size, url: e.url ? new URL(e.url).pathname : '', node: describe(e.element), text: e.element?.textContent?.trim().slice(0, 40) ?? '' });
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__m.shifts.push({ value: e.value, hadRecentInput: e.hadRecentInput, time: Math.round(e.startTime), sources: (e.sources ?? []).map((s) => describe(s.node)) });
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__m.paint[e.name] = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  addEventListener('error', (e) => window.__m.problems.push(`error: ${e.message}`));
  addEventListener('unhandledrejection', (e) => window.__m.problems.push(`rejection: ${e.reason}`));
  // The first list title, to tell a hydration (the node kept) from a render anew.
  document.addEventListener('DOMContentLoaded', () => {
    window.__firstTitle = document.querySelector('news-list')?.shadowRoot?.querySelector('.item .title') ?? null;
  });
}

/** Settled: the list shown (and, with a script, upgraded and idle), the images in view loaded. */
function settled(kind) {
  if (document.readyState !== 'complete') return false;
  const root = kind === 'plain' ? document.querySelector('[data-plain="news-list"]') : document.querySelector('news-list')?.shadowRoot;
  if (!root?.querySelector('li.item')) return false;
  if (kind !== 'plain') {
    const list = document.querySelector('news-list');
    const tabs = document.querySelector('news-tabs');
    if (!list.hasUpdated || !tabs?.hasUpdated || list.isUpdatePending || tabs.isUpdatePending) return false;
    if (root.querySelector('[part=base]')?.getAttribute('aria-busy') !== 'false') return false;
    if (!tabs.shadowRoot.querySelector('[role=tab]')) return false;
  }
  return [...root.querySelectorAll('img')].filter((img) => img.getBoundingClientRect().top < innerHeight).every((img) => img.complete);
}

/** What the page reports once settled. */
function collect() {
  const paths = performance.getEntriesByType('resource').map((r) => ({ path: new URL(r.name).pathname, initiator: r.initiatorType, start: Math.round(r.startTime), end: Math.round(r.responseEnd) }));
  const list = document.querySelector('news-list');
  const first = list?.shadowRoot?.querySelector('.item .title') ?? null;
  return {
    ...window.__m,
    resources: paths,
    // Prerendered pages: still the node that came in the HTML (taken over), or a new one (rendered again)?
    kept: window.__firstTitle ? first === window.__firstTitle : null,
    polyfilled: window.__polyfilled ?? null,
    settledAt: Math.round(performance.now()),
  };
}

/** One cold load of a page on the slow link; the figures of that load. */
async function load(browser, server, url, kind) {
  const context = await browser.newContext(SCREENS[SCREEN]);
  const messages = [];
  try {
    const page = await context.newPage();
    page.on('console', (message) => {
      if (['error', 'warning'].includes(message.type())) messages.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: SLOW_4G.latency, downloadThroughput: SLOW_4G.downloadThroughput, uploadThroughput: SLOW_4G.uploadThroughput });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_4G.cpu });
    await page.addInitScript(observe);
    const from = server.log.length;
    // Generous: a throttled load on a busy machine has taken over 30 s (the figures come from the page, not from these waits).
    await page.goto(url, { waitUntil: 'load', timeout: 90_000 });
    await page.waitForFunction(settled, kind, { polling: 100, timeout: 90_000 }).catch((error) => {
      throw new Error(`the ${kind} page did not settle (${messages.slice(0, 3).join(' | ') || error.message})`);
    });
    // A last candidate (an image decoded at the end) is reported with its frame: let it come.
    await page.waitForTimeout(500);
    const figures = await page.evaluate(collect);
    const requests = server.log.slice(from).map((r) => r.path);
    return { ...figures, requests, console: messages };
  } finally {
    await context.close();
  }
}

const round1 = (x) => Math.round(x * 10) / 10;
const round2 = (x) => Math.round(x * 100) / 100;

/** @param {{ browser: import('playwright-core').Browser, server: import('../lib/server.mjs').BenchServer, log: (line: string) => void }} context */
export async function measurePrerender({ browser, server, log }) {
  const began = Date.now();
  const at = (name) => `/demo/bench-prerender-${name}.html`;
  const fragment = await makeFragment(`${server.url}${at('prerendered')}`);
  const index = await readFile(join(DIST, 'demo/index.html'), 'utf8');
  const { html, polyfill } = await makePages(index, fragment);
  for (const [name, body] of Object.entries(html)) server.add(at(name), body, 'text/html; charset=utf-8');

  const names = Object.keys(PAGES);
  const loads = Object.fromEntries(names.map((name) => [name, []]));
  let rounds = 0;
  let longest = 0;
  /** The loads made twice, each once. */
  const retried = [];
  while (rounds < PRERENDER_ROUNDS && (rounds < MIN_ROUNDS || (Date.now() - began) / 1000 + longest < SECONDS)) {
    const started = Date.now();
    // Alternated, and the order turned each round, so that no page always follows the same one.
    const order = [...names.slice(rounds % names.length), ...names.slice(0, rounds % names.length)];
    for (const name of order) {
      // A load that fails (a timeout on a busy machine) is made once more, cold like every load, and said.
      const once = () => load(browser, server, `${server.url}${at(name)}`, name);
      loads[name].push(
        await once().catch((error) => {
          log(`  round ${rounds + 1}: the ${name} page failed (${String(error.message).split('\n')[0]}); loaded again`);
          retried.push(`${name} (round ${rounds + 1})`);
          return once();
        }),
      );
    }
    longest = Math.max(longest, (Date.now() - started) / 1000);
    log(`  round ${rounds + 1}: LCP ${names.map((n) => `${n} ${Math.round(loads[n][rounds].lcp.at(-1)?.time ?? NaN)}`).join(', ')} ms (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    rounds += 1;
  }

  const finalLcp = (l) => l.lcp.at(-1)?.time ?? Number.NaN;
  const plainLcp = loads.plain.map(finalLcp);
  const pages = {};
  for (const [name, runs] of Object.entries(loads)) {
    const lcp = runs.map(finalLcp);
    const ratios = lcp.map((v, i) => round2(v / plainLcp[i]));
    const last = (l, path) => Math.max(...l.resources.filter((r) => (path instanceof RegExp ? path.test(r.path) : r.path === path)).map((r) => r.end));
    const shown = (l) => {
      const e = l.lcp.at(-1);
      return e ? `${e.node ?? 'in a shadow root'}${e.url ? ` ${e.url}` : ''} (${e.size} px²)` : 'none';
    };
    const elements = runs.map(shown);
    const cls = runs.map((l) => cumulativeLayoutShift(l.shifts));
    pages[name] = {
      label: PAGES[name],
      htmlGzip: gzipSync(html[name]).length,
      lcp: { median: round1(median(lcp)), runs: lcp.map(Math.round) },
      // The ratio of the medians (the budget's), and each round's ratio (a page and the plain page in one round).
      ratio: round2(median(lcp) / median(plainLcp)),
      roundRatios: ratios,
      fcp: round1(median(runs.map((l) => l.paint['first-contentful-paint'] ?? Number.NaN))),
      cls: { median: round2(median(cls)), max: round2(Math.max(...cls)) },
      // The element most often last: Chromium names no element inside a shadow root (its size tells it).
      lcpElement: elements.sort((a, b) => elements.filter((e) => e === b).length - elements.filter((e) => e === a).length)[0],
      settled: round1(median(runs.map((l) => l.settledAt))),
      // The data: on the server's log (a preload and a fetch that does not use it are two) and in resource timing.
      data: Object.fromEntries(
        DATA.map((path) => [
          path.split('/').pop(),
          {
            served: runs.map((l) => l.requests.filter((p) => p === path).length),
            resourceTiming: runs.map((l) => l.resources.filter((r) => r.path === path).map((r) => r.initiator)),
            arrived: round1(median(runs.map((l) => last(l, path)))),
          },
        ]),
      ),
      // The library's shared module (Lit and the elements' core), the last script before a render.
      libraryArrived: round1(median(runs.map((l) => last(l, /^\/script-tag\/core-/)))),
      loaderServed: runs.map((l) => l.requests.filter((p) => p === '/news-elements.iife.js').length),
      requests: runs[0].requests,
      kept: runs.map((l) => l.kept),
      polyfilled: runs.map((l) => l.polyfilled),
      shiftSources: [...new Set(runs.flatMap((l) => l.shifts.flatMap((s) => s.sources)))].slice(0, 6),
      problems: [...new Set(runs.flatMap((l) => [...l.problems, ...l.console]))],
    };
  }
  const noDataRequest = loads.prerendered.every((l) => !l.resources.some((r) => r.path.startsWith('/demo/data/')) && !l.requests.some((p) => p.startsWith('/demo/data/')));
  const preloadUsed = Object.values(pages.preload.data).every((d) => d.served.every((n) => n === 1) && d.resourceTiming.every((list) => list.join() === 'link'));
  log(`  prerendered LCP ${pages.prerendered.ratio}× plain; client ${pages.client.ratio}×, preload ${pages.preload.ratio}×; no DSD ${pages.noDsd.ratio}×, polyfill ${pages.polyfill.ratio}×; prerendered asked for data: ${!noDataRequest}`);
  return { rounds, retried, throttling: SLOW_4G, screen: SCREEN, viewport: SCREENS[SCREEN].viewport, polyfill, pages, noDataRequest, preloadUsed };
}

/** The budget row (bench/run.mjs adds it to the others). */
export function prerenderBudget(r) {
  const budget = `prerendered LCP ≤ ${PRERENDER_BUDGET}× the plain page (Slow 4G)`;
  const p = r.prerender;
  if (!p) return { budget, measured: r.errors?.prerender || r.errors?.bench ? 'section failed' : 'not run', pass: null };
  const { prerendered, plain } = p.pages;
  const data = p.noDataRequest ? 'no data request' : 'ASKED FOR ITS DATA';
  return {
    budget,
    measured: `${prerendered.ratio}× (${prerendered.lcp.median.toFixed(0)} vs ${plain.lcp.median.toFixed(0)} ms; ${data})`,
    pass: prerendered.ratio <= PRERENDER_BUDGET && p.noDataRequest,
  };
}

/** The section's table, for the printed report. */
export function renderPrerender(p) {
  if (!p) return '';
  const ms = (v) => (Number.isFinite(v) ? `${Math.round(v)}` : '—');
  const same = (values) => ([...new Set(values)].length === 1 ? String(values[0]) : values.join(' '));
  const rows = Object.values(p.pages).map((v) => [
    v.label,
    `${(v.htmlGzip / 1000).toFixed(1)} kB`,
    ms(v.fcp),
    ms(v.lcp.median),
    `${v.ratio}×`,
    `${Math.min(...v.roundRatios)}–${Math.max(...v.roundRatios)}`,
    v.cls.max.toFixed(2),
    same(v.data['news.json'].served.map((n, i) => n + v.data['categories.json'].served[i])),
    `${ms(v.data['news.json'].arrived)} / ${ms(v.data['categories.json'].arrived)}`,
    ms(v.libraryArrived),
    v.lcp.runs.join(' '),
  ]);
  const t = p.throttling;
  const preload = p.pages.preload;
  const lines = [
    `\n10. Prerendering: LCP (ms) on ${t.latency} ms latency, ${Math.round((t.downloadThroughput * 8) / 1024)} kbps down, CPU ${t.cpu}× (Lighthouse's Slow 4G, DevTools method), ${p.screen} ${p.viewport.width}×${p.viewport.height}, cold, median of ${p.rounds} alternated rounds`,
    table(['page', 'HTML gzip', 'FCP', 'LCP', '÷ plain', 'rounds ÷', 'CLS max', 'data requests', 'news / categories in', 'core.js in', 'LCP by round'], rows),
    `LCP element: ${Object.entries(p.pages).map(([k, v]) => `${k}: ${v.lcpElement}`).join('; ')}`,
    `prerendered: data requests ${p.noDataRequest ? 'none' : 'MADE'} (server log and resource timing); nodes kept (hydrated) ${p.pages.prerendered.kept.every(Boolean) ? 'every load' : p.pages.prerendered.kept.join(' ')}; requests: ${p.pages.prerendered.requests.join(' ')}`,
    `preload: ${p.preloadUsed ? 'used' : 'NOT used'} (${Object.entries(preload.data).map(([file, d]) => `${file} served ${same(d.served)}× a load, resource timing ${same(d.resourceTiming.map((list) => list.join('+')))}`).join('; ')}); loader served ${same(preload.loaderServed)}× a load`,
    `polyfill: @webcomponents/template-shadowroot ${p.polyfill.version}, ${p.polyfill.raw} B raw, ${p.polyfill.gzip} B gzip inline; hosts with a shadow root after it ${same(p.pages.polyfill.polyfilled)}; nodes kept (hydrated) ${same(p.pages.polyfill.kept)}`,
  ];
  const problems = Object.entries(p.pages).filter(([, v]) => v.problems.length);
  if (problems.length) lines.push(`console: ${problems.map(([k, v]) => `${k}: ${v.problems.slice(0, 3).join(' | ')}`).join('; ')}`);
  if (p.retried?.length) lines.push(`loaded twice (the first load failed): ${p.retried.join(', ')}`);
  return `${lines.join('\n')}\n`;
}
