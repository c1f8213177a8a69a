// news-elements/ssr: the elements prerendered in Node with Lit's own server renderer
// (@lit-labs/ssr), from the same built modules the browser runs: HTML with declarative shadow DOM
// that a page shows before any script, and that the elements take over when the script arrives,
// without asking again for what is on screen (the fragment carries what they loaded).
//
// Two passes: the first forms the groups (every element's page size and sources known) and
// gathers the elements' loads, which then run through their own data client; the second renders
// with the answers. The parsers the data layer needs for HTML in titles and summaries and for
// feeds come from jsdom, installed as the DOMParser of the render only.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { render } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { endAllGroups, liveGroups } from '../controllers/group.js';
import { serverLoads } from '../controllers/load-controller.js';
import { SEEDS_ATTRIBUTE, SEEDS_TYPE, type Seeds, setSeeds } from '../prerender/seeds.js';
import '../define.js';

export interface PrerenderOptions {
  /**
   * The URL of the page the fragment goes into: relative `src` and links resolve against it, and
   * with `url-state` its query picks the view (`?news-page=2`). Default `http://localhost/`.
   */
  pageUrl?: string;
  /**
   * Adds, after the fragment, an inline script that attaches its shadow roots in browsers without
   * declarative shadow DOM (@webcomponents/template-shadowroot, 0.7 kB gzip; it does nothing
   * where the browser has it): they show the news with the HTML too, not when the library has
   * run. A page whose CSP has no 'unsafe-inline' must allow the script by its hash.
   */
  polyfill?: boolean;
}

/** The polyfill as an inline script, run only where the browser lacks declarative shadow DOM. */
async function polyfillScript(): Promise<string> {
  const file = createRequire(import.meta.url).resolve('@webcomponents/template-shadowroot/template-shadowroot.min.js');
  const code = (await readFile(file, 'utf8')).replace(/\n\/\/# sourceMappingURL=.*\s*$/, '').replace(/<\/script/gi, '<\\/script');
  return `<script>${code}\nTemplateShadowRoot.hasNativeDeclarativeShadowRoots() || TemplateShadowRoot.hydrateShadowRoots(document.body);</script>`;
}

/** Connect the elements on the server, so that they form their groups as in a page. */
LitElementRenderer.renderOptions.push((element) => (element.localName.startsWith('news-') ? { connectedCallback: true } : undefined));

/** The fragment's data block: JSON that no `</script>` or line separator inside can break out of. */
function seedsBlock(seeds: Seeds): string {
  const json = JSON.stringify(seeds).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `<script type="${SEEDS_TYPE}" ${SEEDS_ATTRIBUTE}>${json}</script>`;
}

/** Globals the render needs, set for its duration and put back after: the page's URL, a DOMParser. */
async function withPageGlobals<T>(pageUrl: string, run: () => Promise<T>): Promise<T> {
  const { JSDOM } = await import('jsdom');
  const window = new JSDOM('', { url: pageUrl }).window;
  const global = globalThis as Record<string, unknown>;
  const names = ['location', 'fetch', 'DOMParser', 'Node', 'NodeFilter', 'XMLSerializer'] as const;
  const before = names.map((name) => [name, Object.getOwnPropertyDescriptor(global, name)] as const);
  const { fetch } = globalThis;
  Object.assign(global, {
    location: new URL(pageUrl),
    // Relative URLs mean what they mean in the page, as a browser's fetch reads them.
    fetch: (input: string | URL | Request, init?: RequestInit) => fetch(typeof input === 'string' ? new URL(input, pageUrl) : input, init),
    DOMParser: window.DOMParser,
    Node: window.Node,
    NodeFilter: window.NodeFilter,
    XMLSerializer: window.XMLSerializer,
  });
  try {
    return await run();
  } finally {
    for (const [name, descriptor] of before) {
      if (descriptor) Object.defineProperty(global, name, descriptor);
      else delete global[name];
    }
    window.close();
  }
}

/**
 * Prerenders the news elements in `markup` (the page's own tags, e.g. `<news-tabs src="…">
 * </news-tabs><news-list src="…" page-size="5"></news-list>`, trusted: it is the portal's), and
 * returns the fragment to put in their place: the elements with their shadow DOM, then the data
 * they loaded. Rejects with the first load's error (a `NewsError`) when one fails: a fragment
 * that shows an error is not one to publish. Calls run one after another (a render sets globals
 * of the process: the page's URL, fetch, a DOMParser), so they may be made all at once.
 */
export function prerender(markup: string, options: PrerenderOptions = {}): Promise<string> {
  const run = queue.then(() => prerenderNow(markup, options));
  queue = run.catch(() => undefined);
  return run;
}

/** The render under way, which the next call waits for. */
let queue: Promise<unknown> = Promise.resolve();

async function prerenderNow(markup: string, options: PrerenderOptions): Promise<string> {
  const pageUrl = new URL(options.pageUrl ?? 'http://localhost/').href;
  return withPageGlobals(pageUrl, async () => {
    const template = () => html`${unsafeStatic(markup)}`;
    const seeds: Seeds = { loads: {}, groups: {} };
    serverLoads.clear();
    setSeeds(seeds);
    try {
      await collectResult(render(template()));
      const loads = [...serverLoads];
      serverLoads.clear();
      for (const entry of await Promise.all(loads.map((load) => load.prerender()))) {
        if (entry) seeds.loads[entry[0]] = entry[1];
      }
      for (const group of liveGroups()) {
        if (group.client.categoriesKnown.length) seeds.groups[group.key] = { categories: group.client.categoriesKnown };
      }
      const fragment = await collectResult(render(template()));
      const polyfill = options.polyfill ? `${await polyfillScript()}\n` : '';
      return `${fragment}\n${seedsBlock(seeds)}\n${polyfill}`;
    } finally {
      serverLoads.clear();
      setSeeds(undefined);
      endAllGroups();
    }
  });
}
