// The script-tag bundle's entry: registers the tags at load and exposes every export of
// `news-elements` as `window.NewsElements`.
import { defineElements } from './define-elements.js';

export * from './index.js';

defineElements();
