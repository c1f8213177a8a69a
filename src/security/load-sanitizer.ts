// The sanitizer (DOMPurify, ≈13 kB gzip) is loaded with the first article (requested alongside
// its JSON, not after it), not with the page: a portal that shows only tabs and a list never
// downloads it.
import { loadOnce } from '../base/errors.js';

// The handler renaming it imports (defuse.ts, in the script tag's file of readers) is fetched
// alongside it, not found after it.
export const loadSanitizer = loadOnce(() => Promise.all([import('./sanitize.js'), import('./defuse.js')]).then(([sanitizer]) => sanitizer), 'sanitizer');
