// 8. Long tasks: every main-thread task over 50 ms (PerformanceObserver 'longtask') while a
// 10,000-article whole-file list shows its first page, switches category and goes to page 125,
// and while a very large article body arrives and is shown (flat or nested). The article runs
// in Firefox and WebKit too, where the longest gap between frames stands in for long tasks.
import { loaded, nextPaint, sleep } from './frames.js';

const host = document.getElementById('host');

/** Every long task of the page so far: [start, end] in performance.now() time. */
const tasks = [];
/** Whether this engine reports long tasks (Chromium does; Firefox and WebKit have no 'longtask' entries). */
const hasLongTasks = PerformanceObserver.supportedEntryTypes?.includes('longtask') ?? false;
if (hasLongTasks) {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, end: entry.startTime + entry.duration, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * The long tasks that overlap [from, to], after the observer has been told about the last ones
 * (entries are delivered after their task, in a later one).
 */
async function tasksIn(from, to) {
  await sleep(60);
  const inside = tasks.filter((t) => t.end > from && t.start < to);
  return {
    durations: inside.map((t) => Math.round(t.duration)),
    longest: Math.round(Math.max(0, ...inside.map((t) => t.duration))),
    // Total blocking time: what each task holds the thread beyond 50 ms.
    blocking: Math.round(inside.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0)),
  };
}

/**
 * One run of the list: insert it (first page of All), then the FAQ category, then page 125
 * (the last page of FAQ). Each step runs from the change to the painted frame that shows it.
 */
async function list(run, { src, pageSize, category, page, lastTitle }) {
  host.replaceChildren();
  await nextPaint();
  const element = document.createElement('news-list');
  element.setAttribute('src', `${src}?run=${run}`);
  element.setAttribute('page-size', String(pageSize));
  const titles = () => [...element.shadowRoot.querySelectorAll('li.item')];
  const step = async (name, act) => {
    const ready = loaded(element);
    const start = performance.now();
    act();
    const readyAt = await ready;
    await element.updateComplete;
    const paintAt = await nextPaint();
    const shown = titles().length;
    if (shown !== pageSize) throw new Error(`${name}: the list shows ${shown} items, not ${pageSize}`);
    return { name, start, ready: readyAt - start, paint: paintAt - start, end: paintAt };
  };
  const steps = [
    await step('first page', () => host.append(element)),
    await step('category', () => {
      element.category = category;
    }),
    await step('page', () => {
      element.page = page;
    }),
  ];
  const last = titles().at(-1).querySelector('.title')?.textContent.trim();
  if (last !== lastTitle) throw new Error(`page ${page} ends with "${last}", not the file's last article "${lastTitle}"`);
  const out = {};
  for (const s of steps) out[s.name] = { ready: s.ready, paint: s.paint, ...(await tasksIn(s.start, s.end)) };
  element.remove();
  return out;
}

/**
 * One run of an article: insert <news-article article-id> and watch every animation frame until
 * the whole body is there. Times run from the arrival of the JSON (the response's last byte,
 * Resource Timing) to the first frame that has the first paragraph, the first screen (the body
 * reaching the bottom of the viewport), and the whole body (its last paragraph, `p.bench-end`,
 * at whatever depth). The longest gap between two frames is measured in every engine; long tasks
 * where the engine reports them (Chromium).
 */
async function article(run, { src, paragraphs, timeout = 120_000, css }) {
  host.replaceChildren();
  window.scrollTo(0, 0);
  performance.clearResourceTimings();
  await nextPaint();
  const element = document.createElement('news-article');
  const url = `${src}?run=${run}&id=`;
  element.setAttribute('article-src', `${url}{id}`);
  element.setAttribute('article-id', '1');
  const load = loaded(element, 'article');
  let first;
  let screen;
  let whole;
  let previous;
  const gaps = [];
  const frames = new Promise((resolve, reject) => {
    const give = setTimeout(() => reject(new Error(`the body was not whole after ${timeout / 1000} s (${screen ? 'first screen shown' : first ? 'first paragraph shown' : 'nothing shown'})`)), timeout);
    const frame = () => {
      const now = performance.now();
      if (previous !== undefined) gaps.push({ at: now, gap: now - previous });
      previous = now;
      const body = element.shadowRoot?.querySelector('[part~="body"]');
      if (body) {
        if (first === undefined && body.querySelector('p')) first = now;
        const end = body.querySelector('p.bench-end');
        if (screen === undefined && first !== undefined && (end || body.getBoundingClientRect().bottom >= innerHeight)) screen = now;
        if (end) {
          whole = now;
          clearTimeout(give);
          resolve();
          return;
        }
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const start = performance.now();
  host.append(element);
  // A variant's extra styles (to compare a rule with and without it), after the element's own.
  if (css) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    element.shadowRoot.adoptedStyleSheets = [...element.shadowRoot.adoptedStyleSheets, sheet];
  }
  await Promise.all([load, frames]);
  const arrival = performance.getEntriesByType('resource').find((e) => e.name.includes(url));
  if (!arrival) throw new Error('no Resource Timing entry for the article');
  const shown = element.shadowRoot.querySelector('[part~="body"]').querySelectorAll('p').length;
  if (shown < paragraphs) throw new Error(`the body shows ${shown} paragraphs, not ${paragraphs}`);
  if (window.__pwned !== undefined) throw new Error('an event handler of the body ran');
  const during = gaps.filter((g) => g.at > arrival.responseEnd);
  const result = {
    arrival: arrival.responseEnd - start,
    first: first - arrival.responseEnd,
    screen: screen - arrival.responseEnd,
    whole: whole - arrival.responseEnd,
    // The longest time the page went without a frame, from the JSON's arrival to the whole body.
    frameGap: Math.round(Math.max(0, ...during.map((g) => g.gap))),
    ...(hasLongTasks ? await tasksIn(start, whole) : {}),
  };
  element.remove();
  return result;
}

window.bench = {
  list,
  article,
  hasLongTasks,
  ready: Promise.all(['news-list', 'news-article'].map((t) => customElements.whenDefined(t))).then(() => true),
};
