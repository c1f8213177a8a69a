// Idempotent registration: a tag that is already defined (a second copy of the bundle, an npm
// copy beside the script tag) is skipped with one console warning, never an exception.

/** Registers each `[tag, constructor]` whose tag is free; one warning names the tags that were taken. */
export function register(elements: readonly (readonly [string, CustomElementConstructor])[]): void {
  const taken = elements.filter(([tag, constructor]) => {
    const existing = customElements.get(tag);
    return existing !== undefined && existing !== constructor;
  });
  if (taken.length) {
    console.warn(
      `news-elements: <${taken.map(([tag]) => tag).join('>, <')}> already defined on this page (another copy of news-elements?); this copy is not registered.`,
    );
  }
  for (const [tag, constructor] of elements) if (!customElements.get(tag)) customElements.define(tag, constructor);
}
