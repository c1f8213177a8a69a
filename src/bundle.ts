// The script-tag bundle's entry: registers the tags at load and exposes every export of
// `news-elements` as `window.NewsElements`.
// script-base reads document.currentScript, which is only set while this script runs: it is
// imported first so that it is evaluated now, not when a lazily built module first needs it.
import './lazy/script-base.js';
import { defineElements } from './define-elements.js';

export * from './index.js';

defineElements();
