// 2. Render: from inserting <news-list> to N articles on screen, against hand-written DOM code
// that fetches the same JSON and builds the same rows. Both: `ready` (news-load / rows appended),
// `layout` (then a forced style and layout of the page), `paint` (then the next painted frame).
import { loaded, nextPaint } from './frames.js';

const host = document.getElementById('host');

function forceLayout(node) {
  node.getBoundingClientRect();
  return document.documentElement.offsetHeight;
}

/** <news-list src=… page-size=N>, inserted, until its `news-load`, then layout, then paint. */
async function element(n, run) {
  const list = document.createElement('news-list');
  list.setAttribute('src', `/api/list?n=${n}&run=${run}`);
  list.setAttribute('page-size', String(n));
  performance.mark('bench-run-start');
  if (window.benchProfile) console.profile('bench-run');
  const start = performance.now();
  const ready = loaded(list);
  host.append(list);
  const readyAt = await ready;
  forceLayout(list);
  const layoutAt = performance.now();
  if (window.benchProfile) console.profileEnd('bench-run');
  performance.mark('bench-run-end');
  const paintAt = await nextPaint();
  const rows = list.shadowRoot.querySelectorAll('li.item').length;
  if (rows !== n) throw new Error(`news-list showed ${rows} rows, not ${n}`);
  return { ready: readyAt - start, layout: layoutAt - start, paint: paintAt - start, startedAt: start };
}

/** The vanilla baseline: fetch, JSON, and one <li> per article (link, title, date, summary, thumbnail). */
async function vanilla(n, run) {
  performance.mark('bench-run-start');
  if (window.benchProfile) console.profile('bench-run');
  const start = performance.now();
  const response = await fetch(`/api/list?n=${n}&run=${run}&category=&page=1&pageSize=${n}`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const { items } = await response.json();
  const dates = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
  const ul = document.createElement('ul');
  ul.className = 'v-items';
  ul.setAttribute('aria-label', 'Articles');
  for (const article of items) {
    const li = document.createElement('li');
    li.className = 'v-item';
    if (article.image) {
      const thumb = document.createElement('div');
      thumb.className = 'v-thumb';
      const img = document.createElement('img');
      img.src = article.image.src;
      img.alt = '';
      img.loading = 'lazy';
      img.decoding = 'async';
      img.width = article.image.width;
      img.height = article.image.height;
      thumb.append(img);
      li.append(thumb);
    }
    const text = document.createElement('div');
    text.className = 'v-text';
    const title = document.createElement('div');
    title.className = 'v-title';
    title.setAttribute('role', 'heading');
    title.setAttribute('aria-level', '3');
    const link = document.createElement('a');
    link.href = article.url;
    link.textContent = article.title;
    title.append(link);
    const meta = document.createElement('p');
    meta.className = 'v-meta';
    const time = document.createElement('time');
    time.dateTime = article.publishedAt;
    time.textContent = dates.format(new Date(article.publishedAt));
    meta.append(time);
    const summary = document.createElement('p');
    summary.className = 'v-summary';
    summary.textContent = article.summary;
    text.append(title, meta, summary);
    li.append(text);
    ul.append(li);
  }
  host.append(ul);
  const readyAt = performance.now();
  forceLayout(ul);
  const layoutAt = performance.now();
  if (window.benchProfile) console.profileEnd('bench-run');
  performance.mark('bench-run-end');
  const paintAt = await nextPaint();
  return { ready: readyAt - start, layout: layoutAt - start, paint: paintAt - start, startedAt: start };
}

window.bench = {
  async run(kind, n, run) {
    host.replaceChildren();
    await nextPaint();
    globalThis.gc?.();
    await new Promise((resolve) => setTimeout(resolve, 30));
    const result = await (kind === 'element' ? element(n, run) : vanilla(n, run));
    return result;
  },
  ready: customElements.whenDefined('news-list').then(() => true),
};
