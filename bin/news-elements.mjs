#!/usr/bin/env node
// npx news-elements prerender: the news centre (tabs, a list page and the article view, which
// shows nothing until an article is opened) as an HTML fragment, for a portal to include where
// the elements go (a server-side include refreshed by cron). See docs/prerendering.md.
import { createHash } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const USAGE = `Usage: news-elements prerender --src <endpoint> [options]
       news-elements prerender --markup '<news-tabs …></news-tabs><news-list …></news-list>' [options]

  --src <url>             the list endpoint (relative URLs resolve against --page-url)
  --adapter <name>        native, wordpress, ghost, jsonfeed, strapi, drupal, rss, mapping
  --categories-src <url>  where the categories come from, if not the list endpoint
  --page-size <n>         articles per page
  --attr <name=value>     another attribute of the three elements (repeatable): lang=zh-CN, time-zone=…
  --markup <html>         the page's own news tags instead of the above
  --page-url <url>        the URL of the page the fragment goes into (default http://localhost/)
  --polyfill              add the inline script that shows the fragment in browsers without
                          declarative shadow DOM (0.7 kB gzip; prints its CSP hash on stderr)
  --out <file>            write there (atomically: a reader never sees half a file); else stdout

Exits 1 with the reason when a load fails, leaving --out as it was.`;

const escape = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function markupOf(values) {
  if (values.markup) return values.markup;
  if (!values.src) throw new Error('--src or --markup is needed');
  const common = { src: values.src, adapter: values.adapter, 'categories-src': values['categories-src'] };
  for (const pair of values.attr ?? []) {
    const at = pair.indexOf('=');
    if (at < 1) throw new Error(`--attr ${pair}: name=value expected`);
    common[pair.slice(0, at)] = pair.slice(at + 1);
  }
  const attributes = (extra) =>
    Object.entries({ ...common, ...extra })
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => `${name}="${escape(String(value))}"`)
      .join(' ');
  // The article element too: the list's items then link to it (`?id=…`), as in the page.
  return [
    `<news-tabs ${attributes({})}></news-tabs>`,
    `<news-list ${attributes({ 'page-size': values['page-size'] })}></news-list>`,
    `<news-article ${attributes({})}></news-article>`,
  ].join('\n');
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      src: { type: 'string' },
      adapter: { type: 'string' },
      'categories-src': { type: 'string' },
      'page-size': { type: 'string' },
      attr: { type: 'string', multiple: true },
      markup: { type: 'string' },
      'page-url': { type: 'string' },
      out: { type: 'string' },
      polyfill: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || positionals[0] !== 'prerender') {
    (values.help ? console.log : console.error)(USAGE);
    return values.help ? 0 : 2;
  }
  let prerender;
  try {
    ({ prerender } = await import('../dist/ssr.js'));
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    console.error(`news-elements: prerendering needs @lit-labs/ssr and jsdom beside news-elements: npm i -D @lit-labs/ssr jsdom\n(${error.message})`);
    return 1;
  }
  const fragment = await prerender(markupOf(values), { pageUrl: values['page-url'], polyfill: values.polyfill });
  if (values.polyfill) {
    // For a page whose Content-Security-Policy allows scripts by hash rather than 'unsafe-inline'.
    const script = /<script>([^]*?)<\/script>\s*$/.exec(fragment)?.[1] ?? '';
    console.error(`news-elements prerender: the polyfill script's CSP hash: 'sha256-${createHash('sha256').update(script).digest('base64')}'`);
  }
  if (!values.out) {
    // Written before the exit code is set: a pipe may take it in several writes.
    await new Promise((resolve, reject) => process.stdout.write(fragment, (error) => (error ? reject(error) : resolve())));
    return 0;
  }
  const temporary = `${values.out}.${process.pid}.tmp`;
  writeFileSync(temporary, fragment);
  renameSync(temporary, values.out);
  return 0;
}

// The exit code, not process.exit(): what is still being written to a pipe gets written.
main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`news-elements prerender: ${error?.message ?? error}${error?.url ? ` (${error.url})` : ''}`);
    process.exitCode = 1;
  },
);
