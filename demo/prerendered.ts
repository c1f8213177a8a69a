// The prerendered page's entry: Lit's hydration support, then the elements, which take over the
// prerendered fragment instead of rendering it again. defineElements() is called, not imported
// for its side effect, so that the support is in place first whatever order the bundle runs its
// modules in. English only: the fragment is one language's.
import '../src/prerender/hydration.js';
import { defineElements } from '../src/define-elements.js';

defineElements();
