#!/usr/bin/env node
// npm test: the build, then every test phase, each one even when an earlier one failed, then one
// summary line per phase (and the tests skipped, each with its reason). Exits 1 if any phase
// failed. Only a failed build stops the rest: there is nothing to test then.
//
//   1. build     npm run build (dist/, the demo in dist/demo/)
//   2. chromium  web-test-runner: test/**/*.test.ts in Chromium (web-test-runner.config.mjs)
//   3. firefox   the same suite in Firefox ESR (wtr.firefox.config.mjs)
//   4. webkit    the same suite in WebKitGTK (wtr.webkit.config.mjs), with Xvfb and
//                WebKitWebDriver started for it and stopped after
//   5. node      node --test test/build/ test/e2e/ (the template minifier, the end-to-end tests,
//                the script-tag page in each engine)
//
// A unit phase whose only failures are files that never started (a browser or page that did not
// start in time on a busy machine) runs those files once more on their own; the summary names
// them and why (unitPhase below).
//
// A browser that is not installed is not a failure locally: its phase (and its end-to-end test)
// is skipped with what to install. With NEWS_ENGINES_REQUIRED=1 (CI) it is a failure.
//
// `node test/run-all.mjs firefox webkit` runs only the phases named (no build unless named);
// the arguments from the first one that starts with `-` on go to web-test-runner (a `--` before
// them is dropped; npm drops it already): `npm run test:webkit -- --files test/elements/news-list.test.ts`.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { enginesRequired, missing, startWebKitDriver } from './e2e/engines.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'news-test-'));
const nodeTap = join(scratch, 'node.tap');

const args = process.argv.slice(2);
const options = args.findIndex((arg) => arg.startsWith('-'));
const named = options < 0 ? args : args.slice(0, options);
const wtrArgs = options < 0 ? [] : args.slice(args[options] === '--' ? options + 1 : options);

// npm when this runs under npm (npm_execpath), else the npm on the PATH.
const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Whether a failed file never started: no test of it reported (not even a skipped one), and it
 * was not stopped for taking too long (a page that hangs is a result, not a hiccup).
 */
const neverStarted = (file) => file.reported === 0 && !file.errors.some((error) => error.includes('did not finish'));

/**
 * A web-test-runner phase in one engine: its config, counts from the summary file it writes.
 * Files that failed without starting (the browser did not start in time, a page did not load,
 * the browser went away) run once more on their own, when they are all that failed and the run
 * was given no arguments for web-test-runner: a busy machine's hiccup, not a result. A file with
 * a test that failed, or that started and never finished, is never run again; the summary names
 * every file run twice, and why.
 */
function unitPhase(engine, label, config) {
  const counts = join(scratch, `web-test-runner-${engine}.json`);
  const again = join(scratch, `web-test-runner-${engine}-again.json`);
  const runner = [join(ROOT, 'node_modules/.bin/web-test-runner'), ...(config ? ['--config', config] : [])];
  /** The files run a second time, if any. */
  let retried;
  return {
    name: engine,
    label: `unit, ${label} (web-test-runner)`,
    engine,
    command: [...runner, ...wtrArgs],
    env: { NEWS_TEST_SUMMARY: counts },
    retry: () => {
      if (wtrArgs.length || !existsSync(counts)) return undefined;
      const { filesFailed } = readJson(counts);
      if (!filesFailed.length || !filesFailed.every(neverStarted)) return undefined;
      retried = filesFailed;
      return {
        note: `${plural(filesFailed.length, 'file')} did not start (${filesFailed[0].errors[0] ?? 'the runner gave no reason'}): once more, on their own`,
        command: [...runner, ...filesFailed.map((file) => file.file)],
        env: { NEWS_TEST_SUMMARY: again },
      };
    },
    counts: () => {
      const c = readJson(counts);
      const notes = (retried ?? []).map((file) => `ran again: ${file.file} (the first time: ${file.errors.join('; ') || 'it did not start'})`);
      if (retried && existsSync(again)) {
        const second = readJson(again);
        for (const key of ['passed', 'failed', 'skipped']) c[key] += second[key];
        c.skippedTests.push(...second.skippedTests);
        c.filesFailed = second.filesFailed;
      } else if (retried) {
        notes.push('the second run wrote no counts: the first run\'s are shown');
      }
      for (const file of c.filesFailed) notes.push(`failed: ${file.file}${file.errors.length ? ` (${file.errors.join('; ')})` : ''}`);
      const filesFailed = c.filesFailed.length ? ` (${plural(c.filesFailed.length, 'file')} failed)` : '';
      return {
        line: `${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}${filesFailed}`,
        notes: [...notes, ...c.skippedTests.map((title) => `skipped: ${title}`)],
      };
    },
  };
}

const phases = [
  { name: 'build', label: 'build', command: [...npm, 'run', 'build'], required: true },
  unitPhase('chromium', 'Chromium', undefined),
  unitPhase('firefox', 'Firefox', 'wtr.firefox.config.mjs'),
  {
    ...unitPhase('webkit', 'WebKit', 'wtr.webkit.config.mjs'),
    // WebKitWebDriver under an Xvfb display of its own, on a free port; stopped by pid after.
    around: async (run) => {
      const driver = await startWebKitDriver();
      try {
        return await run({ WEBKIT_DRIVER_PORT: String(driver.port) });
      } finally {
        await driver.stop();
      }
    },
  },
  {
    name: 'node',
    label: 'node (test/build/, test/e2e/)',
    // The usual reporter on the console (spec on a terminal, TAP otherwise), and TAP to a file for the counts.
    command: [process.execPath, '--test', `--test-reporter=${process.stdout.isTTY ? 'spec' : 'tap'}`, '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${nodeTap}`, 'test/build/', 'test/e2e/'],
    counts: () => {
      const tap = readFileSync(nodeTap, 'utf8');
      const n = (key) => Number(tap.match(new RegExp(`^# ${key} (\\d+)$`, 'm'))?.[1] ?? 0);
      const skipped = [...tap.matchAll(/^\s*ok \d+ - (.*?) # SKIP (.*)$/gm)].map(([, title, reason]) => `skipped: ${title} (skipped: ${reason})`);
      return { line: `${n('pass')} passed, ${n('fail')} failed${n('skipped') ? `, ${n('skipped')} skipped` : ''}${n('cancelled') ? `, ${n('cancelled')} cancelled` : ''}`, notes: skipped };
    },
  },
];

const unknown = named.filter((name) => !phases.some((phase) => phase.name === name));
if (unknown.length) {
  console.error(`npm test: no phase ${unknown.join(', ')} (phases: ${phases.map((p) => p.name).join(', ')})`);
  process.exit(2);
}
const chosen = named.length ? phases.filter((phase) => named.includes(phase.name)) : phases;

/** Runs a command with the console inherited; resolves with its exit code (1 for a signal). */
function run([command, ...rest], env) {
  return new Promise((resolve) => {
    const child = spawn(command, rest, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', (error) => {
      console.error(`npm test: could not start ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

const results = [];
for (const phase of chosen) {
  const absent = phase.engine && missing(phase.engine);
  if (absent) {
    const note = `${phase.engine} is not installed: ${absent}`;
    console.log(`\nnpm test: ${phase.label}: ${enginesRequired ? 'FAILED' : 'skipped'}, ${note}`);
    results.push({ ...phase, ok: !enginesRequired, code: 1, seconds: 0, counts: { line: enginesRequired ? note : `skipped: ${note}`, notes: [] }, absent: true });
    continue;
  }
  console.log(`\nnpm test: ${phase.label}`);
  const started = Date.now();
  // The phase's command, and once more what its retry() names, if it failed (with the same env).
  const runPhase = async (env = {}) => {
    const code = await run(phase.command, { ...phase.env, ...env });
    const again = code === 0 ? undefined : phase.retry?.();
    if (!again) return code;
    console.log(`\nnpm test: ${phase.label}: ${again.note}`);
    return run(again.command, { ...phase.env, ...env, ...again.env });
  };
  let code;
  try {
    code = await (phase.around ? phase.around(runPhase) : runPhase());
  } catch (error) {
    console.error(`npm test: ${phase.label}: ${error.message}`);
    code = 1;
  }
  let counts = { line: '', notes: [] };
  try {
    counts = phase.counts?.() ?? counts;
  } catch {
    counts = { line: 'no counts (the phase ended before reporting)', notes: [] };
  }
  results.push({ ...phase, ok: code === 0, code, seconds: (Date.now() - started) / 1000, counts });
  if (code !== 0 && phase.required) {
    for (const rest of chosen.slice(chosen.indexOf(phase) + 1)) results.push({ ...rest, ok: false, notRun: true });
    break;
  }
}
rmSync(scratch, { recursive: true, force: true });

const width = Math.max(...results.map((r) => r.label.length));
console.log('\nnpm test, by phase:');
for (const r of results) {
  const status = r.notRun
    ? 'not run (the build failed)'
    : r.absent
      ? `${(r.ok ? 'skipped' : 'FAILED').padEnd(15)}  ${r.counts.line}`
      : `${(r.ok ? 'ok' : `FAILED (exit ${r.code})`).padEnd(15)}  ${r.seconds.toFixed(1).padStart(6)} s${r.counts.line ? `  ${r.counts.line}` : ''}`;
  console.log(`  ${r.label.padEnd(width)}  ${status}`);
  for (const note of r.counts?.notes ?? []) console.log(`  ${''.padEnd(width)}    ${note}`);
}
const failed = results.filter((r) => !r.ok && !r.notRun);
const notRun = results.some((r) => r.notRun) ? '; the rest not run' : '';
const skippedEngines = results.filter((r) => r.absent && r.ok).map((r) => r.name);
console.log(
  failed.length
    ? `npm test: FAILED (${failed.map((r) => r.label).join(', ')}${notRun})`
    : `npm test: every phase passed${skippedEngines.length ? ` (${skippedEngines.join(', ')} not installed here: not tested)` : ''}`,
);
process.exit(failed.length ? 1 : 0);
