// news-elements/ssr: the elements prerendered in Node with Lit's own server renderer
// (@lit-labs/ssr), from the same built modules the browser runs: HTML with declarative shadow DOM
// that a page shows before any script, and that the elements take over when the script arrives,
// without asking again for what is on screen (the fragment carries what they loaded).
//
// Two passes: the first forms the groups (every element's page size and sources known) and
// gathers the elements' loads, which then run through their own data client; the second renders
// with the answers. The parsers the data layer needs for HTML in titles and summaries and for
// feeds come from jsdom, installed as the DOMParser of the render only; an article body goes
// through the browser's sanitizer (DOMPurify, src/security/sanitize.ts) in a jsdom window of its
// own, whose DOM classes stand in for the browser's while a body is sanitized.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { render } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { endAllGroups, liveGroups } from '../controllers/group.js';
import { serverLoads, serverValues } from '../controllers/load-controller.js';
import { SEEDS_ATTRIBUTE, SEEDS_TYPE, type Seeds, type ServerBody, serverBodies, setSeeds } from '../prerender/seeds.js';
import type { BodyOptions } from '../security/sanitize.js';
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

/** Sets globals of the process; returns what puts them back. */
function setGlobals(values: Record<string, unknown>): () => void {
  const global = globalThis as Record<string, unknown>;
  const before = Object.keys(values).map((name) => [name, Object.getOwnPropertyDescriptor(global, name)] as const);
  for (const [name, value] of Object.entries(values)) Object.defineProperty(global, name, { value, configurable: true, writable: true });
  return () => {
    for (const [name, descriptor] of before) {
      if (descriptor) Object.defineProperty(global, name, descriptor);
      else delete global[name];
    }
  };
}

/** Globals the render needs, set for its duration and put back after: the page's URL, a DOMParser. */
async function withPageGlobals<T>(pageUrl: string, run: () => Promise<T>): Promise<T> {
  const { JSDOM } = await import('jsdom');
  const window = new JSDOM('', { url: pageUrl }).window;
  const { fetch } = globalThis;
  const restore = setGlobals({
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
    restore();
    window.close();
  }
}

/** What the sanitizer reads from the page's globals (src/security/sanitize.ts and what it imports). */
const SANITIZER_GLOBALS = ['document', 'Document', 'DocumentFragment', 'Element', 'HTMLElement', 'HTMLAnchorElement', 'HTMLImageElement', 'HTMLIFrameElement', 'HTMLFormElement', 'Node', 'NodeFilter', 'Text'];

/** The browser's sanitizer in a jsdom window of its own, made once: DOMPurify keeps the window it was made with. */
let sanitizer: Promise<{ window: import('jsdom').DOMWindow; globals: Record<string, unknown>; sanitize: typeof import('../security/sanitize.js') }> | undefined;

function serverSanitizer(): NonNullable<typeof sanitizer> {
  sanitizer ??= (async () => {
    const { JSDOM } = await import('jsdom');
    const { window } = new JSDOM('');
    const globals: Record<string, unknown> = { window, ...Object.fromEntries(SANITIZER_GLOBALS.map((name) => [name, (window as unknown as Record<string, unknown>)[name]])) };
    // Imported with them in place: the module makes its DOMPurify for `window` as it loads.
    const restore = setGlobals(globals);
    try {
      return { window, globals, sanitize: await import('../security/sanitize.js') };
    } finally {
      restore();
    }
  })();
  // A failure (jsdom or DOMPurify missing) is met again by the next call, not kept.
  sanitizer.catch(() => (sanitizer = undefined));
  return sanitizer;
}

/**
 * An article body sanitized as the browser sanitizes it, as the HTML of its container. The
 * sanitizer runs synchronously with its window's classes in place of the page's. Comments go:
 * a fragment's comments are the markers of Lit's hydration, which a body must not forge.
 */
async function renderBody(html: string, options: BodyOptions): Promise<ServerBody> {
  const { window, globals, sanitize } = await serverSanitizer();
  const restore = setGlobals(globals);
  try {
    const container = sanitize.bodyContainer(window.document);
    // A very long body is marked as the browser marks it: its styles lay out what comes into view.
    if (html.length >= sanitize.LARGE_BODY) container.classList.add('large');
    container.append(sanitize.sanitizeBody(html, options));
    const comments = window.document.createTreeWalker(container, window.NodeFilter.SHOW_COMMENT);
    const found: Node[] = [];
    while (comments.nextNode()) found.push(comments.currentNode);
    for (const comment of found) comment.parentNode?.removeChild(comment);
    // The sanitizer cleans inline CSS as the CSS parser it runs beside reads it; jsdom's is not a
    // browser's (escapes, image-set()…): a style with an escape or a function (url(), var()…) goes.
    for (const styled of container.querySelectorAll('[style]')) {
      if (/[\\()@<>]/.test(styled.getAttribute('style') ?? '')) styled.removeAttribute('style');
    }
    return { html: container.outerHTML, images: sanitize.imageSources(container) };
  } finally {
    restore();
  }
}
serverBodies.render = renderBody;

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
    // Made before the render, while nothing else runs: it sets globals as it loads.
    await serverSanitizer();
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
      // The time the fragment's relative dates count from, in this render and in the browser's takeover.
      seeds.renderedAt = Date.now();
      const fragment = await collectResult(render(template()));
      const polyfill = options.polyfill ? `${await polyfillScript()}\n` : '';
      return `${fragment}\n${seedsBlock(seeds)}\n${polyfill}`;
    } finally {
      serverLoads.clear();
      serverValues.clear();
      setSeeds(undefined);
      endAllGroups();
    }
  });
}
