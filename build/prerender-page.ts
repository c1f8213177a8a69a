// The demo's prerendered page (demo/prerendered.html): the news tags inside its
// `[data-prerender]` panel replaced, when the page is served or built, by what news-elements/ssr
// makes of them, with the demo's own data. Needs the built library (dist/ssr.js, `npm run
// build:lib`); without it the page is left as written and the elements render it in the browser.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

const TAGS = /<news-tabs[^]*<\/news-article>/;

/** Serves `folder` on a loopback port while `use` runs: the data the prerender asks for. */
async function serving<T>(folder: string, use: (origin: string) => Promise<T>): Promise<T> {
  const server = createServer(async (request, response) => {
    const file = normalize(join(folder, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    try {
      if (!file.startsWith(folder)) throw new Error('outside');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': extname(file) === '.json' ? 'application/json' : 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  try {
    return await use(`http://127.0.0.1:${port}`);
  } finally {
    server.close();
  }
}

export function prerenderPage(page: string, root: string): Plugin {
  return {
    name: 'news-elements-prerender-page',
    async transformIndexHtml(html, context) {
      if (!context.filename.endsWith(page)) return html;
      const tags = TAGS.exec(html)?.[0];
      if (!tags) throw new Error(`${page}: no news tags to prerender`);
      let ssr: { prerender(markup: string, options: { pageUrl: string }): Promise<string> };
      try {
        ssr = await import(pathToFileURL(join(root, 'dist/ssr.js')).href);
      } catch {
        console.warn(`${page}: not prerendered (no dist/ssr.js: npm run build:lib); the elements render it in the browser`);
        return html;
      }
      const fragment = await serving(join(root, 'demo/public'), (origin) => ssr.prerender(tags, { pageUrl: `${origin}/${page}` }));
      return html.replace(tags, fragment.trim());
    },
  };
}
