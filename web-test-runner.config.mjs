// Tests run in Debian's Chromium through Playwright; TypeScript (with Lit's classic decorators)
// is compiled by esbuild with the project's tsconfig. wtr.firefox.config.mjs and
// wtr.webkit.config.mjs run the same suite in Firefox and WebKit, with this file's settings.
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { LAUNCH_TIMEOUT, chromiumLaunchOptions } from './test/chromium.mjs';

const ROOT = fileURLToPath(new URL('./', import.meta.url));

/**
 * Lit's one-time notice that it runs in dev mode (https://lit.dev/msg/dev-mode), printed by
 * every test file. The tests keep dev mode on purpose: its other warnings (a change scheduled
 * during an update, an attribute it cannot convert, …) point at real mistakes and still show.
 */
const isLitDevModeNotice = (args) => typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode.');

/**
 * 404s the tests cause on purpose: images, video and documents named in sample articles (the
 * test server has none of them) and the `<img src=x>` of the hostile bodies. A missing module,
 * stylesheet or data file (.js, .ts, .css, .json, …) is still listed.
 */
const isExpected404 = (path) => /\.(jpe?g|png|gif|webp|avif|svg|ico|webm|mp4|mp3|ogg|pdf)$/i.test(path.split(/[?#]/)[0]) || path === 'x';

/** The default reporter, without the expected 404s in its lists. */
function reporter() {
  const base = defaultReporter();
  return {
    ...base,
    reportTestFileResults: (args) =>
      base.reportTestFileResults({
        ...args,
        sessionsForTestFile: args.sessionsForTestFile.map((session) => ({ ...session, request404s: session.request404s.filter((path) => !isExpected404(path)) })),
      }),
  };
}

/**
 * For `npm test` (test/run-all.mjs): the counts of the run, the titles of the skipped tests (each
 * says why), and each failed file with the runner's errors and how many of its tests reported
 * (skipped ones too), written to the file named by NEWS_TEST_SUMMARY, for its summary and its
 * second run of the files that never started.
 */
function summaryFile(file) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, filesFailed: [], skippedTests: [] };
      const add = (suite, path) => {
        for (const test of suite.tests) {
          counts[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed'] += 1;
          if (test.skipped) counts.skippedTests.push([...path, test.name].join(' › '));
        }
        return suite.tests.length + suite.suites.reduce((sum, child) => sum + add(child, [...path, child.name]), 0);
      };
      for (const session of sessions) {
        const reported = session.testResults ? add(session.testResults, []) : 0;
        if (session.passed) continue;
        const errors = (session.errors ?? []).map((error) => String(error.message ?? error).split('\n')[0]);
        counts.filesFailed.push({ file: relative(ROOT, session.testFile), reported, errors });
      }
      writeFileSync(file, JSON.stringify(counts));
    },
  };
}

/**
 * feedparser's test corpus (test/fixtures/feedparser/, read by test/conformance/) served byte
 * for byte: the dev server decodes text files as UTF-8 for its plugins, and the corpus tests
 * encodings.
 */
const CORPUS = fileURLToPath(new URL('./test/fixtures/feedparser/', import.meta.url));
async function corpusBytes(context, next) {
  const file = fileURLToPath(new URL(`.${context.path}`, import.meta.url));
  if (!file.startsWith(CORPUS) || !file.endsWith('.xml')) return next();
  try {
    context.body = await readFile(file);
    context.type = 'application/octet-stream';
  } catch {
    return next();
  }
}

/**
 * The `news-capabilities` command (test/helpers/capabilities.ts): what the driver of this run can
 * do for a test, asked without trying it (a failed command is logged by the runner). Media
 * emulation (`emulateMedia`): Playwright does it, and puppeteer over CDP; puppeteer over
 * WebDriver BiDi (Firefox) and WebDriver classic (WebKit) do not.
 */
function capabilitiesPlugin() {
  return {
    name: 'news-capabilities',
    executeCommand({ command, session }) {
      if (command !== 'news-capabilities') return undefined;
      const type = session.browser.type;
      const emulateMedia = type === 'playwright' || (type === 'puppeteer' && session.browser.getPage(session.id).browser().protocol === 'cdp');
      return { driver: type, emulateMedia };
    },
  };
}

/**
 * A port of the kernel's choosing for the test server, not the runner's default search from 8000:
 * two runs side by side (two checkouts, or CI beside a developer's run) both found 8000 free and
 * the second failed to listen (EADDRINUSE). `--port` still wins.
 */
const port = await new Promise((resolve, reject) => {
  const probe = createServer().listen(0, () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
  probe.on('error', reject);
});

export default {
  port,
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [corpusBytes],
  concurrency: 2,
  // A busy 2-core machine, fresh from its installs: the browser's start (its own timeout is
  // LAUNCH_TIMEOUT), the first pages waiting on the first compiles of the module graph, a file
  // slowed by the other page beside it. The runner's defaults (30 s, 20 s, 2 min) failed the
  // first files of a CI run that way, each with no test failed; test/run-all.mjs also runs
  // such files once more. A hanging test still fails: mocha's own timeout, below, is per test.
  browserStartTimeout: LAUNCH_TIMEOUT,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 300_000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), capabilitiesPlugin()],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      // For the memory test: gc() and exact heap sizes.
      launchOptions: chromiumLaunchOptions(['--js-flags=--expose-gc', '--enable-precise-memory-info']),
    }),
  ],
  filterBrowserLogs: ({ args }) => !isLitDevModeNotice(args),
  reporters: [reporter(), ...(process.env.NEWS_TEST_SUMMARY ? [summaryFile(process.env.NEWS_TEST_SUMMARY)] : [])],
  testFramework: { config: { timeout: 10000 } },
};
