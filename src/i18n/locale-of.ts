// Which locale an element speaks: its `lang`, else the nearest `[lang]` ancestor (across shadow
// roots), else the document's, else the browser's. A module of its own, importing nothing, for the
// script tag's loader too (which has no strings but its one message).

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
