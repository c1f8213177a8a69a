// The script tag's library: the module that the classic loader (loader.ts) imports from beside
// itself, in dist/script-tag/. The same modules as the npm build, with Lit and the rest inside.
// It fills in `window.NewsElements`, runs the calls the page made before it arrived, and
// registers the tags: the tabs and the list at once, the article when its module (asked for now,
// alongside the list's first request, and preloaded by the loader) has arrived; all three together
// when the page already holds an article element, so that a list never renders before the article
// view of its group is known. `ready` settles after that.
// Lit's hydration support before the tags are registered: the elements take over a prerendered
// fragment (news-elements/ssr) instead of rendering it again.
import '../prerender/hydration.js';
import * as core from '../core.js';
import { register } from '../registration.js';
import { type NewsElementsGlobal, QUEUE, SETTLE, global, newGlobal, tellReader } from './protocol.js';

const existing = global.NewsElements;

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
    const articleOnPage = document.querySelector('news-article') !== null;
    if (!articleOnPage) register(first);
    import('../elements/news-article/news-article.js').then(
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
