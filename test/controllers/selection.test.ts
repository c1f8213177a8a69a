// The selection store alone: what a reader chose outlasts what an attribute proposes, a new
// category starts at page 1, and subscribers hear of every change once, with how it came.
import { expect } from '@open-wc/testing';
import { type SelectionChange, SelectionStore } from '../../src/controllers/selection.js';

describe('SelectionStore', () => {
  it('takes what an attribute proposes until a reader (or another attribute) has chosen', () => {
    const store = new SelectionStore();
    store.propose({ category: 'news', page: 2 });
    expect(store.value).to.deep.equal({ category: 'news', page: 2, articleId: null });
    store.select({ category: 'faq' }, { origin: 'user' });
    // A new category starts at page 1.
    expect(store.value).to.deep.equal({ category: 'faq', page: 1, articleId: null });
    // Chosen: a later proposal of the same field is not taken; an unchosen one still is.
    store.propose({ category: 'news', articleId: 'a1' });
    expect(store.value).to.deep.equal({ category: 'faq', page: 1, articleId: 'a1' });
  });

  it('a category and a page together: that page of that category', () => {
    const store = new SelectionStore();
    store.select({ page: 4 });
    store.select({ category: 'faq', page: 3 });
    expect(store.value).to.deep.equal({ category: 'faq', page: 3, articleId: null });
  });

  it('tells each subscriber of each change once, with what it was before, and stops when asked', () => {
    const store = new SelectionStore();
    const heard: SelectionChange[] = [];
    const stop = store.subscribe((change) => heard.push(change));
    store.select({ page: 2 });
    store.select({ page: 2 });
    store.propose({ page: 5 });
    store.select({ articleId: 'a7' }, { origin: 'user', focus: 'article' });
    stop();
    store.select({ page: 9 });
    expect(heard.map(({ previous, current, origin, focus }) => [previous.page, current.page, current.articleId, origin, focus])).to.deep.equal([
      [1, 2, null, 'page', undefined],
      [2, 2, 'a7', 'user', 'article'],
    ]);
  });

  it('hands out a new value on a change, never the one it held changed in place', () => {
    const store = new SelectionStore();
    const before = store.value;
    store.select({ category: 'news' });
    expect(before).to.deep.equal({ category: null, page: 1, articleId: null });
    expect(store.value).to.not.equal(before);
  });
});
