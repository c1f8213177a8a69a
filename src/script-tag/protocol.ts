// How the script tag's classic loader (loader.ts) and the library's modules (library.ts) meet:
// `window.NewsElements` is the loader's at first, with the calls a page makes before the
// modules have arrived kept in a queue; the modules fill it in, run the queue and settle `ready`.
import type * as Api from '../index.js';
import { localeOf } from '../i18n/locale-of.js';
import { scriptError } from '../i18n/script-error.js';

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

/**
 * A `window.NewsElements` to fill in: `ready` and the function that settles it (under SETTLE).
 * A page that never waits for `ready` sees no unhandled rejection.
 */
export function newGlobal(): NewsElementsGlobal {
  let settle!: (error?: unknown) => void;
  const target = {} as NewsElementsGlobal;
  target.ready = new Promise<NewsElementsGlobal>((resolve, reject) => {
    settle = (error) => (error === undefined ? resolve(target) : reject(error));
  });
  target.ready.catch(() => undefined);
  target[SETTLE] = settle;
  return target;
}

/**
 * When the library (or the article's module) cannot be loaded, no element is defined to say so:
 * each element of these tags that is still undefined gets one paragraph, in its language, once.
 */
export function tellReader(tags: string): void {
  const tell = () => {
    for (const element of document.querySelectorAll(tags)) {
      if (customElements.get(element.localName) || element.querySelector('[data-news-script-error]')) continue;
      const language = localeOf(element).toLowerCase().split('-')[0];
      const lang = Object.hasOwn(scriptError, language) ? (language as keyof typeof scriptError) : 'en';
      const message = document.createElement('p');
      message.setAttribute('role', 'alert');
      message.lang = lang;
      message.dataset.newsScriptError = '';
      message.textContent = scriptError[lang];
      element.append(message);
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', tell, { once: true });
  else tell();
}
