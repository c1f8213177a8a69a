// Which locale an element speaks (its `lang`, else the nearest `[lang]` ancestor, else the
// document) and the strings and date formats for it.

import { en } from './en.js';
import { localeOf } from './locale-of.js';
import type { NewsStrings } from './strings.js';

export { localeOf };

const locales = new Map<string, Partial<NewsStrings>>([['en', en]]);

/**
 * The built-in locales besides English, loaded when an element first speaks one: a page in one
 * language downloads that one's strings alone, alongside its first request (see loadStrings).
 */
const builtIn: Record<string, () => Promise<Partial<NewsStrings>>> = {
  zh: () => import('./zh-CN.js').then((m) => m.zhCN),
  ar: () => import('./ar.js').then((m) => m.ar),
};
const loaded = new Set<string>(['en']);
const loading = new Map<string, Promise<void>>();

/**
 * Loads the built-in strings of a locale's language, once; undefined when there is nothing to
 * load (English, a language without built-in strings, or loaded already). Elements start it with
 * their first request and show its answer when both have arrived; it never rejects (a failure
 * leaves English, and is tried again next time). Strings a page registered stay over the built-in ones.
 */
export function loadStrings(locale: string): Promise<void> | undefined {
  const language = locale.toLowerCase().split('-')[0];
  if (loaded.has(language) || !Object.hasOwn(builtIn, language)) return undefined;
  let load = loading.get(language);
  if (!load) {
    load = builtIn[language]()
      .then((strings) => {
        loaded.add(language);
        locales.set(language, { ...strings, ...locales.get(language) });
        resolved.clear();
        for (const element of listeners) element.requestUpdate();
      })
      .catch(() => undefined)
      .finally(() => loading.delete(language));
    loading.set(language, load);
  }
  return load;
}

/** Elements to re-render when a locale's strings or a `lang` attribute change. */
const listeners = new Set<{ requestUpdate(): void }>();
let observer: MutationObserver | undefined;

/**
 * Adds or overrides strings of a locale for every element on the page, e.g.
 * `registerStrings('fr', { all: 'Tout' })`; English fills what a locale leaves out.
 */
export function registerStrings(locale: string, strings: Partial<NewsStrings>): void {
  const key = locale.toLowerCase();
  locales.set(key, { ...locales.get(key), ...strings });
  resolved.clear();
  for (const element of listeners) element.requestUpdate();
}

/**
 * Re-renders `element` when a `lang` attribute anywhere in the document changes (a language
 * switcher), until `unwatchLocale`. One observer serves every element, and only while there are any.
 */
export function watchLocale(element: { requestUpdate(): void }): void {
  listeners.add(element);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const listener of listeners) listener.requestUpdate();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

export function unwatchLocale(element: { requestUpdate(): void }): void {
  listeners.delete(element);
  if (!listeners.size) {
    observer?.disconnect();
    observer = undefined;
  }
}

const resolved = new Map<string, NewsStrings>();

/** The strings for a locale: the exact tag, then its language, then English. */
export function stringsFor(locale: string): NewsStrings {
  const key = locale.toLowerCase();
  let strings = resolved.get(key);
  if (!strings) {
    // A language switched to after the first request (a switcher): shown once its strings
    // arrive (they clear this cache).
    void loadStrings(key);
    const language = key.split('-')[0];
    strings = { ...en, ...locales.get(language), ...locales.get(key) };
    resolved.set(key, strings);
  }
  return strings;
}
