// Which locale an element speaks: its `lang`, else the nearest `[lang]` ancestor (across shadow
// roots), else the document's, else the browser's. A module of its own, importing nothing, for the
// script tag's loader too (which has no strings but its one message).

/** The locale that applies to an element, crossing shadow roots on the way up. */
export function localeOf(element: Element): string {
  let node: Node | null = element;
  while (node) {
    // (Told apart by what they have, not instanceof: a server that prerenders has no Element.)
    if ('getAttribute' in node) {
      const lang = (node as Element).getAttribute('lang');
      if (lang) return lang;
      node = node.parentNode ?? null;
    } else if ('host' in node) {
      node = (node as ShadowRoot).host;
    } else {
      node = node.parentNode;
    }
  }
  // (On a server that prerenders there is neither: the element's `lang`, else English.)
  return globalThis.document?.documentElement.lang || globalThis.navigator?.language || 'en';
}
