// The sanitizer (DOMPurify, ≈13 kB gzip) is loaded with the first article (requested alongside
// its JSON, not after it), not with the page: a portal that shows only tabs and a list never
// downloads it.
import { loadOnce } from '../base/errors.js';

export const loadSanitizer = loadOnce(() => import('./sanitize.js'), 'sanitizer');
