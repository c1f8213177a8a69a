// What the script-tag bundle shares with the chunks it loads from beside itself: the chunks are
// built apart (an IIFE cannot be split), so instead of their own copies of these modules they
// read the bundle's, through this global. One NewsError class for all (instanceof holds), one
// Markdown loader (which knows where the bundle came from).
import { NewsError, isAbortError, toNewsError } from '../data/errors.js';
import { markdownToHtml } from '../data/markdown.js';
import { VERSION } from './script-base.js';

export const KERNEL = Symbol.for('news-elements.kernel');

/** The modules a chunk takes from the bundle, and the names each exports. */
export const KERNEL_MODULES = {
  'src/data/errors.ts': ['NewsError', 'isAbortError', 'toNewsError'],
  'src/data/markdown.ts': ['markdownToHtml'],
} as const;

export function publishKernel(): void {
  (globalThis as Record<symbol, unknown>)[KERNEL] ??= { version: VERSION, NewsError, isAbortError, toNewsError, markdownToHtml };
}
