// Relative dates move on while the page stays open: a list or an article showing "5 minutes ago"
// says "2 hours ago" two hours later, with no request, rendered again by one timer a minute while
// the page is visible, and at once when it is shown again. The timer's callbacks are taken from
// setInterval (the real one still runs) and the clock moved by Date.now: no test waits a minute.
import { expect, fixture } from '@open-wc/testing';
import '../../src/define.js';
import '../helpers/reset.js';
import type { NewsArticle } from '../../src/elements/news-article/news-article.js';
import type { NewsList } from '../../src/elements/news-list/news-list.js';
import type { NewsTabs } from '../../src/elements/news-tabs/news-tabs.js';
import { CLOCK_PERIOD } from '../../src/i18n/clock.js';
import { json, mockFetch, until, type FetchMock } from '../helpers/mock-fetch.js';
import { loaded, shadow, text } from '../helpers/elements.js';

const MINUTE = 60_000;
const realNow = Date.now;
const realSetInterval = window.setInterval;
const realClearInterval = window.clearInterval;

/** The timers set meanwhile, each with its callback, and those cleared. */
let timers: { id: number; callback: () => void; period: number | undefined; cleared: boolean }[];
let fetchMock: FetchMock | undefined;

/** Moves the page's clock `ms` on (Date.now, which relative dates count from). */
function later(ms: number): void {
  Date.now = () => realNow.call(Date) + ms;
}

/** The page hidden or shown (as the browser tells it: `visibilityState`, then `visibilitychange`). */
function pageIs(state: 'hidden' | 'visible', tell = true): void {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  if (tell) document.dispatchEvent(new Event('visibilitychange'));
}

/** The timers not cleared. */
const running = () => timers.filter((timer) => !timer.cleared);

async function listOf(publishedAt: string, attributes = 'date-style="relative"'): Promise<NewsList> {
  fetchMock = mockFetch(() => json({ items: [{ id: 1, title: 'Fresh', publishedAt }] }));
  const list = document.createElement('div');
  list.innerHTML = `<news-list src="/relative-list" ${attributes}></news-list>`;
  const element = list.firstElementChild as NewsList;
  const load = loaded(element);
  await fixture(list);
  await load;
  return element;
}

const shownTime = (element: HTMLElement) => text(shadow(element, 'time'));

describe('relative dates on an open page', () => {
  beforeEach(() => {
    timers = [];
    window.setInterval = ((callback: () => void, period?: number) => {
      const id = realSetInterval(callback, period);
      timers.push({ id, callback, period, cleared: false });
      return id;
    }) as typeof window.setInterval;
    window.clearInterval = ((id?: number) => {
      for (const timer of timers) if (timer.id === id) timer.cleared = true;
      realClearInterval(id);
    }) as typeof window.clearInterval;
  });

  afterEach(() => {
    Date.now = realNow;
    window.setInterval = realSetInterval;
    window.clearInterval = realClearInterval;
    delete (document as { visibilityState?: string }).visibilityState;
    fetchMock?.restore();
    fetchMock = undefined;
  });

  it('a list says "2 hours ago" two hours after "5 minutes ago", rendered again by a timer of a minute, with no request', async () => {
    const list = await listOf(new Date(realNow() - 5 * MINUTE).toISOString());
    expect(shownTime(list)).to.equal('5 minutes ago');
    expect(running().map((timer) => timer.period)).to.deep.equal([CLOCK_PERIOD]);
    expect(CLOCK_PERIOD).to.equal(MINUTE);
    const requests = fetchMock!.requests.length;
    later(2 * 3600_000);
    running()[0].callback();
    await list.updateComplete;
    expect(shownTime(list)).to.equal('2 hours ago');
    expect(fetchMock!.requests.length).to.equal(requests);
  });

  it('one timer serves every element; it stops when the last one leaves the page', async () => {
    const publishedAt = new Date(realNow() - 5 * MINUTE).toISOString();
    fetchMock = mockFetch(() => json({ items: [{ id: 1, title: 'Fresh', publishedAt, body: '<p>Text</p>' }] }));
    const page = await fixture<HTMLDivElement>(`<div>
        <news-list src="/relative-both" date-style="relative"></news-list>
        <news-article src="/relative-both" article-id="1" date-style="relative"></news-article>
      </div>`);
    const list = page.querySelector<NewsList>('news-list')!;
    const article = page.querySelector<NewsArticle>('news-article')!;
    await until(() => shadow(list, 'time') && shadow(article, 'time'), 3000, 'the dates');
    expect(running()).to.have.length(1);
    later(3 * 3600_000);
    running()[0].callback();
    await list.updateComplete;
    await article.updateComplete;
    expect(shownTime(list)).to.equal('3 hours ago');
    expect(shownTime(article)).to.equal('3 hours ago');
    list.remove();
    expect(running()).to.have.length(1);
    article.remove();
    expect(running()).to.have.length(0);
    // Nor does the page's return start one: its listener left with the last element.
    document.dispatchEvent(new Event('visibilitychange'));
    expect(timers).to.have.length(1);
  });

  it('a page hidden from the start has no timer until it is shown', async () => {
    pageIs('hidden', false);
    const list = await listOf(new Date(realNow() - 5 * MINUTE).toISOString());
    expect(shownTime(list)).to.equal('5 minutes ago');
    expect(timers).to.have.length(0);
    later(10 * MINUTE);
    pageIs('visible');
    await list.updateComplete;
    expect(shownTime(list)).to.equal('15 minutes ago');
    expect(running().map((timer) => timer.period)).to.deep.equal([CLOCK_PERIOD]);
  });

  it('hidden, the page has no timer; shown again, its dates move on at once', async () => {
    const list = await listOf(new Date(realNow() - 5 * MINUTE).toISOString());
    pageIs('hidden');
    expect(running()).to.have.length(0);
    later(26 * 3600_000);
    pageIs('visible');
    await list.updateComplete;
    expect(shownTime(list)).to.equal('yesterday');
    expect(running().map((timer) => timer.period)).to.deep.equal([CLOCK_PERIOD]);
  });

  it('no timer for other date styles, nor for the tabs; one from the moment the style becomes relative, none after', async () => {
    const list = await listOf(new Date(realNow() - 5 * MINUTE).toISOString(), 'date-style="medium"');
    const tabs = await fixture<NewsTabs>(`<news-tabs src="/relative-list" date-style="relative"></news-tabs>`);
    await tabs.updateComplete;
    expect(running()).to.have.length(0);
    list.dateStyle = 'relative';
    await list.updateComplete;
    expect(shownTime(list)).to.equal('5 minutes ago');
    expect(running()).to.have.length(1);
    list.dateStyle = 'short';
    await list.updateComplete;
    expect(running()).to.have.length(0);
  });
});
