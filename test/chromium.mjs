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
 * How long a browser gets to start: three minutes, Playwright's own default, given to every
 * Chromium and Firefox start of the project (Playwright's, puppeteer's, the bench's Lighthouse
 * Chromium) and to the test runner's page start. Puppeteer's default is 30 s: a first start on a
 * fresh machine reads the browser from a cold disk, and Firefox ESR took 16–21 s that way on an
 * idle machine here (2.5 s warm), and over 30 s in one CI run, which failed all 42 of its files.
 */
export const LAUNCH_TIMEOUT = 180_000;

/** Playwright's launch options for it: the browser, its flags and `extra`, the start timeout. */
export function chromiumLaunchOptions(extra = []) {
  return { executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS, ...extra], timeout: LAUNCH_TIMEOUT };
}
