// Which locale an element speaks (its `lang`, else the nearest `[lang]` ancestor, else the
// document) and the strings and date formats for it.

import { en } from './en.js';
import type { NewsStrings } from './strings.js';
import { zhCN } from './zh-CN.js';

const locales = new Map<string, Partial<NewsStrings>>([
  ['en', en],
  ['zh-cn', zhCN],
  ['zh', zhCN],
]);

/** Adds or extends the strings of a locale for every element on the page. */
export function registerStrings(locale: string, strings: Partial<NewsStrings>): void {
  const key = locale.toLowerCase();
  locales.set(key, { ...locales.get(key), ...strings });
  resolved.clear();
}

const resolved = new Map<string, NewsStrings>();

/** The strings for a locale: the exact tag, then its language, then English. */
export function stringsFor(locale: string): NewsStrings {
  const key = locale.toLowerCase();
  let strings = resolved.get(key);
  if (!strings) {
    const language = key.split('-')[0];
    strings = { ...en, ...locales.get(language), ...locales.get(key) };
    resolved.set(key, strings);
  }
  return strings;
}

/** The locale that applies to an element, crossing shadow roots on the way up. */
export function localeOf(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
      node = node.parentNode ?? null;
    } else if (node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = node.parentNode;
    }
  }
  return document.documentElement.lang || navigator.language || 'en';
}
