// The script-tag bundle's entry: registers the tags at load and sets `window.NewsElements` to
// every export of `news-elements`. What few pages need (the sanitizer with the first article,
// each content system's adapter, the Markdown library) is imported on demand from beside
// this file: dist/news-elements.*.js, built by `vite build -c vite.iife.config.ts --mode chunks`.
// script-base reads where this script came from, which is only known while it runs: it is
// imported first so that it is evaluated now, not when a lazily built module first needs it.
import './lazy/script-base.js';
import { defineElements } from './define-elements.js';
import * as api from './index.js';
import { publishKernel } from './lazy/kernel.js';

const global = globalThis as typeof globalThis & { NewsElements?: typeof api };

// A second copy on the page (two widgets' snippets) keeps the first one's API, whose classes
// are the ones the tags were defined with: registerAdapter() and instanceof then keep working.
global.NewsElements ??= Object.freeze({ ...api });
publishKernel();
defineElements();
