// The script tag: dist/news-elements.iife.js, a classic script (no type="module") of well under
// 1 kB that any page can load. It sets `window.NewsElements` at once (calls of registerAdapter
// and registerStrings made before the library has arrived are queued, and `ready` settles when
// the tags are defined), then loads the library's modules from the folder it came from
// (dist/script-tag/): all of them in parallel (modulepreload), the entry by import(). A second
// copy of the tag does nothing.
//
// The file names are the build's (vite.script.config.ts): the entry and the modules it imports.
import { scriptError } from '../i18n/script-error.js';
import { type NewsElementsGlobal, QUEUE, QUEUED, SETTLE, global } from './protocol.js';

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

/** No element can say it, so the loader does: in each news element of the page, in its language. */
function tellReader(): void {
  for (const element of document.querySelectorAll(TAGS)) {
    if (customElements.get(element.localName) || element.querySelector('[data-news-script-error]')) continue;
    const lang = (element.closest('[lang]')?.getAttribute('lang') ?? navigator.language).toLowerCase().split('-')[0];
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.dataset.newsScriptError = '';
    message.textContent = scriptError[lang as keyof typeof scriptError] ?? scriptError.en;
    element.append(message);
  }
}

function fail(error: unknown): void {
  console.error(error);
  global.NewsElements?.[SETTLE]?.(error);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', tellReader, { once: true });
  else tellReader();
}

if (!global.NewsElements) {
  const script = document.currentScript as HTMLScriptElement | null;
  const queue: NonNullable<NewsElementsGlobal[typeof QUEUE]> = [];
  let settle!: (error?: unknown) => void;
  const ready = new Promise<NewsElementsGlobal>((resolve, reject) => {
    settle = (error) => (error === undefined ? resolve(stub) : reject(error));
  });
  // A page that never waits for `ready` must not see an unhandled rejection.
  ready.catch(() => undefined);
  const stub: NewsElementsGlobal = { ready, [QUEUE]: queue, [SETTLE]: settle };
  for (const name of QUEUED) Object.assign(stub, { [name]: (...args: unknown[]) => void queue.push([name, args]) });
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
      (document.head ?? document.documentElement).append(link);
    }
    import(/* @vite-ignore */ new URL(__NEWS_ENTRY__, folder).href).catch((error: unknown) =>
      fail(new Error(`news-elements: the library could not be loaded from ${folder.href}: ${error instanceof Error ? error.message : String(error)}`, { cause: error })),
    );
  }
}
