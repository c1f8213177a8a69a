// What the browser running the tests can do, by name: a test that needs what an engine lacks is
// skipped there with the reason in its title (`itWhen`), never dropped silently. The suite runs in
// Chromium (Playwright), Firefox (puppeteer over WebDriver BiDi) and WebKit (WebKitWebDriver).
import { executeServerCommand } from '@web/test-runner-commands';

/** What the driver can do, from the runner's `news-capabilities` command (web-test-runner.config.mjs). */
const driver = await executeServerCommand<{ driver: string; emulateMedia: boolean }, undefined>('news-capabilities');

/** `performance.memory`: heap sizes (Chromium only; exact with --enable-precise-memory-info). */
export const hasPreciseMemory = 'memory' in performance;

/**
 * Media feature emulation (prefers-color-scheme, prefers-reduced-motion) by the test runner:
 * Playwright does it; puppeteer over WebDriver BiDi (Firefox) needs CDP for it, and WebDriver
 * classic (WebKit) has no command for it.
 */
export const canEmulateMedia: boolean = driver.emulateMedia;

type Test = (this: Mocha.Context) => void | Promise<unknown>;

/** `it` when the browser has what the test needs; otherwise `it.skip`, the title saying what is missing. */
export function itWhen(has: boolean, missing: string): (title: string, test: Test) => Mocha.Test {
  return (title, test) => (has ? it(title, test) : it.skip(`${title} (skipped: ${missing})`, test));
}
