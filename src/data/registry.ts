// The adapter registry: `adapter="name"` on an element looks its adapter up here. The native
// adapter is always in; the content systems' adapters are chunks of their own, loaded on first
// use, so a page that reads the native shape does not download the WordPress, Strapi or RSS code.

import type { Adapter } from './adapter.js';
import { nativeAdapter } from './adapters/native.js';
import { loadLenientReaders } from './load-readers.js';
import { loadOnce } from '../base/errors.js';

type Loader = () => Promise<Adapter>;

const part = (name: string, load: () => Promise<Adapter>): Loader => loadOnce(load, `adapter "${name}"`);

/**
 * An adapter with files it needs fetched alongside it, not found after it (a round trip more
 * before its first request, or after its answer): the readers of dirty records, for adapters
 * whose records often need them (markup, feed dates, untitled items; mapped fields of any form),
 * and the file the CMS adapters share (cms-url.ts, which Strapi's and Drupal's import). Their
 * failure is not met here: the pipeline reads records without the readers, and an adapter that
 * imports a file that did not load fails to load itself.
 */
const alongside =
  (load: () => Promise<Adapter>, ...others: (() => Promise<unknown>)[]) =>
  () =>
    Promise.all([load(), ...others.map((other) => other().catch(() => undefined))]).then(([adapter]) => adapter);
const readers = loadLenientReaders;
const cmsUrl = () => import('./adapters/cms-url.js');

const builtIn: Record<string, Loader> = {
  wordpress: part('wordpress', alongside(() => import('./adapters/wordpress.js').then((m) => m.wordpressAdapter), readers)),
  jsonfeed: part('jsonfeed', alongside(() => import('./adapters/jsonfeed.js').then((m) => m.jsonfeedAdapter), readers)),
  ghost: part('ghost', () => import('./adapters/ghost.js').then((m) => m.ghostAdapter)),
  strapi: part('strapi', alongside(() => import('./adapters/strapi.js').then((m) => m.strapiAdapter), cmsUrl)),
  drupal: part('drupal', alongside(() => import('./adapters/drupal.js').then((m) => m.drupalAdapter), readers, cmsUrl)),
  rss: part('rss', alongside(() => import('./adapters/rss.js').then((m) => m.rssAdapter), readers)),
  mapping: part('mapping', alongside(() => import('./adapters/mapping.js').then((m) => m.mappingAdapter), readers)),
};

const adapters = new Map<string, Adapter>([['native', nativeAdapter]]);

/** Adds (or replaces) the adapter used by elements whose `adapter` attribute is `name`. */
export function registerAdapter(name: string, adapter: Adapter): void {
  if (!name || typeof adapter?.list !== 'function') {
    throw new TypeError('registerAdapter(name, adapter) needs a name and an adapter with list()');
  }
  adapters.set(name, adapter);
}

/** The adapter registered under `name`, loading a built-in one on first use; undefined if there is none. */
export async function getAdapter(name: string): Promise<Adapter | undefined> {
  return adapters.get(name) ?? (Object.hasOwn(builtIn, name) ? builtIn[name]() : undefined);
}
