// A group's selection rules alone, with stand-in members: what a user chose outlasts what an
// attribute proposes, a new category starts at page 1, members hear of every change and only of
// changes, and a group with URL state writes history and links.
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

  it('with URL state, a user’s choice is a history entry and a link names the whole view', () => {
    const start = window.location.href;
    const group = new NewsGroup('unit-url');
    group.members.add(member('list', { urlState: 'unit' }));
    try {
      expect(group.urlPrefix).to.equal('unit');
      const length = history.length;
      group.navigate({ category: 'faq', page: 2 });
      expect(new URL(window.location.href).searchParams.get('unit-category')).to.equal('faq');
      expect(new URL(window.location.href).searchParams.get('unit-page')).to.equal('2');
      expect(history.length).to.equal(length + 1);
      // A link to another category starts at its page 1.
      expect(new URL(group.hrefFor({ category: 'news' })!).searchParams.has('unit-page')).to.be.false;
      expect(new URL(group.hrefFor({ articleId: 'a9' })!).searchParams.get('unit-article')).to.equal('a9');
    } finally {
      history.replaceState(history.state, '', start);
    }
  });

  it('without URL state, links name the article alone, in the article element’s parameter', () => {
    const group = new NewsGroup('unit-plain');
    group.members.add(member('article', { urlParam: 'newsId' }));
    expect(group.urlPrefix).to.equal(null);
    expect(group.hrefFor({ page: 2 })).to.equal(undefined);
    expect(new URL(group.hrefFor({ articleId: 'a1' })!).searchParams.get('newsId')).to.equal('a1');
  });
});
