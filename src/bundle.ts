// The script-tag bundle's entry: registers the tags at load and exposes every export of
// `news-elements` as `window.NewsElements`.
import { defineElements } from './registration.js';

export * from './index.js';

defineElements();
