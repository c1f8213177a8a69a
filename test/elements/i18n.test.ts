import { expect, fixture } from '@open-wc/testing';
import '../../src/define.js';
import '../helpers/reset.js';
import type { NewsList } from '../../src/elements/news-list/news-list.js';
import { registerStrings } from '../../src/i18n/localize.js';
import { json, makeArticles, mockFetch, until, type FetchMock } from '../helpers/mock-fetch.js';
import { loaded, shadow, shadowAll, text } from '../helpers/elements.js';

let fetchMock: FetchMock;

/** A list in a wrapper with the given attributes (e.g. lang, dir), loaded; a second list in a test names a `src` of its own. */
async function listIn(wrapperAttributes: string, listAttributes = '', total = 23): Promise<NewsList> {
  fetchMock = mockFetch((url) => {
    const page = Number(url.searchParams.get('page'));
    const category = url.searchParams.get('category');
    return json({ items: makeArticles(total).slice((page - 1) * 10, page * 10), total, category });
  });
  const wrapper = await fixture<HTMLDivElement>(`<div ${wrapperAttributes}></div>`);
  const list = document.createElement('news-list');
  list.setAttribute('src', '/i18n');
  for (const attribute of listAttributes.match(/[\w-]+="[^"]*"/g) ?? []) {
    const [name, value] = attribute.split('=');
    list.setAttribute(name, value.slice(1, -1));
  }
  const load = loaded(list);
  wrapper.append(list);
  await load;
  return list;
}

const status = (list: NewsList) => text(shadow(list, '[role="status"]'));
const pageButtons = (list: NewsList) => shadowAll<HTMLButtonElement>(list, 'nav button');

describe('localization', () => {
  afterEach(() => fetchMock.restore());

  it('announces what arrived in a polite live region, with plural rules', async () => {
    const list = await listIn('');
    expect(status(list)).to.equal('Showing 1–10 of 23 articles');
    const one = await listIn('', 'src="/i18n-one"', 1);
    expect(status(one)).to.equal('Showing 1–1 of 1 article');
  });

  it('names the category in the announcement', async () => {
    const list = await listIn('', 'category="news"');
    expect(status(list)).to.equal('Showing 1–10 of 23 articles in news');
  });

  it('speaks Chinese under a zh-CN ancestor', async () => {
    const list = await listIn('lang="zh-CN"');
    expect(pageButtons(list).map(text)).to.deep.equal(['‹ 上一页', '1', '2', '3', '下一页 ›']);
    expect(pageButtons(list)[1].getAttribute('aria-label')).to.equal('第 1 页');
    expect(status(list)).to.equal('显示第 1–10 篇，共 23 篇文章');
    expect(text(shadow(list, 'time'))).to.match(/2026年/);
  });

  it('speaks Arabic right-to-left, with Arabic plural forms and mirrored arrows', async () => {
    const few = await listIn('lang="ar" dir="rtl"', 'src="/i18n-few"', 3);
    expect(status(few)).to.equal('عرض 1–3 من 3 مقالات');
    const list = await listIn('lang="ar" dir="rtl"');
    expect(status(list)).to.equal('عرض 1–10 من 23 مقالًا');
    const arrow = shadow(list, '.arrow')!;
    expect(getComputedStyle(arrow).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    const items = shadowAll(list, '.item');
    const thumbless = items[0].querySelector('.text')!.getBoundingClientRect();
    expect(Math.round(thumbless.right)).to.equal(Math.round(list.getBoundingClientRect().right));
  });

  it('takes lang on the element over its ancestors, and re-renders when a lang changes', async () => {
    const list = await listIn('lang="zh-CN"', 'lang="en"');
    expect(pageButtons(list)[0].textContent).to.contain('Previous');
    list.setAttribute('lang', 'ar');
    await until(() => pageButtons(list)[0].textContent!.includes('السابق'), 1000, 'Arabic after lang changed');
    list.removeAttribute('lang');
    await until(() => pageButtons(list)[0].textContent!.includes('上一页'), 1000, 'the ancestor’s Chinese');
  });

  it('falls back from a regional tag to its language, and from an unknown one to English', async () => {
    const zh = await listIn('lang="zh-Hans-CN"');
    expect(pageButtons(zh)[0].textContent).to.contain('上一页');
    const xx = await listIn('lang="xx"', 'src="/i18n-xx"');
    expect(pageButtons(xx)[0].textContent).to.contain('Previous');
  });

  it('overrides strings for one element', async () => {
    const list = await listIn('');
    list.strings = { previousPage: 'Newer', nextPage: 'Older' };
    await list.updateComplete;
    expect(pageButtons(list).map(text)).to.deep.equal(['‹ Newer', '1', '2', '3', 'Older ›']);
  });

  it('overrides strings for the whole page', async () => {
    registerStrings('fr', { previousPage: 'Précédent', nextPage: 'Suivant', page: 'Page {page}' });
    const list = await listIn('lang="fr"');
    expect(pageButtons(list).map(text)).to.deep.equal(['‹ Précédent', '1', '2', '3', 'Suivant ›']);
  });

  it('formats dates in the chosen style, or relative', async () => {
    const threeDaysAgo = new Date(Date.now() - 3 * 24 * 3600 * 1000 - 60_000).toISOString();
    fetchMock = mockFetch(() => json({ items: [{ id: 1, title: 'Recent', publishedAt: threeDaysAgo }, { id: 2, title: 'Old', publishedAt: '2025-04-17' }] }));
    const list = await fixture<NewsList>(`<news-list src="/dates" date-style="relative"></news-list>`);
    await until(() => shadowAll(list, 'time').length === 2, 2000, 'dates');
    expect(shadowAll(list, 'time').map(text)[0]).to.equal('3 days ago');
    list.dateStyle = 'full';
    await list.updateComplete;
    expect(shadowAll(list, 'time').map(text)[1]).to.equal('Thursday, April 17, 2025');
  });
});
