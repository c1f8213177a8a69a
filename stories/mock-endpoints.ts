/// <reference types="vite/client" />
// The endpoints every story talks to, answered in the page: no story touches the network.
// A story picks a scenario through its URL (`/mock/<scenario>/…`), so stories shown together
// on a docs page never share a group or a cache.
import categories from '../demo/public/data/categories.json';
import hostile from '../demo/public/data/hostile.json';
import news from '../demo/public/data/news.json';
import atom from '../test/fixtures/cms/atom.xml?raw';
import drupal from '../test/fixtures/cms/drupal-jsonapi.json';
import ghost from '../test/fixtures/cms/ghost.json';
import rss from '../test/fixtures/cms/rss.xml?raw';
import strapi4 from '../test/fixtures/cms/strapi-v4.json';
import strapi5 from '../test/fixtures/cms/strapi-v5.json';
import jsonfeed from '../test/fixtures/cms/jsonfeed.json';
import wordpressCategories from '../test/fixtures/cms/wordpress.categories.json';
import wordpress from '../test/fixtures/cms/wordpress.json';

type Json = unknown;
const realFetch = globalThis.fetch.bind(globalThis);

const json = (body: Json, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const longArticles = [
  {
    id: 'long-1',
    title:
      'Hengyuan Group and its partners in the Yangtze River Delta announce a multi-year programme to modernise water infrastructure, including valves, actuators, sensors and the software that ties them together',
    summary: 'A title long enough to wrap over three lines in a narrow column, to check that the layout holds.',
    category: 'news',
    publishedAt: '2026-10-01T09:00:00+08:00',
  },
  {
    id: 'long-2',
    title: '恒远集团与长江三角洲合作伙伴宣布一项多年期计划，全面升级供水基础设施，包括阀门、执行器、传感器以及连接这一切的软件平台',
    summary: '一个足够长的中文标题，用来检查在窄栏中换行时布局是否保持稳定。',
    category: 'news',
    publishedAt: '2026-09-20T09:00:00+08:00',
  },
  { id: 'long-3', title: 'HY-ALPHA-PROCESSCONTROLLER-SERIES-7700-XL-REVISION-C-INDUSTRIAL-EDITION', category: 'product-management', publishedAt: '2026-09-01' },
];

const missingFields = [{ id: 'm-1', title: 'An article with no author, no source and no image', summary: 'Empty fields are left out, labels too.', author: '', category: 'news', publishedAt: '2026-08-01T10:00:00+08:00', body: '<p>Only a body.</p>' }];

/** One page of `items`, as a server-paginated endpoint answers. */
function paged(url: URL, items: Json[], total = items.length) {
  const page = Number(url.searchParams.get('page') ?? 1);
  const pageSize = Number(url.searchParams.get('pageSize') ?? 10);
  const start = (page - 1) * pageSize;
  const slice = Array.from({ length: Math.max(0, Math.min(pageSize, total - start)) }, (_, i) => items[(start + i) % items.length]).map((item, i) => ({
    ...(item as object),
    id: `${(item as { id: string }).id}-${start + i}`,
  }));
  return json({ items: slice, total, page, pageSize });
}

const scenarios: Record<string, (url: URL, file: string) => Response | Promise<Response>> = {
  demo: (_url, file) => json(file === 'categories.json' ? categories : news),
  loading: () => new Promise<Response>(() => {}),
  empty: (_url, file) => json(file === 'categories.json' ? categories : []),
  error: () => new Response('Service Unavailable', { status: 503, statusText: 'Service Unavailable' }),
  login: () => new Response('<!doctype html><title>Sign in</title><form>…</form>', { headers: { 'content-type': 'text/html' } }),
  long: (_url, file) => json(file === 'categories.json' ? categories : longArticles),
  missing: (_url, file) => json(file === 'categories.json' ? categories : missingFields),
  many: (url, file) => (file === 'categories.json' ? json(categories) : paged(url, news.slice(0, 12), 200)),
  hostile: () => json(hostile),
  // The content systems' sample answers (test/fixtures/cms), one request shape each.
  wordpress: (url) =>
    url.pathname.endsWith('/categories')
      ? json(wordpressCategories)
      : new Response(JSON.stringify(wordpress), { headers: { 'content-type': 'application/json', 'X-WP-Total': '2', 'X-WP-TotalPages': '1' } }),
  ghost: (url) => (url.pathname.endsWith('/tags/') ? json({ tags: [{ slug: 'product-management', name: 'Product Management' }, { slug: 'news', name: 'News' }] }) : json(ghost)),
  jsonfeed: () => json({ ...jsonfeed, next_url: undefined }),
  strapi: (url) => (url.pathname.endsWith('/categories') ? json({ data: [{ id: 6, name: 'Product Management', slug: 'product-management' }] }) : json({ ...strapi5, meta: {} })),
  strapi4: (url) => (url.pathname.endsWith('/categories') ? json({ data: [{ id: 3, attributes: { name: 'Product Management', slug: 'product-management' } }] }) : json({ ...strapi4, meta: {} })),
  drupal: (url) =>
    url.pathname.endsWith('/tags') ? json({ data: drupal.included.filter((r) => r.type === 'taxonomy_term--tags') }) : json({ ...drupal, links: {} }),
  rss: () => new Response(rss, { headers: { 'content-type': 'application/rss+xml' } }),
  atom: () => new Response(atom, { headers: { 'content-type': 'application/atom+xml' } }),
  mapping: () => json({ data: { count: 2, list: news.slice(0, 2).map((a) => ({ newsId: a.id, name: a.title, pubDate: a.publishedAt, column: { code: a.category } })) } }),
};

/** Installs the mock once; requests outside /mock/ go to the real fetch (Storybook's own). */
export function installMockEndpoints(): void {
  if ((globalThis.fetch as { mocked?: boolean }).mocked) return;
  const mocked = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, location.href);
    const match = /\/mock\/([\w-]+)\/(?:\d+\/)?(?:.*\/)?([\w.-]*)$/.exec(url.pathname);
    if (!match) return realFetch(input, init);
    const [, scenario, file] = match;
    const answer = scenarios[scenario]?.(url, file) ?? new Response('', { status: 404 });
    return Promise.resolve(answer);
  };
  (mocked as { mocked?: boolean }).mocked = true;
  globalThis.fetch = mocked as typeof fetch;
}

let counter = 0;

/** A fresh endpoint URL for a scenario: `{ src, categoriesSrc }`, unique per rendered story. */
export function endpoint(scenario: keyof typeof scenarios | string): { src: string; categoriesSrc: string } {
  counter += 1;
  return { src: `/mock/${scenario}/${counter}/news.json`, categoriesSrc: `/mock/${scenario}/${counter}/categories.json` };
}
