// Profiling, to say what takes the time where a timing misses its budget:
// - a Chromium trace of the measured windows (performance marks `bench-run-start`/`-end`),
//   split into scripting, style, layout, paint, GC, other work and idle time (waiting for the
//   network) on the page's main thread;
// - a V8 CPU profile, its JS self time mapped through the bundle's source map to our modules.
import { locator, shortName } from './sourcemap.mjs';

const CLASSES = [
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|UpdateStyle|StyleRecalc)/],
  ['layout', /^(Layout|UpdateLayout|IntersectionObserver|ComputeIntersections)/],
  ['paint', /^(Paint|PrePaint|Layerize|UpdateLayer|PaintImage|CompositeLayers|Commit|UpdateLayerTree)/],
  ['gc', /(GC|Gc|gc)(\b|_|\.|$)|^MinorGC|^MajorGC|^BlinkGC|^V8\.GC/],
  ['parse', /^(ParseHTML|HTMLDocumentParser)/],
  [
    'script',
    /^(FunctionCall|EvaluateScript|RunMicrotasks|V8\.Execute|v8\.|EventDispatch|TimerFire|FireAnimationFrame|XHR|V8\.Compile|V8\.Parse|RunMicrotask|v8\.callFunction|EvaluateModule|ProfileCall|JSSample)/,
  ],
];

function classify(name) {
  for (const [cls, pattern] of CLASSES) if (pattern.test(name)) return cls;
  return 'other';
}

/**
 * Self time by class on the main thread of the page that set the marks, summed over the
 * windows between each `bench-run-start` and the following `bench-run-end` mark, per window.
 * @param {Buffer} buffer the trace
 */
export function splitTrace(buffer) {
  const trace = JSON.parse(buffer.toString());
  const events = trace.traceEvents ?? trace;
  const marks = events.filter((e) => e.name === 'bench-run-start' || e.name === 'bench-run-end');
  if (!marks.length) return null;
  const { pid, tid } = marks[0];
  const windows = [];
  let open = null;
  for (const mark of marks.sort((a, b) => a.ts - b.ts)) {
    if (mark.name === 'bench-run-start') open = mark.ts;
    else if (open !== null) {
      windows.push([open, mark.ts]);
      open = null;
    }
  }
  const spans = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number' && e.dur > 0)
    .map((e) => ({ name: e.name, start: e.ts, end: e.ts + e.dur }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const totals = { script: 0, style: 0, layout: 0, paint: 0, gc: 0, parse: 0, other: 0, idle: 0 };
  const byName = new Map();
  const counts = new Map();
  let wall = 0;
  for (const [from, to] of windows) {
    wall += to - from;
    // Clip to the window; each instant goes to the innermost span open then (the latest
    // started, the shortest on a tie), so partly overlapping spans are not counted twice.
    const inside = spans.filter((s) => s.end > from && s.start < to).map((s) => ({ ...s, start: Math.max(s.start, from), end: Math.min(s.end, to) }));
    for (const span of inside) counts.set(span.name, (counts.get(span.name) ?? 0) + 1);
    const bounds = [...new Set(inside.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
    let busy = 0;
    for (let i = 0; i + 1 < bounds.length; i += 1) {
      const [a, b] = [bounds[i], bounds[i + 1]];
      let inner = null;
      for (const span of inside) {
        if (span.start <= a && span.end >= b && (!inner || span.start > inner.start || (span.start === inner.start && span.end < inner.end))) inner = span;
      }
      if (!inner) continue;
      busy += b - a;
      totals[classify(inner.name)] += b - a;
      byName.set(inner.name, (byName.get(inner.name) ?? 0) + (b - a));
    }
    totals.idle += Math.max(0, to - from - busy);
  }
  const perRun = (us) => Math.round((us / windows.length / 1000) * 100) / 100;
  return {
    runs: windows.length,
    wall: perRun(wall),
    split: Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, perRun(v)])),
    topEvents: [...byName]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .map(([name, us]) => ({ name, ms: perRun(us), perRun: Math.round(((counts.get(name) ?? 0) / windows.length) * 10) / 10 })),
  };
}

/**
 * JS self time of a V8 CPU profile, by original module and by function (source:line), for the
 * frames of the bundle's files (`maps`: URL → source map); other frames by their URL or kind.
 * @param {{ nodes: any[], samples: number[], timeDeltas: number[] }[]} profiles one per run
 * @param {Map<string, object>} maps
 * @param {number} runs to report per-run milliseconds
 */
export function profileByModule(profiles, maps, runs) {
  const finders = new Map([...maps].map(([url, map]) => [url, locator(map)]));
  const byModule = new Map();
  const byFunction = new Map();
  const add = (table, key, us) => table.set(key, (table.get(key) ?? 0) + us);
  for (const profile of profiles) {
    const selfById = new Map();
    profile.samples.forEach((id, i) => selfById.set(id, (selfById.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0)));
    for (const node of profile.nodes) {
      const us = selfById.get(node.id);
      if (!us) continue;
      const frame = node.callFrame;
      let module;
      let fn;
      if (finders.has(frame.url)) {
        const original = finders.get(frame.url)(frame.lineNumber, frame.columnNumber);
        module = original ? shortName(original.source) : '(bundle, unmapped)';
        fn = `${module}:${original?.line ?? '?'} ${original?.name ?? frame.functionName ?? ''}`.trim();
      } else if (frame.url) {
        module = frame.url.replace(/^https?:\/\/[^/]+/, '');
        fn = `${module} ${frame.functionName}`;
      } else {
        module = frame.functionName || '(native)';
        fn = module;
      }
      add(byModule, module, us);
      add(byFunction, fn, us);
    }
  }
  const ms = (us) => Math.round((us / runs / 1000) * 100) / 100;
  const top = (table, count) => [...table].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, us]) => ({ name, ms: ms(us) }));
  return { profiles: profiles.length, byModule: top(byModule, 15), byFunction: top(byFunction, 15) };
}
