// The demo's screenshots (demo/screenshots/, the README's among them): builds the demo with Vite
// into a scratch folder (dist/ is left alone), serves it with `vite preview`, and photographs the
// news centre in headless Chromium (Debian's, as the tests use it) on a desktop and on a phone, in
// English, Chinese and Arabic. `npm run screenshots`
//
// What a screenshot shows depends on the fonts installed: the committed ones were taken on Debian
// with fonts-noto-core and fonts-noto-cjk.
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { chromiumLaunchOptions } from '../../test/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const configFile = join(root, 'vite.config.ts');
const out = fileURLToPath(new URL('../screenshots/', import.meta.url));

const languages = ['en', 'zh-CN', 'ar'];
const devices = {
  // The top of the page: what a visitor sees first (the README's picture).
  desktop: { viewport: { width: 1280, height: 1000 }, fullPage: false },
  // The whole page, down to the pager and the footer.
  phone: { viewport: { width: 390, height: 844 }, fullPage: true, isMobile: true, hasTouch: true },
};

const site = await mkdtemp(join(tmpdir(), 'news-demo-'));
let server;
let browser;
try {
  await build({ configFile, mode: 'demo', logLevel: 'warn', build: { outDir: site, emptyOutDir: true } });
  server = await preview({ configFile, mode: 'demo', logLevel: 'warn', build: { outDir: site }, preview: { port: 0, strictPort: false, open: false } });
  const base = server.resolvedUrls.local[0];
  browser = await chromium.launch(chromiumLaunchOptions());
  await mkdir(out, { recursive: true });
  for (const [device, { viewport, fullPage, ...options }] of Object.entries(devices)) {
    for (const lang of languages) {
      // A fresh context each time: nothing remembered (the demo keeps the language in localStorage).
      const context = await browser.newContext({ viewport, ...options, reducedMotion: 'reduce', locale: lang, timezoneId: 'Asia/Shanghai' });
      const page = await context.newPage();
      const problems = [];
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(new URL(`index.html?lang=${lang}`, base).href);
      const list = page.locator('news-list');
      await list.locator('.item .title').first().waitFor();
      await page.locator('news-tabs [role="tab"]').nth(1).waitFor();
      // Thumbnails load lazily: bring each into view once, then wait for them all.
      for (const item of await list.locator('.item').all()) await item.scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForFunction(() =>
        [...document.querySelector('news-list').shadowRoot.querySelectorAll('img')].every((img) => img.complete),
      );
      await page.evaluate(() => document.fonts.ready);
      const path = join(out, `news-centre-${lang}-${device}.png`);
      await page.screenshot({ path, fullPage, animations: 'disabled' });
      if (problems.length) throw new Error(`${path}: ${problems.join('; ')}`);
      console.log(path.slice(root.length));
      await context.close();
    }
  }
} finally {
  await browser?.close();
  await server?.close();
  await rm(site, { recursive: true, force: true });
}
