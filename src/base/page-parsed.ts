// The end of the page's parsing, for what must know every element the page holds.

/** Resolves once the page is parsed (DOMContentLoaded); undefined when it already is. */
export function pageParsed(): Promise<void> | undefined {
  if (globalThis.document?.readyState !== 'loading') return undefined;
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}
