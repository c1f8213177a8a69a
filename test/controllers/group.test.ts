// A group's selection rules alone, with stand-in members: what a user chose outlasts what an
// attribute proposes, a new category starts at page 1, members hear of every change and only of
// changes, the first member's settings win, and links name the view.
import { expect } from '@open-wc/testing';
import type { EndpointConfig } from '../../src/data/adapter.js';
import type { ClientOptions } from '../../src/data/client.js';
import { type GroupMember, type MemberKind, NewsGroup } from '../../src/controllers/group.js';

function member(memberKind: MemberKind, extra: Partial<GroupMember> = {}): GroupMember & { updates: number } {
  const stand = {
    updates: 0,
    memberKind,
    groupName: 'unit',
    endpointSrc: '/unit.json',
    adapterName: 'native',
    endpointPart: (): Partial<EndpointConfig> => ({ src: '/unit.json' }),
    clientOptions: (): ClientOptions => ({}),
    addController: () => undefined,
    removeController: () => undefined,
    requestUpdate() {
      stand.updates += 1;
    },
    updateComplete: Promise.resolve(true),
    ...extra,
  };
  return stand;
}

describe('NewsGroup', () => {
  it('takes what an attribute proposes until a user (or another attribute) has chosen', () => {
    const group = new NewsGroup('unit-propose');
    group.propose({ category: 'news', page: 2 });
    expect(group.selection).to.deep.equal({ category: 'news', page: 2, articleId: null });
    group.select({ category: 'faq' });
    // A new category starts at page 1.
    expect(group.selection).to.deep.equal({ category: 'faq', page: 1, articleId: null });
    // Chosen: a later proposal of the same field is not taken; an unchosen one still is.
    group.propose({ category: 'news', articleId: 'a1' });
    expect(group.selection).to.deep.equal({ category: 'faq', page: 1, articleId: 'a1' });
  });

  it('tells every member of a change, and of nothing else', () => {
    const group = new NewsGroup('unit-notify');
    const tabs = member('tabs');
    const list = member('list');
    group.members.add(tabs);
    group.members.add(list);
    group.select({ page: 3 });
    expect([tabs.updates, list.updates]).to.deep.equal([1, 1]);
    group.select({ page: 3 });
    group.propose({ page: 5 });
    expect([tabs.updates, list.updates], 'no change, no update').to.deep.equal([1, 1]);
  });

  it('merges its members’ settings: the first that sets each wins, defaults otherwise', () => {
    const group = new NewsGroup('unit-config');
    expect(group.adapterName).to.equal('native');
    expect(group.pageSize).to.equal(10);
    group.members.add(member('tabs', { endpointPart: () => ({ src: '/a.json', categoriesSrc: '/cats.json' }) }));
    group.members.add(member('list', { pageSizeWanted: 4, endpointPart: () => ({ src: '/b.json', articleSrc: '/article/{id}' }) }));
    expect(group.config).to.include({ src: '/a.json', categoriesSrc: '/cats.json', articleSrc: '/article/{id}' });
    expect(group.pageSize).to.equal(4);
    expect(group.has('list')).to.be.true;
    expect(group.hasDetailView).to.be.false;
    group.members.add(member('article', { isDetailView: true }));
    expect(group.hasDetailView).to.be.true;
  });

  it('with URL state, a link names the whole view, and another category its page 1', () => {
    // (That a choice is a history entry is for test/elements/url-state.test.ts: history entries
    // cannot be taken back, and Firefox keeps 50 of them for all the test files it runs together.)
    const group = new NewsGroup('unit-url');
    group.members.add(member('list', { urlState: 'unit' }));
    group.select({ category: 'faq', page: 2 });
    expect(group.urlPrefix).to.equal('unit');
    const view = new URL(group.hrefFor({})!).searchParams;
    expect([view.get('unit-category'), view.get('unit-page')]).to.deep.equal(['faq', '2']);
    expect(new URL(group.hrefFor({ category: 'news' })!).searchParams.has('unit-page')).to.be.false;
    expect(new URL(group.hrefFor({ articleId: 'a9' })!).searchParams.get('unit-article')).to.equal('a9');
  });

  it('without URL state, a choice changes the selection and writes no history', () => {
    const group = new NewsGroup('unit-no-url');
    group.members.add(member('list'));
    const length = history.length;
    const href = window.location.href;
    group.navigate({ page: 2 });
    expect(group.page).to.equal(2);
    expect([history.length, window.location.href]).to.deep.equal([length, href]);
  });

  it('without URL state, links name the article alone, in the article element’s parameter', () => {
    const group = new NewsGroup('unit-plain');
    group.members.add(member('article', { urlParam: 'newsId' }));
    expect(group.urlPrefix).to.equal(null);
    expect(group.hrefFor({ page: 2 })).to.equal(undefined);
    expect(new URL(group.hrefFor({ articleId: 'a1' })!).searchParams.get('newsId')).to.equal('a1');
  });
});
