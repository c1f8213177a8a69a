import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { press } from '../helpers/keys.js';
import '../../src/define.js';
import '../helpers/reset.js';
import type { NewsTabs } from '../../src/elements/news-tabs/news-tabs.js';
import type { NewsCategoryChangeEvent } from '../../src/events.js';
import { deferred, json, mockFetch, type FetchMock } from '../helpers/mock-fetch.js';
import { failed, loaded, shadow, shadowAll, text } from '../helpers/elements.js';

const categories = [
  { id: 'product-management', name: 'Product Management' },
  { id: 'news', name: 'News' },
  { id: 'faq', name: 'FAQ' },
];

let fetchMock: FetchMock;

async function tabsFixture(attributes = ''): Promise<NewsTabs> {
  const container = await fixture<HTMLDivElement>(
    `<div><news-tabs group="tabs" categories-src="/categories.json" ${attributes}></news-tabs></div>`,
  );
  const tabs = container.querySelector('news-tabs')!;
  if (!tabs.shadowRoot!.querySelector('[role="tab"][data-category="faq"]')) await loaded(tabs);
  return tabs;
}

const tabButtons = (tabs: NewsTabs) => shadowAll<HTMLButtonElement>(tabs, '[role="tab"]');

describe('<news-tabs>', () => {
  beforeEach(() => {
    fetchMock = mockFetch(() => json(categories));
  });
  afterEach(() => fetchMock.restore());

  describe('rendering', () => {
    it('shows All, then the categories, in a labelled tab list', async () => {
      const tabs = await tabsFixture();
      const list = shadow(tabs, '[role="tablist"]')!;
      expect(list.getAttribute('aria-label')).to.equal('News categories');
      expect(tabButtons(tabs).map(text)).to.deep.equal(['All', 'Product Management', 'News', 'FAQ']);
      expect(tabButtons(tabs).map((t) => t.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false', 'false']);
    });

    it('leaves All out with no-all and selects the first category', async () => {
      const tabs = await tabsFixture('no-all');
      await tabs.updateComplete;
      expect(tabButtons(tabs).map(text)).to.deep.equal(['Product Management', 'News', 'FAQ']);
      expect(tabs.category).to.equal('product-management');
      expect(tabButtons(tabs)[0].getAttribute('aria-selected')).to.equal('true');
    });

    it('starts on the category its attribute names', async () => {
      const tabs = await tabsFixture('category="news"');
      expect(tabButtons(tabs)[2].getAttribute('aria-selected')).to.equal('true');
    });

    it('fires news-load with the categories', async () => {
      const element = document.createElement('news-tabs');
      element.setAttribute('categories-src', '/categories.json');
      const load = loaded(element);
      document.body.append(element);
      const event = await load;
      expect(event.detail).to.deep.equal({ kind: 'categories', categories });
      element.remove();
    });

    it('is busy with placeholders while the categories load', async () => {
      fetchMock.restore();
      const answer = deferred<Response>();
      fetchMock = mockFetch(() => answer.promise);
      const tabs = await fixture<NewsTabs>(`<news-tabs categories-src="/slow.json"></news-tabs>`);
      await tabs.updateComplete;
      expect(shadow(tabs, '[role="tablist"]')!.getAttribute('aria-busy')).to.equal('true');
      expect(shadowAll(tabs, '.placeholder')).to.have.length(2);
      answer.resolve(json(categories));
      await loaded(tabs);
      expect(shadow(tabs, '[role="tablist"]')!.getAttribute('aria-busy')).to.equal('false');
    });

    it('scrolls sideways in a narrow column instead of widening it', async () => {
      // A one-column grid, as portals lay out a phone screen: the column must not grow to the tabs.
      const container = await fixture<HTMLDivElement>(
        `<div style="display: grid; grid-template-columns: 1fr; width: 220px"><div><news-tabs categories-src="/narrow.json"></news-tabs></div></div>`,
      );
      const tabs = container.querySelector('news-tabs')!;
      if (tabButtons(tabs).length < 4) await loaded(tabs);
      const list = shadow(tabs, '[role="tablist"]')!;
      expect(tabs.getBoundingClientRect().width).to.equal(220);
      expect(list.scrollWidth).to.be.greaterThan(list.clientWidth);
      expect(getComputedStyle(list).overflowX).to.equal('auto');
    });
  });

  describe('faded edges', () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const many = Array.from({ length: 8 }, (_, i) => ({ id: `c${i}`, name: `Category number ${i}` }));

    async function narrowTabs(dir: 'ltr' | 'rtl', width = 260) {
      fetchMock = mockFetch(() => json(many));
      const container = await fixture<HTMLDivElement>(`<div dir=${dir} style="width: ${width}px"><news-tabs categories-src="/many.json"></news-tabs></div>`);
      const tabs = container.querySelector('news-tabs')!;
      if (tabButtons(tabs).length < 9) await loaded(tabs);
      await frame();
      return { tabs, list: shadow(tabs, '[role="tablist"]')! };
    }

    const edges = (list: HTMLElement) => [list.hasAttribute('data-more-start'), list.hasAttribute('data-more-end')];

    for (const dir of ['ltr', 'rtl'] as const) {
      it(`marks the edges with tabs behind them, and fades them (${dir})`, async () => {
        const { list } = await narrowTabs(dir);
        expect(edges(list), 'at the start').to.deep.equal([false, true]);
        expect(getComputedStyle(list).maskImage).to.contain('gradient');

        const sign = dir === 'rtl' ? -1 : 1;
        list.scrollLeft = sign * 100;
        await oneEvent(list, 'scroll');
        expect(edges(list), 'in the middle').to.deep.equal([true, true]);

        list.scrollLeft = sign * list.scrollWidth;
        await oneEvent(list, 'scroll');
        expect(edges(list), 'at the end').to.deep.equal([true, false]);
        // The gradient runs from the start side: the left in ltr, the right in rtl.
        expect(getComputedStyle(list).maskImage).to.contain(dir === 'rtl' ? 'to left' : 'to right');
      });
    }

    it('keeps a tab reached with the arrow keys clear of the faded edge', async () => {
      // Wide enough for a tab between the two fades in every engine's default font.
      const { tabs, list } = await narrowTabs('ltr', 320);
      tabButtons(tabs)[0].focus();
      const fade = parseFloat(getComputedStyle(list).fontSize) * 2.5;
      for (let i = 1; i < 5; i++) {
        await sendKeys({ press: 'ArrowRight' });
        await frame();
        const tab = tabButtons(tabs)[i];
        expect(tabs.shadowRoot!.activeElement).to.equal(tab);
        expect(tab.offsetWidth, `tab ${i} fits between the fades`).to.be.below(list.clientWidth - 2 * fade);
        expect(tab.getBoundingClientRect().right, `tab ${i}`).to.be.at.most(list.getBoundingClientRect().right - fade + 1);
      }
    });

    it('marks nothing, and fades nothing, when every tab fits; and looks again when the column narrows', async () => {
      const { tabs, list } = await narrowTabs('ltr', 3000);
      expect(edges(list)).to.deep.equal([false, false]);
      expect(getComputedStyle(list).maskImage).to.equal('none');
      (tabs.parentElement as HTMLElement).style.width = '260px';
      await frame();
      expect(edges(list)).to.deep.equal([false, true]);
    });
  });

  describe('choosing a tab', () => {
    it('selects on click and fires a cancelable news-category-change', async () => {
      const tabs = await tabsFixture();
      const change = oneEvent(document, 'news-category-change') as Promise<NewsCategoryChangeEvent>;
      tabButtons(tabs)[3].click();
      const event = await change;
      expect(event.detail).to.deep.equal({ category: 'faq' });
      expect(event.cancelable && event.bubbles && event.composed).to.be.true;
      await tabs.updateComplete;
      expect(tabs.category).to.equal('faq');
      expect(tabButtons(tabs)[3].getAttribute('aria-selected')).to.equal('true');
      expect(tabButtons(tabs)[0].getAttribute('aria-selected')).to.equal('false');
    });

    it('keeps the current tab when the event is cancelled', async () => {
      const tabs = await tabsFixture();
      tabs.addEventListener('news-category-change', (event) => event.preventDefault(), { once: true });
      tabButtons(tabs)[2].click();
      await tabs.updateComplete;
      expect(tabs.category).to.equal(null);
      expect(tabButtons(tabs)[0].getAttribute('aria-selected')).to.equal('true');
    });

    it('reports null for All', async () => {
      const tabs = await tabsFixture('category="faq"');
      const change = oneEvent(tabs, 'news-category-change') as Promise<NewsCategoryChangeEvent>;
      tabButtons(tabs)[0].click();
      expect((await change).detail.category).to.equal(null);
    });

    it('follows the category property set by a script, without firing a change event', async () => {
      const tabs = await tabsFixture();
      let fired = false;
      tabs.addEventListener('news-category-change', () => (fired = true));
      tabs.category = 'news';
      await tabs.updateComplete;
      expect(tabButtons(tabs)[2].getAttribute('aria-selected')).to.equal('true');
      expect(fired).to.be.false;
    });
  });

  describe('keyboard', () => {
    it('has one tab in the Tab order: the selected one', async () => {
      const tabs = await tabsFixture('category="news"');
      expect(tabButtons(tabs).map((t) => t.tabIndex)).to.deep.equal([-1, -1, 0, -1]);
    });

    it('moves focus with the arrow keys, wrapping at both ends, without choosing', async () => {
      const tabs = await tabsFixture();
      const buttons = tabButtons(tabs);
      buttons[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(tabs.shadowRoot!.activeElement).to.equal(buttons[1]);
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' });
      expect(tabs.shadowRoot!.activeElement).to.equal(buttons[3]);
      await sendKeys({ press: 'ArrowRight' });
      expect(tabs.shadowRoot!.activeElement).to.equal(buttons[0]);
      await tabs.updateComplete;
      expect(tabButtons(tabs).map((t) => t.tabIndex)).to.deep.equal([0, -1, -1, -1]);
      expect(tabs.category).to.equal(null);
    });

    it('goes to the ends with Home and End, keeping one tab in the Tab order', async () => {
      const tabs = await tabsFixture();
      const buttons = tabButtons(tabs);
      buttons[0].focus();
      await sendKeys({ press: 'End' });
      expect(tabs.shadowRoot!.activeElement).to.equal(buttons[3]);
      await tabs.updateComplete;
      expect(buttons.map((t) => t.tabIndex)).to.deep.equal([-1, -1, -1, 0]);
      await sendKeys({ press: 'Home' });
      expect(tabs.shadowRoot!.activeElement).to.equal(buttons[0]);
    });

    it('chooses the focused tab with Enter and with Space', async () => {
      const tabs = await tabsFixture();
      tabButtons(tabs)[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Enter' });
      await tabs.updateComplete;
      expect(tabs.category).to.equal('product-management');
      await sendKeys({ press: 'ArrowRight' });
      await press('Space'); // ' ' where a driver has no 'Space' (test/helpers/keys.ts)
      await tabs.updateComplete;
      expect(tabs.category).to.equal('news');
    });

    it('mirrors the arrow keys right-to-left', async () => {
      const tabs = await tabsFixture('dir="rtl"');
      const buttons = tabButtons(tabs);
      buttons[0].focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(tabs.shadowRoot!.activeElement).to.equal(buttons[1]);
    });
  });

  describe('errors', () => {
    it('shows the error with a retry button, fires news-error, and recovers on retry', async () => {
      fetchMock.restore();
      let healthy = false;
      fetchMock = mockFetch(() => (healthy ? json(categories) : new Response('down', { status: 503 })));
      const element = document.createElement('news-tabs');
      element.setAttribute('categories-src', '/broken.json');
      element.setAttribute('retries', '0');
      const error = failed(element);
      document.body.append(element);
      expect((await error).detail.error.kind).to.equal('http');
      await element.updateComplete;
      expect(text(shadow(element, '[role="alert"]'))).to.contain('(503)');
      healthy = true;
      shadow<HTMLButtonElement>(element, '[part="retry"]')!.click();
      await loaded(element);
      expect(shadow(element, '[role="alert"]')).to.equal(null);
      expect(tabButtons(element as NewsTabs)).to.have.length(4);
      element.remove();
    });
  });
});
