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
