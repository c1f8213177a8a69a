// The budgets of issue 8, and the plain-text tables the bench prints.

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value) => `${Number(value).toFixed(1)} ms`;

/** Renders rows (arrays of cells) as an aligned text table with a header rule. */
export function table(header, rows) {
  const all = [header, ...rows].map((row) => row.map((cell) => String(cell ?? '')));
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

/**
 * Each budget: its text, the measured value as text, and pass/fail (null when the section failed).
 * The budgets are the issue's; kB and MB are decimal (1 kB = 1,000 bytes, 1 MB = 1,000,000 bytes).
 * @param {Record<string, any>} r the results of the sections (undefined where one failed)
 */
export function budgets(r) {
  const rows = [];
  const add = (budget, key, measure) => {
    try {
      const [measured, pass] = measure();
      rows.push({ budget, measured, pass });
    } catch {
      rows.push({ budget, measured: r.errors?.[key] || r.errors?.bench ? 'section failed' : 'not run', pass: null });
    }
  };
  add('script tag: tabs + list on the native shape ≤ 25 kB gzip before the list shows, every file', 'bytes', () => [kB(r.bytes.iife.gzip), r.bytes.iife.gzip <= 25000]);
  add('100-article render ≤ 1.25× vanilla', 'render', () => {
    const e = r.render[100];
    return [`${e.ratio}× (${ms(e.element.layout.median)} vs ${ms(e.vanilla.layout.median)})`, e.ratio <= 1.25];
  });
  add('cached tab switch within one frame (16 ms)', 'switching', () => {
    const c = r.switching.tabCached;
    return [`${ms(c.work.median)} work, in frame ${c.frames.median + 1} (to paint ${ms(c.paint.median)})`, c.work.median <= 16 && c.frames.median === 0];
  });
  add('CLS 0.00 on the demo (load and paging)', 'layoutShift', () => {
    const values = Object.entries(r.layoutShift).flatMap(([viewport, v]) => [
      [`${viewport} load`, v.load.cls],
      [`${viewport} paging`, v.paging.total],
    ]);
    const worst = values.reduce((a, b) => (b[1] > a[1] ? b : a));
    return [`${worst[1].toFixed(3)} (worst: ${worst[0]})`, values.every(([, v]) => v < 0.005)];
  });
  add('requests: one per new view, none revisited, none duplicated', 'requests', () => {
    const bad = [r.requests.wholeFile, r.requests.paged].flatMap((v) => v.steps.filter((s) => !s.ok).map((s) => `${s.step}: ${s.requests}/${s.expected}`));
    const dup = r.requests.wholeFile.duplicates.length + r.requests.paged.duplicates.length;
    return [bad.length || dup ? `${bad.join(', ')}${dup ? `; ${dup} duplicated` : ''}` : `as expected (${r.requests.paged.total} paged, ${r.requests.wholeFile.total} whole-file)`, r.requests.wholeFile.ok && r.requests.paged.ok];
  });
  add('heap growth < 1 MB per 1,000 cycles', 'memory', () => [`${r.memory.growth >= 0 ? '+' : ''}${kB(r.memory.growth)}`, r.memory.growth < 1e6]);
  const longest = (cases) => {
    const worst = cases.reduce((a, b) => (b[1].longest.median > a[1].longest.median ? b : a));
    const task = (value) => (value > 0 ? ms(value) : 'none over 50 ms');
    return [`${task(worst[1].longest.median)} (${worst[0]}; worst run ${task(worst[1].longest.max)})`, cases.every(([, v]) => v.longest.median <= r.longTasks.budget)];
  };
  add('10,000-article whole-file list: no long task over 100 ms', 'longTasks', () => longest(Object.entries(r.longTasks.list.steps)));
  add('1 MB, 5 MB and nested 1 MB article body: no long task over 100 ms (Chromium)', 'longTasks', () => longest(Object.entries(r.longTasks.articles).map(([k, v]) => [`${k} body`, v])));
  // The 1 MB body in every engine: its first screen within 1 s of its JSON, the whole within 3 s (flat and nested).
  const bodyEngines = () => [
    ['Chromium', r.longTasks.articles],
    ...Object.entries(r.bodies?.engines ?? {}).map(([engine, v]) => [engine === 'firefox' ? 'Firefox' : 'WebKit', v.articles]),
  ];
  for (const [figure, limit, label] of [
    ['screen', 1000, 'first screen within 1 s of its JSON'],
    ['whole', 3000, 'whole within 3 s'],
  ]) {
    add(`1 MB article body (flat and nested): ${label}, every engine`, 'longTasks', () => {
      const cases = bodyEngines().flatMap(([engine, articles]) => (articles ? ['1 MB', '1 MB nested'].map((name) => [`${engine} ${name}`, articles[name][figure].median]) : []));
      const missingEngines = Object.entries(r.bodies?.engines ?? {}).filter(([, v]) => v.missing).map(([e]) => e);
      const worst = cases.reduce((a, b) => (b[1] > a[1] ? b : a));
      return [`${ms(worst[1])} (worst: ${worst[0]})${missingEngines.length ? `; ${missingEngines.join(', ')} not installed` : ''}${r.bodies ? '' : '; Firefox and WebKit not run'}`, cases.every(([, v]) => v <= limit)];
    });
  }
  add('Lighthouse performance ≥ 95', 'lighthouse', () => [String(r.lighthouse.scores.performance), r.lighthouse.scores.performance >= 95]);
  add('Lighthouse accessibility ≥ 95', 'lighthouse', () => [String(r.lighthouse.scores.accessibility), r.lighthouse.scores.accessibility >= 95]);
  return rows;
}

/** The printed report: every section's table, then the budgets. */
export function render(r, budgetRows) {
  const out = [];
  const section = (title, body) => out.push(`\n${title}\n${body}`);
  if (r.bytes) {
    const rows = [[`script tag before the list (${r.bytes.iife.files} files)`, r.bytes.iife]];
    for (const [entry, v] of Object.entries(r.bytes.esm)) rows.push([`ESM ${entry} + deps (${v.files} file${v.files > 1 ? 's' : ''})`, v]);
    const lazy = (v) => v.onDemand.reduce((s, f) => s + f.gzip, 0);
    section(
      '1. Bytes at load (ESM: bundled with esbuild, minified, split at dynamic imports)',
      table(['what loads at once', 'raw', 'gzip', 'brotli', 'on demand (gzip, all chunks)'], rows.map(([name, v]) => [name, kB(v.raw), kB(v.gzip), kB(v.brotli), `${kB(lazy(v))} in ${v.onDemand.length}`])),
    );
    const files = [
      ['before the list', [{ file: 'news-elements.iife.js', content: 'the loader', ...r.bytes.iife.loader }, ...r.bytes.iife.beforeList]],
      ['alongside', r.bytes.iife.alongside],
      ['on first use', r.bytes.iife.onDemand],
    ].flatMap(([when, list]) => list.map((f) => [when, f.file, f.content, kB(f.raw), kB(f.gzip)]));
    section('   the script tag\'s files', table(['when', 'file', 'holds', 'raw', 'gzip'], files));
    const names = ['lit', '@lit/task', 'dompurify', 'marked', 'ours', 'unmapped'];
    const bundles = [['iife', r.bytes.iife], ...Object.entries(r.bytes.esm).map(([k, v]) => [`ESM ${k}`, v])];
    const cell = (v, name) => {
      const d = v.dependencies.find((x) => x.name === name);
      return d ? kB(d.gzip) : '—';
    };
    section('   what each dependency adds at load (gzip, marginal)', table(['bundle', ...names], bundles.map(([k, v]) => [k, ...names.map((n) => cell(v, n))])));
    // Reported, not budgeted (issue 16): what an app's bundler adds for <news-list>, with Lit and
    // without it (an app that has Lit already); the script tag's figure without Lit, what the
    // 25 kB budget would leave for our own code.
    const withoutLit = (v) => v.gzip - ['lit', '@lit/task'].reduce((sum, name) => sum + (v.dependencies.find((d) => d.name === name)?.gzip ?? 0), 0);
    const list = r.bytes.esm['news-list'];
    out.push(`\n   ESM news-list (native adapter), reported: ${kB(list.gzip)} gzip with Lit, ${kB(withoutLit(list))} without Lit and @lit/task`);
    out.push(`   script tag before the list, reported: ${kB(r.bytes.iife.gzip)} gzip with Lit, ${kB(withoutLit(r.bytes.iife))} without Lit and @lit/task`);
  }
  if (r.render) {
    const rows = [100, 10, 1000].filter((n) => r.render[n]).sort((a, b) => a - b).map((n) => {
      const e = r.render[n];
      return [`${n} articles (${e.runs} runs)`, ms(e.element.layout.median), ms(e.vanilla.layout.median), `${e.ratio}×`, ms(e.element.paint.median), ms(e.vanilla.paint.median)];
    });
    section('2. Render: insert → news-load → layout (median)', table(['case', '<news-list>', 'vanilla', 'ratio', 'el. to paint', 'van. to paint'], rows));
  }
  if (r.switching) {
    const names = { tabCached: 'tab switch, cached', pageCached: 'page change, cached', tabUncached: 'tab switch, uncached', pageUncached: 'page change, uncached' };
    section(
      '3. Switching: click → list updated (work) → next painted frame (median)',
      table(['case', 'work', 'to paint', 'frames begun first'], Object.entries(names).map(([k, label]) => [label, ms(r.switching[k].work.median), ms(r.switching[k].paint.median), r.switching[k].frames.median])),
    );
  }
  if (r.requests) {
    const { wholeFile, paged } = r.requests;
    section(
      '4. Requests per step of the demo visit (made / expected)',
      table(['step', 'whole file (demo)', 'paged endpoint'], wholeFile.steps.map((s, i) => [s.step, `${s.requests}/${s.expected}`, `${paged.steps[i].requests}/${paged.steps[i].expected}`])) +
        `\nduplicated requests: ${wholeFile.duplicates.length + paged.duplicates.length}`,
    );
  }
  if (r.layoutShift) {
    section(
      '5. Layout shift on the demo',
      table(['viewport', 'CLS load → settled, worst', 'median', 'loads that shifted', 'shift while paging'], Object.entries(r.layoutShift).map(([k, v]) => [k, v.load.cls.toFixed(3), v.load.median.toFixed(3), `${v.load.shifted} of ${v.load.loads.length}`, v.paging.total.toFixed(3)])),
    );
  }
  if (r.memory) {
    const m = r.memory;
    section(
      `6. Memory: ${m.cycles} mount/unmount cycles`,
      table(['heap before', 'heap after', 'growth', 'DOM nodes', 'listeners'], [[kB(m.before.heap), kB(m.after.heap), kB(m.growth), `${m.before.nodes} → ${m.after.nodes}`, `${m.before.jsEventListeners} → ${m.after.jsEventListeners}`]]),
    );
  }
  if (r.lighthouse) {
    const l = r.lighthouse;
    section(
      `7. Lighthouse ${l.lighthouseVersion} (${l.formFactor}, ${l.throttling} throttling, median of ${l.runs})`,
      table(['performance', 'accessibility', 'best-practices', 'performance by run', 'CLS by run'], [[l.scores.performance, l.scores.accessibility, l.scores['best-practices'], l.scoresByRun.map((s) => s.performance).join(' '), l.clsByRun.join(' ')]]),
    );
  }
  if (r.longTasks) {
    const { list, articles } = r.longTasks;
    const task = (value) => (value > 0 ? ms(value) : '< 50 ms');
    const cells = (v) => [task(v.longest.median), task(v.longest.max), ms(v.blocking.median), v.durations.map((d) => (d.length ? d.join('+') : '0')).join(' | ')];
    const labels = { 'first page': 'first page (insert → painted)', category: 'category FAQ (→ painted)', page: 'page 125 of FAQ (→ painted)' };
    const rows = Object.entries(list.steps).map(([step, v]) => [`list: ${labels[step] ?? step}`, ms(v.paint.median), ...cells(v)]);
    for (const [name, v] of Object.entries(articles)) {
      rows.push([`${name} body, ${v.paragraphs.toLocaleString('en')} ¶ (JSON → first ¶ / screen / whole)`, `${v.first.median.toFixed(0)} / ${v.screen.median.toFixed(0)} / ${ms(v.whole.median)}`, ...cells(v)]);
    }
    section(
      `8. Long tasks (PerformanceObserver 'longtask', tasks over 50 ms): ${list.articles.toLocaleString('en')}-article whole-file list and large article bodies, median of ${list.runs} runs`,
      table(['case', 'to shown', 'longest task', 'worst run', 'blocking', 'long tasks by run (ms)'], rows),
    );
  }
  if (r.longTasks || r.bodies) {
    const rows = [];
    const add = (engine, articles) => {
      for (const [name, v] of Object.entries(articles ?? {})) rows.push([engine, `${name}${v.depth ? ` (${v.depth} <div>s deep)` : ''}`, ms(v.first.median), ms(v.screen.median), ms(v.whole.median), ms(v.frameGap.median), ms(v.frameGap.max), v.runs]);
    };
    if (r.longTasks) add('Chromium', r.longTasks.articles);
    for (const [engine, v] of Object.entries(r.bodies?.engines ?? {})) {
      if (v.missing) rows.push([engine, `not installed: ${v.missing}`, '', '', '', '', '', '']);
      else add(v.version, v.articles);
    }
    section(
      '9. Large article bodies in every engine (from the JSON’s arrival, median): first paragraph, first screen, whole body, the longest gap between frames',
      table(['engine', 'body', 'first ¶', 'first screen', 'whole', 'longest frame gap', 'worst run', 'runs'], rows),
    );
  }
  for (const [name, message] of Object.entries(r.errors ?? {})) out.push(`\n${name}: ERROR ${message}`);
  section('Budgets', table(['budget', 'measured', 'result'], budgetRows.map((b) => [b.budget, b.measured, b.pass === null ? (b.measured === 'not run' ? '—' : 'ERROR') : b.pass ? 'PASS' : 'FAIL'])));
  return out.join('\n');
}

/** The profiles behind the figures: where the bytes and the time go. */
export function causes(r) {
  const out = [];
  if (r.bytes) {
    for (const [name, v] of [['iife', r.bytes.iife], ['ESM news-list', r.bytes.esm['news-list']]]) {
      const top = v.modules.filter((m) => m.name.startsWith('src/')).slice(0, 8);
      out.push(`${name}, largest modules (min / gzip marginal): ${top.map((m) => `${m.name.replace(/^src\//, '')} ${kB(m.minified)}/${kB(m.gzip)}`).join(', ')}`);
      out.push(`${name}, by area (gzip marginal): ${v.areas.map((a) => `${a.name} ${kB(a.gzip)}`).join(', ')}; template indentation + CSS comments ${kB(v.templateFormatting.gzip)}`);
    }
  }
  for (const { trace, js, n } of Object.values(r.render?.profiles ?? {})) {
    const split = (s) => Object.entries(s).filter(([, v]) => v >= 0.05).map(([k, v]) => `${k} ${v}`).join(', ');
    if (trace.element) out.push(`render ${n}, main thread per run (ms, traced): element ${split(trace.element.split)} | vanilla ${split(trace.vanilla.split)}`);
    for (const kind of ['element', 'vanilla']) {
      out.push(`render ${n}, ${kind} CPU profile per run (ms; Blink work a JS call forces counts in that call): ${js[kind].byFunction.slice(0, 10).map((f) => `${f.name} ${f.ms}`).join(', ')}`);
    }
  }
  if (r.layoutShift) {
    for (const [viewport, v] of Object.entries(r.layoutShift)) {
      for (const shift of v.load.shifts) {
        const heights = v.load.heights.map((h) => `${h.time} ms ${h.tabs}/${h.list}/${h.article}`).join(', ');
        out.push(`layout shift (${viewport}, worst load) at ${shift.time} ms: ${shift.value.toFixed(3)} (${shift.sources.map((s) => s.node).join(', ')}); first paint ${v.load.timeline['first-paint']} ms; heights of tabs/list/article (px) by frame: ${heights}`);
      }
    }
  }
  if (r.lighthouse) {
    const failing = r.lighthouse.failing.filter((f) => f.category !== 'performance' || f.score < 0.9);
    if (failing.length) out.push(`Lighthouse audits below full marks (median run): ${failing.map((f) => `${f.category}/${f.id} (weight ${f.weight}${f.display ? `, ${f.display}` : ''}${f.items?.some(Boolean) ? `: ${f.items.filter(Boolean).slice(0, 2).join(' ; ')}` : ''})`).join(', ')}`);
  }
  return out.length ? `\nWhere it goes\n${out.map((line) => `- ${line}`).join('\n')}` : '';
}
