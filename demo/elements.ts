// The demo pages' entry: the three elements, from the sources (served by `npm start`, bundled by
// `vite build --mode demo`). A module inside demo/, so the dev server (whose root is demo/) can
// serve it: a page cannot point at ../src directly.
import '../src/define.js';
