// 3. Switching: a tab switch and a page change, with the answer cached in the group's client and
// without (a loopback endpoint), from the click to the next painted frame that shows it.
import { loaded, nextPaint, sleep } from './frames.js';

const host = document.getElementById('host');

/**
 * Clicks `control`, then times: `work` (click → the list's news-load, then a forced layout),
 * `paint` (→ after the next painted frame), and `frames`, the animation frames that began
 * between the click and the news-load (0: the change made the first frame after the click).
 */
async function measure(list, control) {
  await nextPaint();
  await sleep(20 + Math.random() * 17); // a random phase within the 60 Hz frame
  let frames = 0;
  let counting = true;
  const count = () => {
    if (!counting) return;
    frames += 1;
    requestAnimationFrame(count);
  };
  const ready = loaded(list);
  const start = performance.now();
  requestAnimationFrame(count);
  control.click();
  const readyAt = await ready;
  counting = false;
  const framesBefore = frames;
  list.getBoundingClientRect();
  document.documentElement.offsetHeight;
  const workAt = performance.now();
  const paintAt = await nextPaint();
  return { ready: readyAt - start, work: workAt - start, paint: paintAt - start, frames: framesBefore };
}

const tab = (tabs, category) => tabs.shadowRoot.querySelector(`[role=tab][data-category="${category}"]`);
const pageButton = (list, n) => list.shadowRoot.querySelector(`[part~=page][aria-label$=" ${n}"]`);

/**
 * One round in a fresh group (empty cache): load All; then uncached: tab → News, page 2;
 * then cached: tab → All, tab → News (page 1), page 2.
 */
async function round(run) {
  host.replaceChildren();
  await sleep(0);
  const src = `/api/list?n=240&run=${run}`;
  const tabs = document.createElement('news-tabs');
  tabs.setAttribute('src', src);
  tabs.setAttribute('categories-src', `/api/categories?run=${run}`);
  const list = document.createElement('news-list');
  list.setAttribute('src', src);
  list.setAttribute('page-size', '10');
  const first = loaded(list);
  const categories = loaded(tabs, 'categories');
  host.append(tabs, list);
  await Promise.all([first, categories]);
  await nextPaint();
  const out = {};
  out.tabUncached = await measure(list, tab(tabs, 'news'));
  out.pageUncached = await measure(list, pageButton(list, 2));
  out.tabCached = await measure(list, tab(tabs, ''));
  out.tabCached2 = await measure(list, tab(tabs, 'news'));
  out.pageCached = await measure(list, pageButton(list, 2));
  const shown = list.shadowRoot.querySelectorAll('li.item').length;
  if (shown !== 10) throw new Error(`list shows ${shown} items after the round`);
  return out;
}

window.bench = { round, ready: Promise.all(['news-tabs', 'news-list'].map((t) => customElements.whenDefined(t))).then(() => true) };
