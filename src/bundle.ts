// The script-tag bundle's entry: registers the tags at load and exposes every export of
// `news-elements` as `window.NewsElements`. What few pages need (the sanitizer with the first
// article body, each content system's adapter, the Markdown library) is imported on demand from
// beside this file: dist/news-elements.*.js, built by `vite build -c vite.iife.config.ts --mode chunks`.
// script-base reads where this script came from, which is only known while it runs: it is
// imported first so that it is evaluated now, not when a lazily built module first needs it.
import './lazy/script-base.js';
import { defineElements } from './define-elements.js';
import { publishKernel } from './lazy/kernel.js';

export * from './index.js';

publishKernel();
defineElements();
