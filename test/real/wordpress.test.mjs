// The wordpress adapter against a real WordPress (Debian's 6.1, MariaDB, Apache on loopback:
// wordpress.mjs installs, starts and seeds it, seed.php says what is in it), through the built
// script-tag bundle (dist/news-elements.iife.js) in Chromium: from a page WordPress's own Apache
// serves (same origin) and from the project's test server on another port (cross-origin, CORS).
// `npm run test:wordpress` (after a build); .ci/run runs it. It fails, saying why, when WordPress
// cannot be installed.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launch } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';
import { startWordPress } from './wordpress.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');
const CROSS_PAGES = join(ROOT, 'test-results/real-wordpress');
const began = Date.now();

// What seed.php wrote, as a reader sees it: All, newest first, the sticky post first on page 1.
const ANNUAL = 'Annual report 2025 is out';
const ROADMAP = '集团发布2026年度产品路线图';
const PARTNERS = 'Acme & Partners: “Smart” factories — what’s next?';
const LAB = 'R&D lab opens in Suzhou';
const TOUR = 'Watch: our factory tour';
const IR = 'Investor day 2026';
const PM = [1, 2, 3, 4].map((n) => `Product Management weekly #${n}`);
const ALL_PAGE_1 = [ANNUAL, ROADMAP, PARTNERS, LAB, TOUR];
const ALL_PAGE_2 = [IR, ...PM];
const TABS_BY_NAME = ['All', 'Corporate', 'Investor Relations', 'Introduction', 'News', 'Product Management', 'R&D'];

let wp;
let server;
let browser;

/** The two places a portal page can be: on WordPress's origin, or on another one. */
const origins = {
  same: {
    dist: '/portal/dist',
    write: (name, html) => wp.publish({ [name]: { text: html } }),
    url: (name) => `${wp.url}/portal/${name}`,
  },
  cross: {
    dist: '/dist',
    write: (name, html) => writeFileSync(join(CROSS_PAGES, name), html),
    url: (name) => `${server.url}/test-results/real-wordpress/${name}`,
  },
};

/** A portal page: the script tag and the elements, as the README shows them. */
function portal(where, name, elements) {
  origins[where].write(
    name,
    `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name}</title></head>
<body>
<script src="${origins[where].dist}/news-elements.iife.js"></script>
${elements}
</body>
</html>
`,
  );
  return origins[where].url(name);
}

const group = (src, { tabs = '', list = '', article = '' } = {}) => `
<news-tabs adapter="wordpress" src="${src}" ${tabs}></news-tabs>
<news-list adapter="wordpress" src="${src}" page-size="5" ${list}></news-list>
<news-article adapter="wordpress" src="${src}" ${article}></news-article>`;

/**
 * Opens a page in a New York browser (so that the site's zone, Shanghai, is not the viewer's), with
 * nothing beyond loopback (an embedded player gets a stand-in), recording WordPress requests and problems.
 */
async function open(url) {
  const page = await browser.newPage({ timezoneId: 'America/New_York', locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const problems = [];
  const requests = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) problems.push(`console error: ${message.text()}`);
  });
  page.on('request', (request) => {
    const asked = request.url();
    if (asked.startsWith(`${wp.url}/`) && !/^\/(portal|wp-content)\//.test(asked.slice(wp.url.length))) requests.push(`${request.method()} ${decodeURI(asked.slice(wp.url.length))}`);
  });
  await page.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) =>
    route.request().url().startsWith('https://www.youtube-nocookie.com/') ? route.fulfill({ contentType: 'text/html', body: '<p>player</p>' }) : route.abort(),
  );
  await page.goto(url);
  page.problems = problems;
  page.wordpressRequests = requests;
  return page;
}

const titles = (page) => page.locator('news-list .item .title').allTextContents().then((all) => all.map((t) => t.trim()));

/** Waits until the list shows `expected` (its titles, in order), then checks it. */
async function listShows(page, expected) {
  await page
    .waitForFunction(
      (want) => JSON.stringify([...(document.querySelector('news-list')?.shadowRoot?.querySelectorAll('.item .title') ?? [])].map((t) => t.textContent.trim())) === want,
      JSON.stringify(expected),
      { timeout: 15_000 },
    )
    .catch(() => {});
  assert.deepEqual(await titles(page), expected);
}

async function tabNames(page) {
  await page.locator('news-tabs [role="tab"]').nth(1).waitFor({ timeout: 15_000 });
  return (await page.locator('news-tabs [role="tab"]').allTextContents()).map((t) => t.trim());
}

/** The WordPress API requests a page made, in a stable order (parallel ones may go out either way). */
const apiRequests = (page) => [...page.wordpressRequests].sort();

describe('the wordpress adapter against a real WordPress', { timeout: 15 * 60_000 }, () => {
  before(
    async () => {
      if (!existsSync(join(DIST, 'news-elements.iife.js'))) throw new Error('dist/news-elements.iife.js is missing: npm run build first');
      wp = await startWordPress();
      // The script tag's loader and the library's folder beside it, where WordPress's Apache serves them.
      wp.publish({ 'dist/news-elements.iife.js': join(DIST, 'news-elements.iife.js') });
      for (const file of readdirSync(join(DIST, 'script-tag'))) wp.publish({ [`dist/script-tag/${file}`]: join(DIST, 'script-tag', file) });
      mkdirSync(CROSS_PAGES, { recursive: true });
      server = await serve();
      browser = await launch();
    },
    { timeout: 12 * 60_000 },
  );

  after(async () => {
    await browser?.close();
    await server?.close();
    await wp?.stop();
    if (wp) {
      const total = (Date.now() - began) / 1000;
      console.log(`# real WordPress: install ${wp.timings.install.toFixed(1)} s, start and seed ${wp.timings.start.toFixed(1)} s, all ${total.toFixed(1)} s`);
    }
  });

  for (const where of ['same', 'cross']) {
    it(`${where} origin: the site's address as src, the tabs, the list with its sticky post, a parent's tab, an article`, async () => {
      const page = await open(portal(where, 'visit.html', group(`${wp.url}/`)));
      assert.deepEqual(await tabNames(page), TABS_BY_NAME, 'tabs by name, a child right after its parent');
      assert.deepEqual((await page.locator('news-tabs [part~="tab-child"]').allTextContents()).map((t) => t.trim()), ['Investor Relations', 'R&D']);
      await listShows(page, ALL_PAGE_1);

      // The request list of one visit: how the root was found, the categories, page 1 of All.
      const embed = '_embed=author,wp:featuredmedia,wp:term';
      const route = where === 'same' ? (path) => `/wp-json/${path}` : (path) => `/?rest_route=/${path}`;
      const withQuery = (path, query) => `${route(path)}${route(path).includes("?") ? "&" : "?"}${query}`;
      const visit = [
        ...(where === 'same' ? ['GET /'] : []),
        `GET ${withQuery('wp/v2/categories', 'per_page=100&hide_empty=true&orderby=count&order=desc')}`,
        `GET ${withQuery('wp/v2/posts', `${embed}&sticky=false&per_page=5&page=1`)}`,
        `GET ${withQuery('wp/v2/posts', `${embed}&sticky=true&per_page=5`)}`,
      ].sort();
      assert.deepEqual(apiRequests(page).map((r) => r.replace(/%2C/g, ',').replace(/%3A/g, ':')), visit);
      console.log(`# ${where} origin, one visit:\n${visit.map((r) => `#   ${r}`).join('\n')}`);

      // Thumbnails from WordPress's uploads load on either origin.
      await page.waitForFunction(() => [...document.querySelector('news-list').shadowRoot.querySelectorAll('.thumb img')].every((img) => img.complete));
      const thumbs = await page.evaluate(() => [...document.querySelector('news-list').shadowRoot.querySelectorAll('.thumb img')].map((img) => [img.src, img.naturalWidth]));
      assert.equal(thumbs.length, 2);
      for (const [src, width] of thumbs) assert.ok(src.startsWith(`${wp.url}/wp-content/uploads/`) && width > 0, `thumbnail ${src} (${width})`);

      await page.locator('news-list [part~="page"][aria-label="Page 2"]').click();
      await listShows(page, ALL_PAGE_2);
      await page.locator('news-list [part~="page"][aria-label="Page 3"]').waitFor();

      // A parent's tab holds its child's posts; the child's tab only its own.
      await page.locator('news-tabs [role="tab"]', { hasText: 'Product Management' }).click();
      await listShows(page, [ROADMAP, LAB, PM[0], PM[1], PM[2]]);
      await page.locator('news-tabs [role="tab"]', { hasText: 'R&D' }).click();
      await listShows(page, [LAB]);
      await page.locator('news-tabs [role="tab"]', { hasText: 'Corporate' }).click();
      await listShows(page, [IR]);

      await page.locator('news-tabs [role="tab"]', { hasText: 'All' }).click();
      await listShows(page, ALL_PAGE_1);
      const before = page.wordpressRequests.length;
      await page.locator('news-list .item .title a', { hasText: 'Smart' }).click();
      const article = page.locator('news-article');
      await article.locator('.body').waitFor();
      assert.equal((await article.locator('[part="title"]').textContent()).trim(), PARTNERS);
      const meta = await article.locator('[part="meta"]').textContent();
      assert.match(meta, /News/);
      assert.match(meta, /Jane Doe/);
      assert.equal(page.wordpressRequests.length, before, 'the article came with the list: no request of its own');
      // The body's root-relative URLs point at WordPress, not at the portal.
      const image = article.locator('.body img');
      await page.waitForFunction(() => document.querySelector('news-article').shadowRoot.querySelector('.body img')?.complete);
      assert.equal(await image.evaluate((img) => img.src), `${wp.url}${wp.content.media.factoryPath}`);
      assert.ok((await image.evaluate((img) => img.naturalWidth)) > 0, 'the body image loaded');
      assert.equal(await article.locator('.body a', { hasText: 'An older story' }).evaluate((a) => a.href), `${wp.url}/?p=1`);
      assert.deepEqual(page.problems, []);
      await page.close();
    });
  }

  it('every URL form of the REST root, from either origin, asks every route in that form', async () => {
    const forms = {
      '/wp-json/': /^GET \/wp-json\/wp\/v2\//,
      '/index.php/wp-json/': /^GET \/index\.php\/wp-json\/wp\/v2\//,
      '/?rest_route=/': /^GET \/\?rest_route=\/wp\/v2\//,
      '/index.php?rest_route=/': /^GET \/index\.php\?rest_route=\/wp\/v2\//,
      '/wp-json/wp/v2/posts': /^GET \/wp-json\/wp\/v2\//,
    };
    for (const where of ['same', 'cross']) {
      for (const [form, expected] of Object.entries(forms)) {
        const page = await open(portal(where, 'forms.html', group(`${wp.url}${form}`)));
        await listShows(page, ALL_PAGE_1);
        assert.deepEqual(await tabNames(page), TABS_BY_NAME, `${where} ${form}`);
        const requests = page.wordpressRequests;
        assert.equal(requests.length, 3, `${where} ${form}: ${requests.join(', ')}`);
        for (const request of requests) assert.match(request, expected, `${where} ${form}`);
        assert.deepEqual(page.problems, []);
        await page.close();
      }
    }
  });

  it('the tabs in the page’s own order, the same on every visit', async () => {
    const url = portal('cross', 'order.html', group(`${wp.url}/wp-json/`, { tabs: 'category-order="product-management news introduction"' }));
    const expected = ['All', 'Product Management', 'R&D', 'News', 'Introduction', 'Corporate', 'Investor Relations'];
    for (let visit = 0; visit < 2; visit++) {
      const page = await open(url);
      assert.deepEqual(await tabNames(page), expected);
      await page.close();
    }
  });

  it('sticky posts keep their date order with ignore_sticky_posts=1', async () => {
    const page = await open(portal('cross', 'no-sticky.html', group(`${wp.url}/wp-json/?ignore_sticky_posts=1`)));
    await listShows(page, [ROADMAP, PARTNERS, LAB, TOUR, IR]);
    assert.ok(page.wordpressRequests.every((r) => !/sticky/.test(r)), page.wordpressRequests.join(', '));
    await page.close();
  });

  for (const src of ['/wp-json/', '/wp-json/?_envelope']) {
    it(`a detail page (${src}): a post by id, a draft, a private, a trashed and a missing one`, async () => {
      const { posts } = wp.content;
      const detail = (id) => `${portal('cross', 'detail.html', `<news-article adapter="wordpress" src="${wp.url}${src}"></news-article>`)}?id=${id}`;
      const page = await open(detail(posts.partners));
      await page.locator('news-article .body').waitFor();
      assert.equal((await page.locator('news-article [part="title"]').textContent()).trim(), PARTNERS);
      assert.ok(page.wordpressRequests.some((r) => r.includes(`wp/v2/posts/${posts.partners}?`)), page.wordpressRequests.join(', '));
      await page.close();
      for (const [id, message] of [
        [posts.draft, 'This article is not public.'],
        [posts.private, 'This article is not public.'],
        [posts.trashed, 'This article is not public.'],
        [99999, 'This article could not be found.'],
      ]) {
        const refused = await open(detail(id));
        const error = refused.locator('news-article [part="error"]');
        await error.waitFor();
        assert.equal((await error.locator('p').textContent()).trim(), message, `post ${id}`);
        assert.equal(await refused.locator('news-article [part="retry"]').count(), 0, `no retry for post ${id}`);
        assert.deepEqual(refused.problems, []);
        await refused.close();
      }
    });
  }

  it('_envelope answers read like plain ones: totals, and a page past the end', async () => {
    const url = portal('cross', 'envelope.html', group(`${wp.url}/wp-json/?_envelope`, { list: 'url-state' }));
    const page = await open(url);
    await listShows(page, ALL_PAGE_1);
    await page.locator('news-list [part~="page"][aria-label="Page 3"]').waitFor();
    await page.close();
    const past = await open(`${url}?news-page=9`);
    await past.locator('news-list', { hasText: 'Page 9 does not exist.' }).waitFor();
    assert.deepEqual(past.problems, []);
    await past.close();
  });

  it('publish times in the site’s own zone (the REST index’s timezone_string) or in the viewer’s', async () => {
    const { timezone_string: zone } = await (await fetch(`${wp.url}/wp-json/?_fields=timezone_string`)).json();
    assert.equal(zone, 'Asia/Shanghai');
    const time = async (attributes) => {
      const url = `${portal('cross', 'time.html', `<news-article adapter="wordpress" src="${wp.url}/wp-json/" ${attributes}></news-article>`)}?id=${wp.content.posts.roadmap}`;
      const page = await open(url);
      const shown = page.locator('news-article [part="meta"] time');
      await shown.waitFor();
      const text = await shown.textContent();
      await page.close();
      return text;
    };
    // seed.php: 2026-03-20 09:15 in Shanghai, which is 21:15 the day before in New York.
    assert.match(await time(`time-zone="${zone}"`), /March 20, 2026.*9:15\sAM/u);
    assert.match(await time(''), /March 19, 2026.*9:15\sPM/u);
  });

  it('a video embed is shown where video-hosts names its host, and left out elsewhere', async () => {
    const embed = async (attributes) => {
      const url = `${portal('cross', 'embed.html', `<news-article adapter="wordpress" src="${wp.url}/wp-json/" ${attributes}></news-article>`)}?id=${wp.content.posts.tour}`;
      const page = await open(url);
      await page.locator('news-article .body').waitFor();
      const frames = await page.locator('news-article .body iframe').evaluateAll((all) => all.map((frame) => frame.src));
      assert.match(await page.locator('news-article .body').textContent(), /Ten minutes on the shop floor/);
      await page.close();
      return frames;
    };
    assert.deepEqual(await embed('video-hosts="www.youtube-nocookie.com"'), ['https://www.youtube-nocookie.com/embed/abc123XYZ_0']);
    assert.deepEqual(await embed(''), []);
  });

  it('plain permalinks: the site’s address still works from either origin (rest_route); /wp-json/ does not exist there', async () => {
    await wp.setPermalinks('');
    try {
      const same = await open(portal('same', 'plain.html', group(`${wp.url}/`)));
      await listShows(same, ALL_PAGE_1);
      const requests = apiRequests(same);
      assert.equal(requests[0], 'GET /');
      for (const request of requests.slice(1)) assert.match(request, /^GET \/index\.php\?rest_route=\/wp\/v2\//);
      assert.deepEqual(same.problems, []);
      await same.close();

      const cross = await open(portal('cross', 'plain.html', group(`${wp.url}/`)));
      await listShows(cross, ALL_PAGE_1);
      for (const request of cross.wordpressRequests) assert.match(request, /^GET \/\?rest_route=\/wp\/v2\//);
      await cross.close();

      const wrong = await open(portal('cross', 'plain-wp-json.html', group(`${wp.url}/wp-json/`)));
      await wrong.locator('news-list [part="error"]').waitFor();
      await wrong.close();
    } finally {
      await wp.setPermalinks('/%year%/%monthnum%/%postname%/');
    }
  });
});
