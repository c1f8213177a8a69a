// The adapter registry: `adapter="name"` on an element looks its adapter up here. The native
// adapter is always in; the content systems' adapters are loaded on first use, so a page that
// reads the native shape does not download the WordPress, Strapi or RSS code: with npm they are
// chunks of their own, and the script-tag bundle imports them from beside itself
// (dist/news-elements.adapter-<name>.js).

import { IN_SCRIPT_TAG_BUNDLE, importBeside } from '../lazy/script-base.js';
import type { Adapter } from './adapter.js';
import { nativeAdapter } from './adapters/native.js';

type Loader = () => Promise<Adapter>;
type AdapterModule = Record<string, Adapter>;

/** The script-tag bundle's chunk of one adapter (each exports `<name>Adapter`). */
const beside = (name: string): Promise<AdapterModule> => importBeside(`news-elements.adapter-${name}.js`);

// Each import() sits in its own branch so that the script-tag build drops the npm one.
const builtIn: Record<string, Loader> = {
  wordpress: () => (IN_SCRIPT_TAG_BUNDLE ? beside('wordpress') : import('./adapters/wordpress.js')).then((m) => m.wordpressAdapter),
  jsonfeed: () => (IN_SCRIPT_TAG_BUNDLE ? beside('jsonfeed') : import('./adapters/jsonfeed.js')).then((m) => m.jsonfeedAdapter),
  ghost: () => (IN_SCRIPT_TAG_BUNDLE ? beside('ghost') : import('./adapters/ghost.js')).then((m) => m.ghostAdapter),
  strapi: () => (IN_SCRIPT_TAG_BUNDLE ? beside('strapi') : import('./adapters/strapi.js')).then((m) => m.strapiAdapter),
  drupal: () => (IN_SCRIPT_TAG_BUNDLE ? beside('drupal') : import('./adapters/drupal.js')).then((m) => m.drupalAdapter),
  rss: () => (IN_SCRIPT_TAG_BUNDLE ? beside('rss') : import('./adapters/rss.js')).then((m) => m.rssAdapter),
  mapping: () => (IN_SCRIPT_TAG_BUNDLE ? beside('mapping') : import('./adapters/mapping.js')).then((m) => m.mappingAdapter),
};

/** The adapter names that are built in (loaded on first use). */
export const BUILT_IN_ADAPTERS = Object.keys(builtIn);

const adapters = new Map<string, Adapter | Promise<Adapter>>([['native', nativeAdapter]]);

/** Adds (or replaces) the adapter used by elements whose `adapter` attribute is `name`. */
export function registerAdapter(name: string, adapter: Adapter): void {
  if (!name || typeof adapter?.list !== 'function') {
    throw new TypeError('registerAdapter(name, adapter) needs a name and an adapter with list(), categories() and article()');
  }
  adapters.set(name, adapter);
}

/** The adapter registered under `name`, loading a built-in one on first use; undefined if there is none. */
export async function getAdapter(name: string): Promise<Adapter | undefined> {
  let adapter = adapters.get(name);
  if (!adapter && Object.hasOwn(builtIn, name)) {
    const loading = builtIn[name]();
    adapters.set(name, loading);
    loading.then(
      (loaded) => adapters.get(name) === loading && adapters.set(name, loaded),
      () => adapters.get(name) === loading && adapters.delete(name),
    );
    adapter = loading;
  }
  return adapter;
}

/** The names `adapter="…"` accepts: the built-in ones and those registered. */
export function adapterNames(): string[] {
  return [...new Set([...adapters.keys(), ...BUILT_IN_ADAPTERS])];
}
