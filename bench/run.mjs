#!/usr/bin/env node
// npm run bench: the benchmark suite of issue 8, against the built dist/ (run `npm run build`
// first). Prints the tables and the budgets, writes bench/results.json (ignored by git). A report: the exit code
// is 0 whatever the figures (1 only when there is no build to measure).
//
// Sections (bench/sections/): 1 bytes, 2 render, 3 switching, 4 requests, 5 layout shift,
// 6 memory, 7 lighthouse, 8 long tasks (9: its article bodies in Firefox and WebKit, where
// installed: `bodies`), 10 prerender (LCP of prerendered, client-rendered and plain pages on an
// emulated slow link). `node bench/run.mjs render memory` runs only those
// (results.json is then not written). bench/results.json is ignored by git: the figures of
// record are the tables in BENCHMARKS.md.
import { writeFile } from 'node:fs/promises';
import { RESULTS, cleanups, launchBrowser, machine, missingBuild, snapshotDist } from './lib/env.mjs';
import { budgets, causes, render } from './lib/report.mjs';
import { startServer } from './lib/server.mjs';
import { measureBytes } from './sections/bytes.mjs';
import { measureLayoutShift } from './sections/layout-shift.mjs';
import { measureLighthouse } from './sections/lighthouse.mjs';
import { measureBodies, measureLongTasks } from './sections/long-tasks.mjs';
import { measureMemory } from './sections/memory.mjs';
import { measurePrerender, prerenderBudget, renderPrerender } from './sections/prerender.mjs';
import { measureRender } from './sections/render.mjs';
import { measureRequests } from './sections/requests.mjs';
import { measureSwitching } from './sections/switching.mjs';

const missing = missingBuild();
if (missing.length) {
  console.error(`bench: dist/ is missing ${missing.join(', ')}.\nRun \`npm run build\` first: the bench measures the built files (dist/ and dist/demo/).`);
  process.exit(1);
}

// A watchdog: a stuck browser must not hold CI. The run takes about 6–7 minutes on 2 cores
// (prerender, on an emulated slow link, about 2–2.5 of them).
const WATCHDOG_MINUTES = 12;
setTimeout(() => {
  console.error(`bench: stopped after ${WATCHDOG_MINUTES} minutes (stuck?); no results written`);
  for (const cleanup of cleanups) cleanup();
  process.exit(0);
}, WATCHDOG_MINUTES * 60_000).unref();

const only = process.argv.slice(2).map((a) => a.replace(/-(\w)/g, (_, c) => c.toUpperCase()));
const wanted = (name) => !only.length || only.includes(name);
const started = Date.now();
const log = (line) => console.log(line);
const results = { date: new Date().toISOString(), machine: machine() };
const errors = {};

const snapshot = await snapshotDist();
results.dist = { builtAt: snapshot.builtAt };
const server = await startServer();
let browser;

/** Runs a section; a failure is reported and the others still run. */
async function section(name, run) {
  if (!wanted(name)) return;
  const t = Date.now();
  log(`${name}…`);
  try {
    results[name] = await run();
  } catch (error) {
    errors[name] = error?.stack?.split('\n').slice(0, 3).join(' | ') ?? String(error);
    log(`  ${name} failed: ${errors[name]}`);
  }
  log(`  (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}

try {
  // Bytes first: its bundles (each ESM entry with its dependencies) are what the pages load.
  const bytes = await measureBytes({ log: wanted('bytes') ? log : () => {} });
  for (const [entry, files] of Object.entries(bytes.bundles)) {
    for (const { name, code } of files.values()) server.add(`/bench/bundles/${entry}/${name}`, code, 'text/javascript; charset=utf-8');
  }
  if (wanted('bytes')) results.bytes = { iife: bytes.iife, esm: bytes.esm };
  browser = await launchBrowser();
  const context = { browser, server, log, bytes };
  await section('render', () => measureRender(context));
  await section('switching', () => measureSwitching(context));
  await section('requests', () => measureRequests(context));
  await section('layoutShift', () => measureLayoutShift(context));
  await section('memory', () => measureMemory(context));
  await section('longTasks', () => measureLongTasks(context));
  await section('prerender', () => measurePrerender(context));
  await browser.close();
  browser = undefined;
  await section('bodies', () => measureBodies(context));
  await section('lighthouse', () => measureLighthouse(context));
} catch (error) {
  errors.bench = error?.stack ?? String(error);
  console.error(`bench: ${errors.bench}`);
} finally {
  await browser?.close();
  await server.close();
  await snapshot.remove();
}

results.errors = errors;
results.seconds = Math.round((Date.now() - started) / 1000);
const budgetRows = [...budgets(results), prerenderBudget(results)];
results.budgets = budgetRows;
const m = results.machine;
console.log(`\nnews-elements bench — ${results.date.slice(0, 10)}, ${m.cores} cores (${m.cpu}), ${m.chromium}, Node ${m.node}, commit ${m.commit}, dist built ${results.dist.builtAt}`);
// Section 10's table goes before the budgets (bench/lib/report.mjs prints the others).
const report = render(results, budgetRows);
const budgetsAt = report.lastIndexOf('\nBudgets\n');
console.log(report.slice(0, budgetsAt) + renderPrerender(results.prerender) + report.slice(budgetsAt));
console.log(causes(results));
if (only.length) {
  console.log(`\n(only ${only.join(', ')}: bench/results.json not written)`);
} else {
  await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nbench/results.json written (${results.seconds} s; ignored by git: the recorded figures are BENCHMARKS.md's)`);
}
