// The adapter registry: `adapter="name"` on an element looks its adapter up here.

import type { Adapter } from './adapter.js';
import { ghostAdapter } from './adapters/ghost.js';
import { jsonfeedAdapter } from './adapters/jsonfeed.js';
import { mappingAdapter } from './adapters/mapping.js';
import { nativeAdapter } from './adapters/native.js';
import { wordpressAdapter } from './adapters/wordpress.js';

const adapters = new Map<string, Adapter>([
  ['native', nativeAdapter],
  ['wordpress', wordpressAdapter],
  ['jsonfeed', jsonfeedAdapter],
  ['ghost', ghostAdapter],
  ['mapping', mappingAdapter],
]);

/** Adds (or replaces) the adapter used by elements whose `adapter` attribute is `name`. */
export function registerAdapter(name: string, adapter: Adapter): void {
  if (!name || typeof adapter?.list !== 'function') {
    throw new TypeError('registerAdapter(name, adapter) needs a name and an adapter with list(), categories() and article()');
  }
  adapters.set(name, adapter);
}

/** The adapter registered under `name`, or undefined. */
export function getAdapter(name: string): Adapter | undefined {
  return adapters.get(name);
}

export function adapterNames(): string[] {
  return [...adapters.keys()];
}
