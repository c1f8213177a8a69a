// The readers of dirty records (lenient.ts) are a file of their own, loaded on first use: by the
// pipeline for the first record that needs one, and alongside the adapters that read CMS markup
// or feeds (registry.ts). A clean answer of the native shape never loads them.
import { loadOnce } from '../base/errors.js';

export const loadLenientReaders = loadOnce(() => import('./lenient.js'), 'reader of dirty records');
