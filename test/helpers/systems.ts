// The content systems as the data tests serve them: each adapter's fixture (test/fixtures/cms/),
// its src, and its answer for a given list of records (to put bad records among good ones).
import { json, mockFetch, type FetchMock } from './mock-fetch.js';

const load = async (name: string) => (await fetch(new URL(`../fixtures/cms/${name}`, import.meta.url))).text();
const parsed = async (name: string) => JSON.parse(await load(name));
export const [wordpress, wordpressCategories, ghost, jsonfeed, strapi4, strapi5, drupal, chinese, rss, atom] = await Promise.all([
  parsed('wordpress.json'),
  parsed('wordpress.categories.json'),
  parsed('ghost.json'),
  parsed('jsonfeed.json'),
  parsed('strapi-v4.json'),
  parsed('strapi-v5.json'),
  parsed('drupal-jsonapi.json'),
  parsed('chinese-cms.json'),
  load('rss.xml'),
  load('atom.xml'),
]);

/** A content system as the tests serve it: its src, and its answer for a list of records. */
export interface System {
  name: string;
  adapter: string;
  src: string;
  records: unknown[];
  /** The list answer with `records` in place of the fixture's. */
  answer(records: unknown[]): Response;
  /** Other routes (categories) the adapter asks for. */
  other?(url: URL): Response | undefined;
  mapping?: Record<string, string>;
}

export const nativeArticles = Array.from({ length: 6 }, (_, i) => ({ id: i + 1, title: `Article ${i + 1}`, category: i % 2 ? 'news' : 'faq', publishedAt: '2025-01-0' + (i + 1) }));
export const chineseMapping = { items: 'data.list', total: 'data.totalCount', id: 'newsId', publishedAt: 'createTime', category: 'typeCode', categoryName: 'typeName', image: 'coverUrl', body: 'content', status: 'code', message: 'msg' };

export const systems: System[] = [
  { name: 'native, paged', adapter: 'native', src: '/api/paged', records: nativeArticles, answer: (records) => json({ items: records, total: records.length }) },
  { name: 'native, whole file', adapter: 'native', src: '/api/all.json', records: nativeArticles, answer: (records) => json(records) },
  {
    name: 'wordpress',
    adapter: 'wordpress',
    src: 'https://example.com/wp-json/',
    records: wordpress,
    answer: (records) => json(records, { headers: { 'X-WP-Total': String(records.length), 'X-WP-TotalPages': '1' } }),
    other: (url) => (url.pathname.endsWith('/categories') ? json(wordpressCategories) : undefined),
  },
  { name: 'ghost', adapter: 'ghost', src: 'https://example.com/ghost/api/content/?key=k', records: ghost.posts, answer: (records) => json({ ...ghost, posts: records }) },
  { name: 'jsonfeed', adapter: 'jsonfeed', src: 'https://example.com/feed.json', records: jsonfeed.items, answer: (records) => json({ ...jsonfeed, items: records }) },
  { name: 'strapi 4', adapter: 'strapi', src: 'https://cms.example.com/api/articles', records: strapi4.data, answer: (records) => json({ ...strapi4, data: records }) },
  { name: 'strapi 5', adapter: 'strapi', src: 'https://cms.example.com/api/articles', records: strapi5.data, answer: (records) => json({ ...strapi5, data: records }) },
  { name: 'drupal', adapter: 'drupal', src: 'https://example.com/jsonapi/node/article', records: drupal.data, answer: (records) => json({ ...drupal, data: records, meta: { count: records.length } }) },
  {
    name: 'mapping (a Chinese CMS envelope)',
    adapter: 'mapping',
    src: '/api/news/list',
    records: chinese.data.list,
    answer: (records) => json({ ...chinese, data: { ...chinese.data, list: records, totalCount: records.length } }),
    mapping: chineseMapping,
  },
];

/** Serves a system with these records; requests are recorded. */
export function serve(system: System, records: unknown[]): FetchMock {
  return mockFetch((url) => system.other?.(url) ?? system.answer(records));
}

