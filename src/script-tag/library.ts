// The script tag's library: the module that the classic loader (loader.ts) imports from beside
// itself, in dist/script-tag/. The same modules as the npm build, with Lit and the rest inside.
// It fills in `window.NewsElements`, runs the calls the page made before it arrived, and
// registers the tags: the tabs and the list at once, the article when its module (asked for
// now, alongside the list's first request) has arrived. `ready` settles after that.
import * as core from '../core.js';
import { register } from '../registration.js';
import { type NewsElementsGlobal, QUEUE, SETTLE, global } from './protocol.js';

const articleModule = import('../elements/news-article/news-article.js');

const existing = global.NewsElements;
// A second copy of the library on the page (another version's tag, an npm copy that set it)
// keeps the first one's API, whose classes are the ones the tags were defined with:
// registerAdapter() and instanceof then keep working.
if (!existing?.NewsList) {
  const target: NewsElementsGlobal = existing ?? { ready: Promise.resolve(undefined as never) };
  const queue = target[QUEUE] ?? [];
  const settle = target[SETTLE];
  delete target[QUEUE];
  delete target[SETTLE];
  Object.assign(target, core);
  if (!existing) target.ready = articleModule.then(() => target);
  global.NewsElements = target;
  for (const [name, args] of queue) (core[name] as (...args: unknown[]) => void)(...args);
  register([
    ['news-tabs', core.NewsTabs],
    ['news-list', core.NewsList],
  ]);
  articleModule.then(
    ({ NewsArticle }) => {
      const defineElements = (): void =>
        register([
          ['news-tabs', core.NewsTabs],
          ['news-list', core.NewsList],
          ['news-article', NewsArticle],
        ]);
      defineElements();
      Object.freeze(Object.assign(target, { NewsArticle, defineElements }));
      settle?.();
    },
    (error: unknown) => {
      console.error(error);
      settle?.(error);
    },
  );
}
