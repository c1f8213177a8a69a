// The loopback HTTP server of the bench (node:http): the built dist/ at /, the bench pages at
// /bench/, generated endpoints at /api/, and pages or bundles added by the sections in memory.
// It logs every request, so a section can count what the elements asked for.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CATEGORIES, makeArticles, pageOf } from './data.mjs';
import { BENCH, DIST } from './env.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webm': 'video/webm',
  '.pdf': 'application/pdf',
};

/**
 * @typedef {{ method: string, path: string, search: string, time: number }} LoggedRequest
 * @typedef {{
 *   url: string,
 *   log: LoggedRequest[],
 *   add: (path: string, body: string | Buffer, type?: string) => void,
 *   close: () => Promise<void>,
 * }} BenchServer
 */

/**
 * Starts the server on 127.0.0.1 and a free port. Text is sent gzip-compressed when the client
 * accepts it (as any real static host does), so Lighthouse sees realistic transfer sizes.
 * @returns {Promise<BenchServer>}
 */
export async function startServer() {
  /** @type {Map<string, { body: Buffer, type: string }>} */
  const extra = new Map();
  /** @type {Map<number, object[]>} */
  const sets = new Map();
  const articles = (n) => {
    if (!sets.has(n)) sets.set(n, makeArticles(n));
    return sets.get(n);
  };
  let demoArticles;
  const gzipped = new WeakMap();
  /** @type {LoggedRequest[]} */
  const log = [];

  /** The answer to a path: { body, type, cache } or undefined (404). */
  async function answer(url) {
    const path = decodeURIComponent(url.pathname);
    const q = url.searchParams;
    const query = {
      category: q.get('category') || null,
      page: Math.max(1, Number(q.get('page')) || 1),
      pageSize: Math.max(1, Number(q.get('pageSize')) || 10),
    };
    const json = (value) => ({ body: Buffer.from(JSON.stringify(value)), type: TYPES['.json'], cache: 'no-store' });
    if (path === '/api/list') return json(pageOf(articles(Number(q.get('n')) || 100), query));
    if (path === '/api/file') return json(articles(Number(q.get('n')) || 100));
    if (path === '/api/categories') return json(CATEGORIES);
    if (path === '/api/article') {
      const item = articles(Number(q.get('n')) || 100).find((a) => a.id === q.get('id'));
      return item ? json({ item }) : undefined;
    }
    if (path === '/api/demo-news') {
      demoArticles ??= JSON.parse(await readFile(join(DIST, 'demo/data/news.json'), 'utf8'));
      return json(pageOf(demoArticles, query));
    }
    if (extra.has(path)) return { ...extra.get(path), cache: 'no-store' };
    const root = path.startsWith('/bench/') ? BENCH : DIST;
    const relative = path.startsWith('/bench/') ? path.slice('/bench/'.length) : path;
    let file = normalize(join(root, relative));
    if (!file.startsWith(root)) return undefined;
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const cache = /html|json/.test(type) ? 'no-cache' : 'max-age=3600';
      return { body: await readFile(file), type, cache };
    } catch {
      return undefined;
    }
  }

  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    log.push({ method: request.method, path: url.pathname, search: url.search, time: Date.now() });
    const found = await answer(url);
    if (!found) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers = { 'content-type': found.type, 'cache-control': found.cache };
    let body = found.body;
    if (/gzip/.test(request.headers['accept-encoding'] ?? '') && /text|json|svg/.test(found.type) && body.length > 512) {
      if (!gzipped.has(body)) gzipped.set(body, gzipSync(body));
      body = gzipped.get(body);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  server.keepAliveTimeout = 1000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    add(path, body, type = TYPES[extname(path)] ?? 'text/plain') {
      extra.set(path, { body: Buffer.isBuffer(body) ? body : Buffer.from(body), type });
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
