// Debian's Chromium, as every tool of the project starts it (the unit and end-to-end tests, the
// Storybook tests, the bench, the demo's media script): never a downloaded browser, headless,
// and with nothing of its own going to the network.

/** The browser: Debian's, or CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags every run starts it with. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * How long any engine's browser gets to start, here and for Firefox (test/e2e/engines.mjs, the
 * Firefox test config): three minutes, not the drivers' 30 s. A first start on a fresh machine
 * reads the browser from a cold disk: Firefox ESR took 16–21 s here on an idle machine (2.5 s
 * warm), and over 30 s on a busy CI machine, where it failed every test file of its phase.
 */
export const LAUNCH_TIMEOUT = 180_000;

/** Playwright's launch options for it: the browser, its flags and `extra`, the start timeout. */
export function chromiumLaunchOptions(extra = []) {
  return { executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS, ...extra], timeout: LAUNCH_TIMEOUT };
}
