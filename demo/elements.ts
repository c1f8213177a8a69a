// The demo pages' entry: the three elements, from the sources (served by `npm start`, bundled by
// `vite build --mode demo`). A module inside demo/, so the dev server (whose root is demo/) can
// serve it: a page cannot point at ../src directly. It calls defineElements() rather than
// importing src/define.ts for its side effect: package.json's "sideEffects" names only dist/
// files, so the demo build would drop a bare import of a source file.
import { defineElements } from '../src/define-elements.js';

defineElements();
