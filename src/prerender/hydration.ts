// Lit's hydration support (@lit-labs/ssr-client), which lets the elements take over a prerendered
// fragment instead of rendering it again. It patches LitElement when Lit's element module runs,
// so it must run first; a bundler that hoists shared chunks may run Lit first all the same (the
// demo's build did), and then it is handed the class here. Import this before the elements are
// defined (the script tag does; an app: before `defineElements()`).
import { LitElement } from 'lit';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

type HydrateSupport = (classes: { LitElement: typeof LitElement }) => void;

// The support adds `defer-hydration` to LitElement's own observedAttributes: there when patched.
if (!Object.hasOwn(LitElement, 'observedAttributes')) {
  (globalThis as { litElementHydrateSupport?: HydrateSupport }).litElementHydrateSupport?.({ LitElement });
}
