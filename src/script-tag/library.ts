// The script tag's library: the module that the classic loader (loader.ts) imports from beside
// itself, in dist/script-tag/. The same modules as the npm build, with Lit and the rest inside.
// It fills in `window.NewsElements`, runs the calls the page made before it arrived, and
// registers the tags: the tabs and the list at once, the article when its module (asked for now,
// alongside the list's first request, and preloaded by the loader) has arrived; all three together
// when the page already holds an article element, so that a list never renders before the article
// view of its group is known. `ready` settles after that.
// On a page with a prerendered fragment (news-elements/ssr), the tags are registered once it is
// parsed, with Lit's hydration support (a file of its own, for such pages only) loaded first: the
// elements then take it over instead of rendering it again.
import * as core from '../core.js';
import { pageParsed } from '../base/page-parsed.js';
import { SEEDS_SELECTOR } from '../prerender/seeds.js';
import { register } from '../registration.js';
import { type NewsElementsGlobal, QUEUE, SETTLE, global, newGlobal, tellReader } from './protocol.js';

const existing = global.NewsElements;

/** A prerendered fragment on the page: an element with a declarative shadow root, or the fragment's data block. */
function prerendered(): boolean {
  return document.querySelector(SEEDS_SELECTOR) !== null || [...document.querySelectorAll('news-tabs, news-list, news-article')].some((element) => element.shadowRoot !== null);
}

/**
 * Before the tags are registered on a page with a fragment: the fragment parsed to its end (its
 * data block comes last), and Lit's hydration support. Undefined on any other page.
 */
function hydration(): Promise<unknown> | undefined {
  if (!prerendered()) return undefined;
  return Promise.resolve(pageParsed())
    .then(() => import('../prerender/hydration.js'))
    .catch((error: unknown) => console.error('news-elements: Lit’s hydration support could not be loaded; the elements render the news anew', error));
}

function start(target: NewsElementsGlobal): void {
  const queue = target[QUEUE] ?? [];
  const settle = target[SETTLE] ?? (() => undefined);
  delete target[QUEUE];
  delete target[SETTLE];
  try {
    Object.assign(target, core);
    global.NewsElements = target;
    // One bad call of the page's (an adapter without list()) costs that call alone.
    for (const [name, args] of queue) {
      try {
        (core[name] as (...args: unknown[]) => void)(...args);
      } catch (error) {
        console.error(`news-elements: NewsElements.${name}() failed`, error);
      }
    }
    const first: [string, CustomElementConstructor][] = [
      ['news-tabs', core.NewsTabs],
      ['news-list', core.NewsList],
    ];
    const article = import('../elements/news-article/news-article.js');
    const registerAll = (): void => {
      const articleOnPage = document.querySelector('news-article') !== null;
      if (!articleOnPage) register(first);
      article.then(
        ({ NewsArticle }) => {
          const defineElements = (): void => register([...first, ['news-article', NewsArticle]]);
          defineElements();
          Object.freeze(Object.assign(target, { NewsArticle, defineElements }));
          settle();
        },
        (error: unknown) => {
          console.error('news-elements: the article element could not be loaded', error);
          if (articleOnPage) register(first);
          tellReader('news-article');
          settle(error);
        },
      );
    };
    const waiting = hydration();
    if (waiting) void waiting.then(registerAll);
    else registerAll();
  } catch (error) {
    console.error(error);
    settle(error);
  }
}

// A second copy of the library on the page (another version's files, an npm copy that set it)
// keeps the first one's API, whose classes are the ones the tags were defined with:
// registerAdapter() and instanceof then keep working.
if (!existing?.NewsList) {
  // Loaded without the loader (as a module of its own), it makes `window.NewsElements` itself.
  start(existing ?? newGlobal());
}
