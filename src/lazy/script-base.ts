// Where the script-tag bundle was loaded from, read while it runs (document.currentScript is
// only set then), so that the files it loads on demand come from beside it.

import { NewsError } from '../data/errors.js';

declare const __NEWS_SCRIPT_TAG__: boolean | undefined;
declare const __NEWS_VERSION__: string | undefined;

/** True in the script-tag bundle (a build-time constant there), false in the ESM build and tests. */
export const IN_SCRIPT_TAG_BUNDLE = typeof __NEWS_SCRIPT_TAG__ !== 'undefined' && __NEWS_SCRIPT_TAG__;

/** The package version the bundle was built from (its lazy files must be the same one). */
export const VERSION = typeof __NEWS_VERSION__ !== 'undefined' ? __NEWS_VERSION__ : 'source';

const BUNDLE_FILE = /\/news-elements\.iife\.js$/;

/**
 * The folder the bundle's own files are in: where the script came from, when its URL names the
 * file (`…/news-elements.iife.js`), or its `data-news-elements-base`. A shortened CDN URL
 * (`https://unpkg.com/news-elements`) redirects to the file, but the page only knows the short one,
 * and a file "beside" it would be another package: then there is no base, and nothing is loaded.
 */
function bundleBase(): string | undefined {
  const script = typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null) : null;
  if (!script) return undefined;
  const declared = script.dataset.newsElementsBase;
  if (declared) return new URL(declared.endsWith('/') ? declared : `${declared}/`, document.baseURI).href;
  if (!script.src) return undefined;
  const url = new URL(script.src);
  return BUNDLE_FILE.test(url.pathname) ? new URL('./', url).href : undefined;
}

// Only the script-tag bundle has a folder of its own; the ESM build drops all of this.
const base = IN_SCRIPT_TAG_BUNDLE ? bundleBase() : undefined;

/**
 * The URL of a file published beside the script-tag bundle (e.g. `news-elements.sanitizer.js`),
 * pinned to the bundle's version (`?v=`), so that a cached or overwritten file of another release is
 * not mixed in. Throws when the bundle's folder is unknown (see bundleBase).
 */
export function besideScript(file: string): string {
  if (!base) {
    throw new Error(
      `news-elements: cannot find ${file}: load the bundle by its full file name (…/news-elements.iife.js), or say where its files are with <script data-news-elements-base="…/dist/">`,
    );
  }
  const url = new URL(file, base);
  url.searchParams.set('v', VERSION);
  return url.href;
}

/** Whether a URL (a NewsError's) is one of the files importBeside() loads, rather than the news server's. */
export function isWidgetFile(url: string): boolean {
  return /\/news-elements\.[\w.-]+\.js(\?|$)|^news-elements\.[\w.-]+\.js$/.test(url);
}

/**
 * Imports a file published beside the bundle. A failure (the file missing, blocked by CORS or by
 * the page's CSP, of another version) is a `network` NewsError whose message and `url` name the file.
 */
export async function importBeside<T>(file: string): Promise<T> {
  let url = file;
  try {
    url = besideScript(file);
    return (await import(/* @vite-ignore */ url)) as T;
  } catch (error) {
    throw new NewsError('network', `Part of news-elements could not be loaded (${url}): ${error instanceof Error ? error.message : String(error)}`, { url, cause: error });
  }
}

/**
 * A loader of a part loaded on first use (a chunk, a library): run once and shared by every
 * caller; a failure is forgotten, so the next call (a retry) tries again, and is a NewsError.
 */
export function loadOnce<T>(load: () => Promise<T>, failure: string): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error instanceof NewsError ? error : new NewsError('network', failure, { cause: error });
    }));
}

