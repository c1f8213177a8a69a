// The web-test-runner suite in Debian's WebKitGTK (MiniBrowser) through @web/test-runner-webdriver
// (webdriverio, classic WebDriver) against WebKitWebDriver on 127.0.0.1:$WEBKIT_DRIVER_PORT (4444),
// which must be running under an X display: `npm test` starts Xvfb and WebKitWebDriver itself
// (test/engines.mjs); by hand, see CONTRIBUTING.md (Tests in three engines).
//   npx web-test-runner --config wtr.webkit.config.mjs --port 8802
// Everything else (files, esbuild, middleware, log filters, reporters, timeouts) is the Chromium config's.
import { webdriverLauncher } from '@web/test-runner-webdriver';
import base from './web-test-runner.config.mjs';

export const MINIBROWSER = process.env.WEBKIT_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export default {
  ...base,
  // One WebDriver session, which navigates from test file to test file.
  concurrency: 1,
  browsers: [
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4444),
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    }),
  ],
};
