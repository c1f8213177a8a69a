// The list's pager: one row on a phone (fewer page numbers and the arrows without their words in
// a narrow list, by a container query), the same names for assistive technology, and the current
// page still legible under the pointer.
import { expect, fixture } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import '../helpers/reset.js';
import type { NewsList } from '../../src/elements/news-list/news-list.js';
import { pageNumbers, responsivePageNumbers } from '../../src/elements/news-list/page-numbers.js';
import { json, makeArticles, mockFetch, type FetchMock } from '../helpers/mock-fetch.js';
import { loaded, shadow, shadowAll, text } from '../helpers/elements.js';

let fetchMock: FetchMock | undefined;

async function listOf(total: number, page: number, width: string): Promise<NewsList> {
  fetchMock = mockFetch(() => json({ items: makeArticles(10), total }));
  const container = await fixture<HTMLElement>(`<div style="width:${width}"></div>`);
  const list = document.createElement('news-list');
  list.setAttribute('src', '/api/pager');
  list.setAttribute('page', String(page));
  const load = loaded(list);
  container.append(list);
  await load;
  await list.updateComplete;
  return list;
}

/** What the pager shows: the text of each visible slot. */
const shown = (list: NewsList) =>
  shadowAll(list, 'nav .pages > li')
    .filter((li) => getComputedStyle(li).display !== 'none')
    .map((li) => text(li) || li.querySelector('[aria-label]')?.getAttribute('aria-label'));

describe('the pager', () => {
  afterEach(() => fetchMock?.restore());

  it('one bar for both widths: the wide slots, or the narrow ones, exactly as pageNumbers gives them', () => {
    for (let count = 1; count <= 30; count++) {
      for (let page = 1; page <= count; page++) {
        const slots = responsivePageNumbers(page, count);
        expect(slots.filter((s) => !s.narrow).map((s) => s.slot), `wide, page ${page} of ${count}`).to.deep.equal(pageNumbers(page, count, 1));
        expect(slots.filter((s) => !s.wide).map((s) => s.slot), `narrow, page ${page} of ${count}`).to.deep.equal(pageNumbers(page, count, 0));
      }
    }
  });

  it('in a wide list: every number near the current page, and the arrows with their words', async () => {
    const list = await listOf(200, 4, '800px');
    expect(shown(list)).to.deep.equal(['‹ Previous', '1', '2', '3', '4', '5', '…', '20', 'Next ›']);
    expect(shadow(list, '.page-label')!.getBoundingClientRect().width).to.be.greaterThan(20);
  });

  it('in a phone-wide list: fewer numbers, on one row, the arrows still named', async () => {
    const list = await listOf(200, 4, '340px');
    expect(shown(list)).to.deep.equal(['‹ Previous', '1', '…', '4', '…', '20', 'Next ›']);
    const tops = shadowAll(list, 'nav .pages > li')
      .filter((li) => getComputedStyle(li).display !== 'none')
      .map((li) => li.getBoundingClientRect().top);
    expect(new Set(tops).size, 'rows of the pager').to.equal(1);
    const nav = shadow(list, 'nav')!;
    expect(nav.scrollWidth).to.be.at.most(nav.clientWidth);
    // The words are out of sight, not out of the buttons' names.
    const previous = shadow(list, '[part~="page-previous"]')!;
    expect(text(previous)).to.equal('‹ Previous');
    expect(previous.querySelector('.page-label')!.getBoundingClientRect().width).to.be.at.most(1);
    await expect(list).to.be.accessible();
  });

  it('the current page keeps its colours under the pointer', async () => {
    const list = await listOf(60, 2, '800px');
    const current = shadow(list, '[aria-current="page"]')!;
    current.scrollIntoView({ block: 'center' });
    const before = getComputedStyle(current);
    const colours = { color: before.color, background: before.backgroundColor };
    const box = current.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    try {
      expect(current.matches(':hover')).to.equal(true);
      const hovered = getComputedStyle(current);
      expect({ color: hovered.color, background: hovered.backgroundColor }).to.deep.equal(colours);
      expect(hovered.color).not.to.equal(hovered.backgroundColor);
      // Another page still shows the hover.
      const other = shadowAll(list, '[part~="page"]:not([aria-current]):not([part~="page-previous"]):not([part~="page-next"])')[0];
      const otherBox = other.getBoundingClientRect();
      const resting = getComputedStyle(other).borderTopColor;
      await sendMouse({ type: 'move', position: [Math.round(otherBox.x + otherBox.width / 2), Math.round(otherBox.y + otherBox.height / 2)] });
      expect(getComputedStyle(other).borderTopColor).not.to.equal(resting);
    } finally {
      await resetMouse();
    }
  });
});
