// `npm start` as the README promises it: the Vite dev server on the sources, every demo page
// rendering its elements, no request failing.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launch, watchedPage } from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

describe('npm start (the dev server)', () => {
  let vite;
  let browser;
  let url;
  before(async () => {
    const port = await freePort();
    vite = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Plain output to read the address from (on CI, Vite colours it: \x1b[1mLocal\x1b[22m:).
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the dev server did not start')), 30_000);
      vite.stdout.on('data', (chunk) => {
        if (/Local/.test(String(chunk).replace(/\x1b\[[\d;]*m/g, ''))) {
          clearTimeout(timer);
          resolve();
        }
      });
      vite.on('exit', (code) => reject(new Error(`vite exited with ${code}`)));
    });
    url = `http://127.0.0.1:${port}`;
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    vite?.kill();
  });

  for (const [path, ready] of [
    ['/', 'news-list'],
    ['/portal-list.html', 'news-list'],
    ['/detail.html?id=1023', 'news-article'],
    ['/adapters.html?cms=strapi', 'news-list'],
    ['/themes.html', 'news-list'],
  ]) {
    it(`${path} renders its elements from the sources`, async () => {
      const page = await watchedPage(browser);
      const failed = [];
      page.on('response', (response) => response.status() >= 400 && failed.push(`${response.status()} ${response.url()}`));
      await page.goto(`${url}${path}`);
      const selector = ready === 'news-list' ? '.item .title' : '.body p';
      await page.locator(ready).first().locator(selector).first().waitFor({ timeout: 20_000 });
      assert.deepEqual(failed, []);
      assert.deepEqual(await page.problems(), []);
      await page.close();
    });
  }
});
