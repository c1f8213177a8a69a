// The web-test-runner suite in Debian's Firefox ESR (/usr/bin/firefox-esr, or FIREFOX_PATH), headless,
// through @web/test-runner-puppeteer: puppeteer over WebDriver BiDi (Debian 12 has no geckodriver).
// Everything else (files, esbuild, middleware, log filters, reporters, timeouts) is the Chromium config's.
//   npx web-test-runner --config wtr.firefox.config.mjs
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { firefoxLaunchOptions } from './test/e2e/engines.mjs';
import base from './web-test-runner.config.mjs';

export default {
  ...base,
  // One browser, one page at a time: two Firefox pages side by side on two cores starve each other's timers.
  concurrency: 1,
  browsers: [puppeteerLauncher({ launchOptions: firefoxLaunchOptions() })],
};
