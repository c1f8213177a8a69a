// The three browser engines, for the tools that run in Node (npm test's phases, the end-to-end
// tests, the bench): Debian's Chromium through playwright-core, Debian's Firefox ESR through
// puppeteer-core over WebDriver BiDi (Debian 12 has no geckodriver), and WebKitGTK's MiniBrowser
// through WebKitWebDriver (classic WebDriver, webdriverio) under an Xvfb display. Nothing is ever
// downloaded: a browser that is not installed is reported by `missing()`, with what to install.
//
// Each engine is driven through one small interface (`launchEngine()` → `newPage()`), enough
// for a user's walk through a page: go to a URL, evaluate a function, wait for a condition,
// click (a real pointer click at a point of the viewport), press a key, take a screenshot.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { CHROMIUM, LAUNCH_TIMEOUT, chromiumLaunchOptions } from '../chromium.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Puppeteer's launch options for it (here and in wtr.firefox.config.mjs): headless, with the project's start timeout. */
export const firefoxLaunchOptions = () => ({ browser: 'firefox', executablePath: FIREFOX, headless: true, timeout: LAUNCH_TIMEOUT });
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.WEBKIT_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const XVFB = process.env.XVFB_PATH ?? '/usr/bin/Xvfb';

/** Whether CI asked for every engine: then a missing one is a failure, not a skip (NEWS_ENGINES_REQUIRED=1). */
export const enginesRequired = process.env.NEWS_ENGINES_REQUIRED === '1';

/** Why `engine` cannot run here (a sentence naming what to install), or undefined when it can. */
export function missing(engine) {
  const absent = (files) => files.filter((file) => !existsSync(file));
  const need = {
    chromium: [[CHROMIUM], 'chromium'],
    firefox: [[FIREFOX], 'firefox-esr'],
    webkit: [[WEBKIT_DRIVER, MINIBROWSER, XVFB], 'webkit2gtk-driver xvfb xauth'],
  }[engine];
  if (!need) return `unknown engine ${engine}`;
  const gone = absent(need[0]);
  return gone.length ? `${gone.join(', ')} not found (Debian: apt-get install ${need[1]})` : undefined;
}

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Ends a child process this module started, by its pid, and waits for it to go (SIGKILL after 5 s). */
async function stopChild(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  process.kill(child.pid, 'SIGTERM');
  const late = setTimeout(() => child.exitCode === null && child.signalCode === null && process.kill(child.pid, 'SIGKILL'), 5000);
  await gone;
  clearTimeout(late);
}

/**
 * Starts Xvfb on a display it chooses itself (-displayfd: two runs side by side never collide)
 * and WebKitWebDriver on a free port under it. Resolves to { port, display, stop() }; stop()
 * ends both, by pid. Their output goes nowhere unless NEWS_ENGINE_LOGS=1.
 */
export async function startWebKitDriver() {
  const why = missing('webkit');
  if (why) throw new Error(`WebKit: ${why}`);
  const logs = process.env.NEWS_ENGINE_LOGS === '1' ? 'inherit' : 'ignore';
  const xvfb = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'], { stdio: ['ignore', logs, logs, 'pipe'] });
  let driver;
  const stop = async () => {
    await stopChild(driver);
    await stopChild(xvfb);
  };
  try {
    const display = await new Promise((resolve, reject) => {
      let text = '';
      const timer = setTimeout(() => reject(new Error('Xvfb did not start within 20 s')), 20_000);
      xvfb.stdio[3].on('data', (chunk) => {
        text += chunk;
        if (text.includes('\n')) {
          clearTimeout(timer);
          resolve(`:${text.trim()}`);
        }
      });
      xvfb.once('exit', (code) => reject(new Error(`Xvfb ended (exit ${code}) before it had a display`)));
      xvfb.once('error', reject);
    });
    for (let attempt = 1; ; attempt += 1) {
      const port = await freePort();
      driver = spawn(WEBKIT_DRIVER, ['--host=127.0.0.1', `--port=${port}`], { stdio: ['ignore', logs, logs], env: { ...process.env, DISPLAY: display } });
      const exited = new Promise((resolve) => driver.once('exit', () => resolve(false)));
      const ready = (async () => {
        for (let i = 0; i < 80; i += 1) {
          try {
            if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return true;
          } catch {
            // not listening yet
          }
          await sleep(250);
        }
        return false;
      })();
      if (await Promise.race([ready, exited])) return { port, display, stop };
      await stopChild(driver);
      if (attempt === 3) throw new Error('WebKitWebDriver did not answer on /status (3 attempts)');
    }
  } catch (error) {
    await stop();
    throw error;
  }
}

/** In-page: the first element matching each selector in turn, each one inside the previous one's shadow root. */
function deepQuery(path) {
  let node = document;
  for (const [i, selector] of path.entries()) {
    const root = i === 0 ? node : node.shadowRoot;
    node = root?.querySelector(selector);
    if (!node) return null;
  }
  return node;
}

/** In-page: an element's centre in viewport coordinates, after scrolling it into view (null for none). */
function centreOf(element) {
  if (!element) return null;
  element.scrollIntoView({ block: 'center', inline: 'nearest' });
  const box = element.getBoundingClientRect();
  return box.width && box.height ? { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) } : null;
}

/** Wraps an in-page function so that it runs with deepQuery and centreOf in scope (drivers send functions as text). */
const withHelpers = (fn) => new Function('arg', `${deepQuery.toString()}\n${centreOf.toString()}\nreturn (${fn.toString()})(arg);`);

/**
 * Launches `engine` ('chromium', 'firefox', 'webkit'). Resolves to
 * { engine, version, newPage({ width, height }), close() }; a page has
 * goto(url), evaluate(fn, arg), waitFor(fn, arg, { timeout, message }), click(path), press(key),
 * screenshot(path), close(). `path` is a list of selectors, each inside the previous one's
 * shadow root: ['news-list', '.item .title a']. In evaluate and waitFor, `deepQuery(path)` is in scope.
 */
export async function launchEngine(engine) {
  const why = missing(engine);
  if (why) throw new Error(`${engine}: ${why}`);
  const driver = await DRIVERS[engine]();
  const version = await driver.version();
  return {
    engine,
    version,
    newPage: async (viewport = { width: 1280, height: 900 }) => {
      const raw = await driver.newPage(viewport);
      const page = {
        goto: (url) => raw.goto(url),
        evaluate: (fn, arg = null) => raw.evaluate(withHelpers(fn), arg),
        /** Polls fn(arg) in the page (every 50 ms) until it returns a truthy value, which it resolves to. */
        async waitFor(fn, arg = null, { timeout = 30_000, message = fn.toString().slice(0, 120) } = {}) {
          const end = Date.now() + timeout;
          for (;;) {
            let value;
            try {
              value = await page.evaluate(fn, arg);
            } catch (error) {
              // A navigation under way destroys the context the function ran in: try again.
              if (Date.now() > end) throw error;
            }
            if (value) return value;
            if (Date.now() > end) throw new Error(`${engine}: timed out after ${timeout} ms waiting for ${message}`);
            await sleep(50);
          }
        },
        /**
         * A pointer click at the centre of an element: `target` is a selector path, or an
         * in-page function of `arg` that returns the element (waited for until it is there).
         */
        async click(target, arg = null) {
          const find = Array.isArray(target) ? () => deepQuery(arg) : target;
          const at = await page.waitFor(new Function('arg', `return centreOf((${find.toString()})(arg));`), Array.isArray(target) ? target : arg, {
            message: `${Array.isArray(target) ? target.join(' › ') : find.toString().slice(0, 120)} to click`,
          });
          await raw.clickAt(at);
        },
        press: (key) => raw.press(key),
        screenshot: (file) => raw.screenshot(file),
        close: () => raw.close(),
      };
      return page;
    },
    close: () => driver.close(),
  };
}

const DRIVERS = {
  async chromium() {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch(chromiumLaunchOptions());
    return {
      version: async () => `Chromium ${browser.version()}`,
      async newPage(viewport) {
        const page = await browser.newPage({ viewport });
        return {
          goto: (url) => page.goto(url),
          evaluate: (fn, arg) => page.evaluate(fn, arg),
          clickAt: ({ x, y }) => page.mouse.click(x, y),
          press: (key) => page.keyboard.press(key),
          screenshot: (path) => page.screenshot({ path, fullPage: true }),
          close: () => page.close(),
        };
      },
      close: () => browser.close(),
    };
  },

  async firefox() {
    const { default: puppeteer } = await import('puppeteer-core');
    const browser = await puppeteer.launch(firefoxLaunchOptions());
    return {
      version: async () => (await browser.version()).replace(/^firefox\//i, 'Firefox '),
      async newPage(viewport) {
        const page = await browser.newPage();
        await page.setViewport(viewport);
        return {
          goto: (url) => page.goto(url),
          evaluate: (fn, arg) => page.evaluate(fn, arg),
          clickAt: ({ x, y }) => page.mouse.click(x, y),
          // Puppeteer's BiDi keyboard knows no 'Space': the space bar is ' '.
          press: (key) => page.keyboard.press(key === 'Space' ? ' ' : key),
          screenshot: (path) => page.screenshot({ path, fullPage: true }),
          close: () => page.close(),
        };
      },
      close: () => browser.close(),
    };
  },

  async webkit() {
    const { Key, remote } = await import('webdriverio');
    const server = await startWebKitDriver();
    let browser;
    try {
      browser = await remote({
        hostname: '127.0.0.1',
        port: server.port,
        path: '/',
        logLevel: 'error',
        automationProtocol: 'webdriver',
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        },
      });
      await browser.setTimeout({ script: 300_000, pageLoad: 60_000 });
    } catch (error) {
      await server.stop();
      throw error;
    }
    const userAgent = await browser.execute(() => navigator.userAgent);
    // One WebDriver session is one window: a new page is that window, resized.
    return {
      // The user agent's WebKit version is frozen (605.1.15): the session says the real one.
      version: async () => `WebKitGTK ${browser.capabilities.browserVersion ?? userAgent}`,
      async newPage(viewport) {
        await browser.setWindowSize(viewport.width, viewport.height);
        return {
          goto: (url) => browser.url(url),
          evaluate: (fn, arg) => browser.execute(fn, arg),
          clickAt: ({ x, y }) => browser.action('pointer', { parameters: { pointerType: 'mouse' } }).move({ x, y, origin: 'viewport' }).down().up().perform(),
          // WebDriver names keys by code points (webdriverio's Key table): ArrowRight is \uE014.
          press: (key) => browser.keys(Key[key] ?? key),
          screenshot: (path) => browser.saveScreenshot(path),
          close: () => browser.url('about:blank'),
        };
      },
      async close() {
        try {
          await browser.deleteSession();
        } finally {
          await server.stop();
        }
      },
    };
  },
};
