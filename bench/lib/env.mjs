// Paths, the dist/ check, and Debian's Chromium (launched through playwright-core, never downloaded).
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CHROMIUM_FLAGS, chromiumLaunchOptions } from '../../test/chromium.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The built files the bench measures: dist/, or the snapshot of it taken by snapshotDist(). */
export let DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
export const BENCH = fileURLToPath(new URL('../pages/', import.meta.url));
/** The figures of the last full run: ignored by git (.gitignore), so a CI run leaves the tree clean. */
export const RESULTS = fileURLToPath(new URL('../results.json', import.meta.url));
/** Debian's Chromium and the flags every run starts it with (shared with the tests). */
export { CHROMIUM, CHROMIUM_FLAGS };

/** The built files the bench reads; a missing one means `npm run build` has not run. */
export const REQUIRED = [
  'news-elements.iife.js',
  'news-elements.js',
  'define.js',
  'news-list.js',
  'news-tabs.js',
  'news-article.js',
  'demo/index.html',
  'demo/data/news.json',
];

/**
 * Copies dist/ to a temporary folder and measures that copy, so that a build running meanwhile
 * (npm run build starts by deleting dist/) cannot pull files away mid-run. Returns a clean-up.
 */
export async function snapshotDist() {
  const folder = await mkdtemp(join(tmpdir(), 'news-bench-'));
  const copy = join(folder, 'dist/');
  await cp(DIST, copy, { recursive: true });
  const builtAt = statSync(join(DIST, 'news-elements.iife.js')).mtime.toISOString();
  DIST = copy;
  return { builtAt, remove: () => rm(folder, { recursive: true, force: true }) };
}

/** @returns {string[]} the required dist/ files that are missing */
export function missingBuild() {
  return REQUIRED.filter((file) => !existsSync(DIST + file));
}

/**
 * Chromium through playwright-core, with the JS flags the memory section needs (`gc()`).
 * @param {string[]} [extra]
 */
export async function launchBrowser(extra = []) {
  const { chromium } = await import('playwright-core');
  return chromium.launch(chromiumLaunchOptions(['--js-flags=--expose-gc', ...extra]));
}

/** The machine the figures were measured on. */
export function machine() {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // reported as unknown
  }
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // not a git checkout
  }
  const cpu = cpus();
  return { cores: cpu.length, cpu: cpu[0]?.model ?? 'unknown', chromium, node: process.version, platform: `${process.platform} ${process.arch}`, commit };
}

/** Clean-ups to run if the watchdog ends a stuck run (processes this bench started). */
export const cleanups = new Set();
