// How the script tag's classic loader (loader.ts) and the library's modules (library.ts) meet:
// `window.NewsElements` is the loader's at first, with the calls a page makes before the
// modules have arrived kept in a queue; the modules fill it in, run the queue and settle `ready`.
import type * as Api from '../index.js';

export type Library = typeof Api;

/** The commands a page may call on `window.NewsElements` before the library has arrived. */
export const QUEUED = ['registerAdapter', 'registerStrings'] as const;

export const QUEUE = Symbol.for('news-elements.queue');
export const SETTLE = Symbol.for('news-elements.settle');

/** `window.NewsElements`: every export of `news-elements` once `ready` has settled. */
export type NewsElementsGlobal = Partial<Library> & {
  /** Settles with `window.NewsElements` itself once the library has loaded and the tags are defined. */
  ready: Promise<NewsElementsGlobal>;
  [QUEUE]?: [name: (typeof QUEUED)[number], args: unknown[]][];
  [SETTLE]?: (error?: unknown) => void;
};

export const global = globalThis as typeof globalThis & { NewsElements?: NewsElementsGlobal };
