#!/usr/bin/env node
// npm test: the build, then every test phase, each one even when an earlier one failed, then one
// summary line per phase. Exits 1 if any phase failed. Only a failed build stops the rest: there
// is nothing to test then.
//
//   1. build   npm run build (dist/, the demo in dist/demo/)
//   2. unit    web-test-runner: test/**/*.test.ts in Chromium (web-test-runner.config.mjs)
//   3. node    node --test test/build/ test/e2e/ (the template minifier, the end-to-end tests)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'news-test-'));
const unitCounts = join(scratch, 'web-test-runner.json');
const nodeTap = join(scratch, 'node.tap');

// npm when this runs under npm (npm_execpath), else the npm on the PATH.
const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];

const phases = [
  { name: 'build', command: [...npm, 'run', 'build'], required: true },
  {
    name: 'unit (web-test-runner)',
    command: [join(ROOT, 'node_modules/.bin/web-test-runner')],
    env: { NEWS_TEST_SUMMARY: unitCounts },
    counts: () => {
      const c = JSON.parse(readFileSync(unitCounts, 'utf8'));
      return `${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}${c.filesFailed ? ` (${c.filesFailed} file${c.filesFailed > 1 ? 's' : ''} failed)` : ''}`;
    },
  },
  {
    name: 'node (test/build/, test/e2e/)',
    // The usual reporter on the console (spec on a terminal, TAP otherwise), and TAP to a file for the counts.
    command: [process.execPath, '--test', `--test-reporter=${process.stdout.isTTY ? 'spec' : 'tap'}`, '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${nodeTap}`, 'test/build/', 'test/e2e/'],
    counts: () => {
      const tap = readFileSync(nodeTap, 'utf8');
      const n = (key) => Number(tap.match(new RegExp(`^# ${key} (\\d+)$`, 'm'))?.[1] ?? 0);
      return `${n('pass')} passed, ${n('fail')} failed${n('skipped') ? `, ${n('skipped')} skipped` : ''}${n('cancelled') ? `, ${n('cancelled')} cancelled` : ''}`;
    },
  },
];

/** Runs a command with the console inherited; resolves with its exit code (1 for a signal). */
function run([command, ...args], env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', (error) => {
      console.error(`npm test: could not start ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

const results = [];
for (const phase of phases) {
  const started = Date.now();
  const code = await run(phase.command, phase.env);
  let counts = '';
  try {
    counts = phase.counts?.() ?? '';
  } catch {
    counts = 'no counts (the phase ended before reporting)';
  }
  results.push({ name: phase.name, ok: code === 0, code, seconds: (Date.now() - started) / 1000, counts });
  if (code !== 0 && phase.required) {
    for (const rest of phases.slice(phases.indexOf(phase) + 1)) results.push({ name: rest.name, ok: false, skipped: true });
    break;
  }
}
rmSync(scratch, { recursive: true, force: true });

const width = Math.max(...results.map((r) => r.name.length));
console.log('\nnpm test, by phase:');
for (const r of results) {
  const status = r.skipped ? 'not run (the build failed)' : `${(r.ok ? 'ok' : `FAILED (exit ${r.code})`).padEnd(15)}  ${r.seconds.toFixed(1).padStart(6)} s${r.counts ? `  ${r.counts}` : ''}`;
  console.log(`  ${r.name.padEnd(width)}  ${status}`);
}
const failed = results.filter((r) => !r.ok && !r.skipped);
const notRun = results.some((r) => r.skipped) ? '; the rest not run' : '';
console.log(failed.length ? `npm test: FAILED (${failed.map((r) => r.name).join(', ')}${notRun})` : 'npm test: every phase passed');
process.exit(failed.length ? 1 : 0);
