// The sanitizer (DOMPurify, ≈13 kB gzip) is loaded with the first article (requested alongside
// its JSON, not after it), not with the page: a portal that shows only tabs and a list never
// downloads it. The script-tag bundle
// imports it from beside itself (dist/news-elements.sanitizer.js).
import { IN_SCRIPT_TAG_BUNDLE, importBeside, loadOnce } from '../lazy/script-base.js';

type Sanitizer = typeof import('./sanitize.js');

export const loadSanitizer = loadOnce<Sanitizer>(
  () => (IN_SCRIPT_TAG_BUNDLE ? importBeside<Sanitizer>('news-elements.sanitizer.js') : import('./sanitize.js')),
  'The sanitizer could not be loaded, so the article is not shown',
);
