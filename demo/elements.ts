// The demo pages' entry: the three elements, from the sources (served by `npm start`, bundled by
// `vite build --mode demo`). A module inside demo/, so the dev server (whose root is demo/) can
// serve it: a page cannot point at ../src directly. It calls defineElements() rather than
// importing src/define.ts for its side effect: a page's module scripts are bundled into one, whose
// static imports run before any of their bodies, and the elements must be defined after
// language.ts has put the saved language on the page (else they ask in English first).
import { defineElements } from '../src/define-elements.js';

defineElements();
