// The script tag: dist/news-elements.iife.js, a classic script (no type="module") of about 1.4 kB
// gzip that any page can load. It sets `window.NewsElements` at once (calls of registerAdapter
// and registerStrings made before the library has arrived are queued, and `ready` settles when
// the tags are defined), then loads the library's modules from the folder it came from
// (dist/script-tag/): all of them in parallel (modulepreload: the entry's modules and the
// article's), the entry by import(). A second copy of the tag does nothing.
//
// The file names are the build's (vite.script.config.ts): the entry and the modules it imports.
import { type NewsElementsGlobal, QUEUE, QUEUED, SETTLE, global, newGlobal, tellReader } from './protocol.js';

declare const __NEWS_ENTRY__: string;
declare const __NEWS_PRELOAD__: string[];

const TAGS = 'news-tabs, news-list, news-article';

/**
 * The folder the library's files are in: its `data-news-elements-base`, or beside the script
 * when its URL names a file (`…/news-elements.iife.js`). A CDN's short URL
 * (`https://unpkg.com/news-elements`) redirects to the file, but the page only knows the short
 * one, and a folder "beside" it would be another package's: then there is none.
 */
function folderOf(script: HTMLScriptElement | null): URL | undefined {
  const declared = script?.dataset.newsElementsBase;
  if (declared) return new URL(declared.endsWith('/') ? declared : `${declared}/`, document.baseURI);
  if (!script?.src) return undefined;
  const url = new URL(script.src);
  return url.pathname.endsWith('.js') ? new URL('./', url) : undefined;
}

function fail(error: unknown): void {
  console.error(error);
  global.NewsElements?.[SETTLE]?.(error);
  tellReader(TAGS);
}

if (!global.NewsElements) {
  const script = document.currentScript as HTMLScriptElement | null;
  const queue: NonNullable<NewsElementsGlobal[typeof QUEUE]> = [];
  const stub = newGlobal();
  stub[QUEUE] = queue;
  for (const name of QUEUED) {
    // Queued until the library has filled in `window.NewsElements`; a copy of this function kept
    // by the page (`const { registerAdapter } = NewsElements`) calls the real one after that.
    const queued = (...args: unknown[]): void => {
      const real = global.NewsElements?.[name] as ((...args: unknown[]) => void) | undefined;
      if (real && real !== queued) real(...args);
      else queue.push([name, args]);
    };
    Object.assign(stub, { [name]: queued });
  }
  global.NewsElements = stub;

  const folder = folderOf(script);
  if (!folder) {
    fail(
      new Error(
        'news-elements: cannot find the library beside this script: load it by its full file name (…/news-elements.iife.js), or say where its files are with <script data-news-elements-base="…/dist/">',
      ),
    );
  } else {
    for (const file of __NEWS_PRELOAD__) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = new URL(file, folder).href;
      if (script?.nonce) link.nonce = script.nonce;
      if (script?.crossOrigin) link.crossOrigin = script.crossOrigin;
      if (script?.referrerPolicy) link.referrerPolicy = script.referrerPolicy;
      (document.head ?? document.documentElement).append(link);
    }
    import(/* @vite-ignore */ new URL(__NEWS_ENTRY__, folder).href).catch((error: unknown) =>
      fail(new Error(`news-elements: the library could not be loaded from ${folder.href}: ${error instanceof Error ? error.message : String(error)}`, { cause: error })),
    );
  }
}
