// 6. Memory: mount the three elements (one group on a loopback endpoint), wait for the list, an
// open article and the tabs, and remove them; `cycles` times.
import { loaded } from './frames.js';

const host = document.getElementById('host');

async function cycle(i) {
  const box = document.createElement('div');
  const src = '/api/list?n=30';
  const tabs = document.createElement('news-tabs');
  tabs.setAttribute('src', src);
  tabs.setAttribute('categories-src', '/api/categories');
  const list = document.createElement('news-list');
  list.setAttribute('src', src);
  const article = document.createElement('news-article');
  article.setAttribute('src', src);
  article.setAttribute('article-src', '/api/article?n=30&id={id}');
  article.setAttribute('article-id', String(100030 - (i % 10)));
  const ready = Promise.all([loaded(list), loaded(tabs, 'categories'), loaded(article, 'article')]);
  box.append(tabs, list, article);
  host.append(box);
  await ready;
  box.remove();
}

window.bench = {
  ready: Promise.all(['news-tabs', 'news-list', 'news-article'].map((t) => customElements.whenDefined(t))).then(() => true),
  async cycles(count, start = 0) {
    for (let i = 0; i < count; i += 1) await cycle(start + i);
    // Let the groups' deferred clean-up (a microtask after the last member leaves) and timers run.
    await new Promise((resolve) => setTimeout(resolve, 100));
    return count;
  },
};
