// Debian's Chromium, headless, driven by playwright-core, for the end-to-end tests.
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from '../chromium.mjs';
import { serve } from './server.mjs';

export const artifacts = fileURLToPath(new URL('../../test-results/', import.meta.url));

export async function launch() {
  await mkdir(artifacts, { recursive: true });
  return chromium.launch(chromiumLaunchOptions());
}

/**
 * A page that records what must never happen: dialogs (alert…), uncaught errors, CSP violations,
 * and `window.__pwned` (set by every payload of the hostile demo data).
 */
export async function watchedPage(browser, viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const problems = [];
  page.on('dialog', async (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) problems.push(`console error: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window.__violations ??= []).push(`${event.violatedDirective} ${event.blockedURI || ''} ${event.sample || ''}`.trim());
    });
  });
  page.problems = async () => [
    ...problems,
    ...((await page.evaluate(() => window.__violations ?? [])).map((v) => `CSP violation: ${v}`)),
    ...((await page.evaluate(() => window.__pwned)) ? [`payload ran: ${await page.evaluate(() => window.__pwned)}`] : []),
  ];
  return page;
}

/**
 * For a describe block: a static server (with optional per-path headers) and a browser, started
 * before its tests and closed after. The returned object has `url` and `browser` once started.
 */
export function useServerAndBrowser(headers) {
  const context = {};
  let server;
  before(async () => {
    server = await serve(headers);
    context.url = server.url;
    context.browser = await launch();
  });
  after(async () => {
    await context.browser?.close();
    await server?.close();
  });
  return context;
}
