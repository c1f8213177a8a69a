// The time-zone attribute: dates without a zone are wall-clock time there, and every date is
// shown there; without it, the viewer's zone. And parseDate, which reads them.
import { expect, fixture } from '@open-wc/testing';
import '../../src/define.js';
import '../helpers/reset.js';
import type { NewsArticle } from '../../src/elements/news-article/news-article.js';
import type { NewsList } from '../../src/elements/news-list/news-list.js';
import { parseDate } from '../../src/i18n/dates.js';
import { json, mockFetch, until, type FetchMock } from '../helpers/mock-fetch.js';
import { loaded, shadow, shadowAll, text } from '../helpers/elements.js';

let fetchMock: FetchMock | undefined;

/** An article element with a fixed id, published at `publishedAt`. */
async function articleAt(publishedAt: string, attributes: Record<string, string> = {}): Promise<NewsArticle> {
  fetchMock = mockFetch(() => json({ id: 7, title: 'Dated', publishedAt }));
  const element = document.createElement('news-article');
  element.setAttribute('article-src', '/zone-article/{id}');
  element.setAttribute('article-id', '7');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const load = loaded(element);
  await fixture(element);
  await load;
  return element;
}

/** A list of one article published at `publishedAt` (a second list in one test takes a `src` of its own). */
async function listAt(publishedAt: string, attributes: Record<string, string> = {}): Promise<NewsList> {
  fetchMock = mockFetch(() => json({ items: [{ id: 1, title: 'Dated', publishedAt }] }));
  const list = document.createElement('news-list');
  list.setAttribute('src', '/zone-list');
  for (const [name, value] of Object.entries(attributes)) list.setAttribute(name, value);
  const load = loaded(list);
  await fixture(list);
  await load;
  return list;
}

const shownTime = (element: HTMLElement) => text(shadow(element, 'time'));

/** The wall-clock time in `timeZone` of `instant`, written without a zone (`2025-02-12 09:30:00`). */
function wallTime(instant: number, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(instant)
      .map(({ type, value }) => [type, value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

describe('time-zone', () => {
  afterEach(() => {
    fetchMock?.restore();
    fetchMock = undefined;
  });

  it('Asia/Shanghai: a date without a zone is wall-clock time there (9:30 AM), and <time datetime> is the machine value', async () => {
    const element = await articleAt('2025-02-12 09:30:00', { 'time-zone': 'Asia/Shanghai' });
    expect(shownTime(element)).to.equal('February 12, 2025 at 9:30 AM');
    expect(shadow(element, 'time')!.getAttribute('datetime')).to.match(/^2025-02-12[T ]09:30:00$/);
  });

  it('Asia/Shanghai: a date with a zone is shown there', async () => {
    expect(shownTime(await articleAt('2025-02-12T09:30:00Z', { 'time-zone': 'Asia/Shanghai' }))).to.equal('February 12, 2025 at 5:30 PM');
  });

  it('America/New_York: 09:30 UTC shows as 4:30 AM', async () => {
    const element = await articleAt('2025-02-12T09:30:00Z', { 'time-zone': 'America/New_York' });
    expect(shownTime(element)).to.equal('February 12, 2025 at 4:30 AM');
    expect(shadow(element, 'time')!.getAttribute('datetime')).to.equal('2025-02-12T09:30:00Z');
  });

  it('a date alone is that day in any zone', async () => {
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Shanghai']) {
      expect(shownTime(await listAt('2025-02-12', { 'time-zone': zone, src: `/zone-list/${zone}` })), zone).to.equal('Feb 12, 2025');
    }
  });

  it('the day changes with the zone: the list says Feb 13 where it is already the 13th', async () => {
    expect(shownTime(await listAt('2025-02-12T12:00:00Z', { 'time-zone': 'Pacific/Kiritimati' }))).to.equal('Feb 13, 2025');
    expect(shownTime(await listAt('2025-02-12T12:00:00Z', { 'time-zone': 'Pacific/Pago_Pago', src: '/zone-list/Pacific/Pago_Pago' }))).to.equal('Feb 12, 2025');
  });

  it('relative dates count from the same instant: a wall time three hours ago there is "3 hours ago"', async () => {
    const threeHoursAgo = wallTime(Date.now() - 3 * 3600_000, 'Asia/Shanghai');
    expect(shownTime(await articleAt(threeHoursAgo, { 'time-zone': 'Asia/Shanghai', 'date-style': 'relative' }))).to.equal('3 hours ago');
    const inKiritimati = wallTime(Date.now() - 3 * 3600_000, 'Pacific/Kiritimati');
    expect(shownTime(await listAt(inKiritimati, { 'time-zone': 'Pacific/Kiritimati', 'date-style': 'relative' }))).to.equal('3 hours ago');
  });

  it('in the locale', async () => {
    expect(shownTime(await articleAt('2025-02-12 09:30:00', { 'time-zone': 'Asia/Shanghai', lang: 'zh-CN' }))).to.equal('2025年2月12日 09:30');
  });

  it('each element of a group uses its own attribute', async () => {
    const file = '/zone-group.json';
    fetchMock = mockFetch(() => json([{ id: 1, title: 'Dated', publishedAt: '2025-02-12T12:00:00Z' }]));
    const container = await fixture<HTMLDivElement>(`<div>
        <news-list src="${file}" time-zone="Pacific/Kiritimati"></news-list>
        <news-list src="${file}" time-zone="America/New_York"></news-list>
        <news-article src="${file}" article-id="1" time-zone="Asia/Shanghai"></news-article>
      </div>`);
    const [east, west] = container.querySelectorAll('news-list');
    const article = container.querySelector('news-article')!;
    await until(() => shadow(east, 'time') && shadow(west, 'time') && shadow(article, 'time'), 3000, 'the dates');
    expect(shownTime(east)).to.equal('Feb 13, 2025');
    expect(shownTime(west)).to.equal('Feb 12, 2025');
    expect(shownTime(article)).to.equal('February 12, 2025 at 8:00 PM');
    // A change of the attribute re-renders in the new zone.
    west.timeZone = 'Asia/Tokyo';
    await west.updateComplete;
    expect(shownTime(west)).to.equal('Feb 12, 2025');
    article.timeZone = 'Asia/Tokyo';
    await article.updateComplete;
    expect(shownTime(article)).to.equal('February 12, 2025 at 9:00 PM');
  });

  describe('without it, or with a zone Intl does not know', () => {
    let warnings: string[];
    const realWarn = console.warn;
    beforeEach(() => {
      warnings = [];
      console.warn = (...args: unknown[]) => {
        warnings.push(args.map(String).join(' '));
      };
    });
    afterEach(() => {
      console.warn = realWarn;
    });

    const viewerTime = (value: string) =>
      new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(value)).replace(/\s+/g, ' ');

    it('the viewer’s zone', async () => {
      expect(shownTime(await articleAt('2025-02-12T09:30:00Z'))).to.equal(viewerTime('2025-02-12T09:30:00Z'));
    });

    it('an unknown name: the viewer’s zone, and one console warning however many elements and renders', async () => {
      const element = await articleAt('2025-02-12T09:30:00Z', { 'time-zone': 'Mars/Olympus_Mons' });
      expect(shownTime(element)).to.equal(viewerTime('2025-02-12T09:30:00Z'));
      element.requestUpdate();
      await element.updateComplete;
      await listAt('2025-02-12T09:30:00Z', { 'time-zone': 'Mars/Olympus_Mons' });
      const zoneWarnings = warnings.filter((warning) => warning.includes('Mars/Olympus_Mons'));
      expect(zoneWarnings).to.have.length(1);
      expect(zoneWarnings[0]).to.contain('time-zone');
    });
  });

  describe('parseDate', () => {
    const iso = (value: string, zone?: string) => parseDate(value, zone)?.toISOString();

    it('takes a space for the T, and keeps the time', () => {
      expect(parseDate('2025-02-12 09:30:00')!.getHours()).to.equal(9);
      expect(parseDate('2025-02-12 09:30')!.getMinutes()).to.equal(30);
      expect(iso('2025-02-12 09:30:00Z')).to.equal('2025-02-12T09:30:00.000Z');
      expect(iso('2025-02-12 09:30:00 +08:00')).to.equal('2025-02-12T01:30:00.000Z');
    });

    it('reads offsets, fractions and a date alone', () => {
      expect(iso('2025-02-12T09:30:00+0800')).to.equal('2025-02-12T01:30:00.000Z');
      expect(iso('2025-02-12T09:30:00-05:30')).to.equal('2025-02-12T15:00:00.000Z');
      expect(iso('2025-02-12T09:30:00.1234Z')).to.equal('2025-02-12T09:30:00.123Z');
      expect(parseDate('2025-02-12')!.getDate()).to.equal(12);
      expect(parseDate('2025-02-12')!.getHours()).to.equal(0);
      expect(parseDate('2025-13-01')).to.equal(undefined);
      expect(parseDate('next Tuesday')).to.equal(undefined);
      expect(iso('Wed, 12 Feb 2025 09:30:00 GMT')).to.equal('2025-02-12T09:30:00.000Z');
    });

    it('a wall time in a zone', () => {
      expect(iso('2025-02-12 09:30:00', 'Asia/Shanghai')).to.equal('2025-02-12T01:30:00.000Z');
      expect(iso('2025-02-12', 'Asia/Shanghai')).to.equal('2025-02-11T16:00:00.000Z');
      expect(iso('2025-07-01T12:00:00', 'Europe/London')).to.equal('2025-07-01T11:00:00.000Z');
      expect(iso('2025-01-01T12:00:00', 'Europe/London')).to.equal('2025-01-01T12:00:00.000Z');
      expect(iso('2025-02-12T09:30:00Z', 'Asia/Shanghai'), 'a zone of its own wins').to.equal('2025-02-12T09:30:00.000Z');
      expect(iso('2025-06-15 08:00:00', 'Asia/Kolkata')).to.equal('2025-06-15T02:30:00.000Z');
    });

    it('either side of a daylight-saving change', () => {
      // New York: clocks go from 02:00 EST to 03:00 EDT on 9 March 2025, back from 02:00 EDT to 01:00 EST on 2 November.
      expect(iso('2025-03-09 01:30:00', 'America/New_York')).to.equal('2025-03-09T06:30:00.000Z');
      expect(iso('2025-03-09 03:30:00', 'America/New_York')).to.equal('2025-03-09T07:30:00.000Z');
      expect(iso('2025-11-02 00:30:00', 'America/New_York')).to.equal('2025-11-02T04:30:00.000Z');
      expect(iso('2025-11-02 03:00:00', 'America/New_York')).to.equal('2025-11-02T08:00:00.000Z');
      // A time that the change skips still gives an instant, an hour either way.
      expect(['2025-03-09T06:30:00.000Z', '2025-03-09T07:30:00.000Z']).to.include(iso('2025-03-09 02:30:00', 'America/New_York'));
      // Southern hemisphere: Sydney leaves daylight saving on 6 April 2025 at 03:00 AEDT.
      expect(iso('2025-04-05 12:00:00', 'Australia/Sydney')).to.equal('2025-04-05T01:00:00.000Z');
      expect(iso('2025-04-07 12:00:00', 'Australia/Sydney')).to.equal('2025-04-07T02:00:00.000Z');
    });

    it('the time of a list row is not shown, but its day is the zone’s', async () => {
      const list = await listAt('2025-02-12 23:30:00', { 'time-zone': 'Asia/Shanghai' });
      expect(shownTime(list)).to.equal('Feb 12, 2025');
      expect(shadowAll(list, 'time')).to.have.length(1);
    });
  });
});
