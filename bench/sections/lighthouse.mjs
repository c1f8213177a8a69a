// 7. Lighthouse (the npm package, 12.2.3) on the demo page, with Debian's Chromium started here
// with --remote-debugging-port (no chrome-launcher download): performance, accessibility and
// best-practices, Lighthouse's default mobile profile (simulated slow 4G, 4× CPU slowdown).
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LAUNCH_TIMEOUT } from '../../test/chromium.mjs';
import { CHROMIUM, CHROMIUM_FLAGS, cleanups } from '../lib/env.mjs';
import { median } from '../lib/stats.mjs';

export const LIGHTHOUSE_RUNS = 3;

/** Starts Chromium with a DevTools port; resolves to { port, close }. */
async function startChromium() {
  const profile = await mkdtemp(join(tmpdir(), 'news-bench-lh-'));
  const child = spawn(CHROMIUM, [...CHROMIUM_FLAGS, '--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  const kill = () => {
    try {
      process.kill(-child.pid, 'SIGTERM'); // our own process group, started above
    } catch {
      // already gone
    }
  };
  cleanups.add(kill);
  const port = await new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`chromium gave no DevTools port: ${text.slice(-500)}`)), LAUNCH_TIMEOUT);
    child.stderr.on('data', (chunk) => {
      text += chunk;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`chromium exited (${code}): ${text.slice(-500)}`)));
  }).catch(async (error) => {
    kill();
    cleanups.delete(kill);
    await rm(profile, { recursive: true, force: true });
    throw error;
  });
  child.stderr.resume();
  return {
    port,
    async close() {
      cleanups.delete(kill);
      const exited = new Promise((resolve) => child.once('exit', resolve));
      kill();
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
      await rm(profile, { recursive: true, force: true });
    },
  };
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const AUDITS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index', 'interactive'];

/** @param {{ server: import('../lib/server.mjs').BenchServer, log: (line: string) => void }} context */
export async function measureLighthouse({ server, log }) {
  const { default: lighthouse } = await import('lighthouse');
  const chromium = await startChromium();
  const runs = [];
  try {
    for (let i = 0; i < LIGHTHOUSE_RUNS; i += 1) {
      const result = await lighthouse(`${server.url}/demo/index.html`, { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      const { lhr } = result;
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
      const metrics = Object.fromEntries(AUDITS.map((a) => [a, { value: lhr.audits[a]?.numericValue, display: lhr.audits[a]?.displayValue, score: lhr.audits[a]?.score }]));
      // What pulled a score down: audits that count in a category's score and did not pass.
      const failing = CATEGORIES.flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
          .map((ref) => ({
            category: c,
            id: ref.id,
            weight: ref.weight,
            score: lhr.audits[ref.id].score,
            display: lhr.audits[ref.id].displayValue ?? '',
            items: (lhr.audits[ref.id].details?.items ?? []).slice(0, 4).map((item) => item.node?.snippet ?? item.node?.selector ?? item.url ?? null),
          })),
      );
      const bytes = lhr.audits['total-byte-weight']?.numericValue;
      const bootup = (lhr.audits['bootup-time']?.details?.items ?? []).slice(0, 5).map((item) => ({ url: item.url.replace(server.url, ''), total: Math.round(item.total), scripting: Math.round(item.scripting) }));
      runs.push({ scores, metrics, failing, totalByteWeight: bytes, bootup, lighthouseVersion: lhr.lighthouseVersion, formFactor: lhr.configSettings.formFactor, throttling: lhr.configSettings.throttlingMethod });
      log(`  run ${i + 1}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}`);
    }
  } finally {
    await chromium.close();
  }
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))]));
  // Details (metrics, failing audits) of the run whose performance score is the median.
  const middle = [...runs].sort((a, b) => a.scores.performance - b.scores.performance)[Math.floor(runs.length / 2)];
  return {
    runs: runs.length,
    scores,
    ...middle,
    scoresByRun: runs.map((r) => r.scores),
    clsByRun: runs.map((r) => Math.round((r.metrics['cumulative-layout-shift'].value ?? 0) * 1000) / 1000),
  };
}
