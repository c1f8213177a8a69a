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
 * An adapter whose records often need the readers of dirty records (markup, feed dates, untitled
 * items; mapped fields of any form): they are fetched alongside it, not found after its answer.
 * Their failure is not the adapter's: the pipeline reads such records without them.
 */
const withReaders = (load: () => Promise<Adapter>) => () => Promise.all([load(), loadLenientReaders().catch(() => undefined)]).then(([adapter]) => adapter);

const builtIn: Record<string, Loader> = {
  wordpress: part('wordpress', withReaders(() => import('./adapters/wordpress.js').then((m) => m.wordpressAdapter))),
  jsonfeed: part('jsonfeed', withReaders(() => import('./adapters/jsonfeed.js').then((m) => m.jsonfeedAdapter))),
  ghost: part('ghost', () => import('./adapters/ghost.js').then((m) => m.ghostAdapter)),
  strapi: part('strapi', () => import('./adapters/strapi.js').then((m) => m.strapiAdapter)),
  drupal: part('drupal', withReaders(() => import('./adapters/drupal.js').then((m) => m.drupalAdapter))),
  rss: part('rss', withReaders(() => import('./adapters/rss.js').then((m) => m.rssAdapter))),
  mapping: part('mapping', withReaders(() => import('./adapters/mapping.js').then((m) => m.mappingAdapter))),
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
