// A group alone, with stand-in members: members hear of every change and only of changes, with
// how it came and where focus goes; settings come by precedence, whatever the members' order;
// links name the view.
import { expect } from '@open-wc/testing';
import type { EndpointConfig } from '../../src/data/adapter.js';
import type { ClientOptions } from '../../src/data/client.js';
import type { GroupMember, MemberKind } from '../../src/controllers/group-settings.js';
import { NewsGroup, type SelectionChange } from '../../src/controllers/group.js';

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
  it('has its members render when the client knows more, and tells its subscribers how each change came', () => {
    const group = new NewsGroup('unit-notify');
    const tabs = member('tabs');
    const list = member('list');
    group.members.add(tabs);
    group.members.add(list);
    const changes: SelectionChange[] = [];
    const stop = group.store.subscribe((change) => changes.push(change));
    group.client.dispatchEvent(new Event('categories'));
    expect([tabs.updates, list.updates], 'the client knows new categories').to.deep.equal([1, 1]);
    group.navigate({ articleId: 'a1' }, 'article');
    group.select({ articleId: null }, 'list');
    group.select({ articleId: null });
    stop();
    expect(changes.map(({ origin, focus, current }) => [origin, focus, current.articleId])).to.deep.equal([
      ['user', 'article', 'a1'],
      ['page', 'list', null],
    ]);
  });

  it('merges its members’ settings: a list’s first, then the tabs’, then the article’s, in either order', () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      for (const order of ['tabs first', 'list first']) {
        const group = new NewsGroup(`unit-config-${order}`);
        expect(group.adapterName).to.equal('native');
        expect(group.pageSize).to.equal(10);
        const tabs = member('tabs', { endpointPart: () => ({ src: '/a.json', categoriesSrc: '/cats.json' }), clientOptions: () => ({ timeout: 500, retries: 1 }) });
        const list = member('list', { pageSizeWanted: 4, endpointPart: () => ({ src: '/b.json', articleSrc: '/article/{id}' }), clientOptions: () => ({ timeout: 900 }) });
        for (const one of order === 'tabs first' ? [tabs, list] : [list, tabs]) group.members.add(one);
        group.membersChanged();
        expect(group.config, order).to.include({ src: '/b.json', categoriesSrc: '/cats.json', articleSrc: '/article/{id}' });
        expect(group.client.options, order).to.deep.equal({ timeout: 900, retries: 1 });
        expect(group.pageSize).to.equal(4);
        expect(group.has('list')).to.be.true;
        expect(group.hasDetailView).to.be.false;
        group.members.add(member('article', { isDetailView: true }));
        expect(group.hasDetailView).to.be.true;
      }
      // Each disagreement is told once per group (src and timeout), naming both values.
      const told = warnings.map((args) => String(args[0]));
      expect(told).to.have.length(4);
      expect(told.filter((text) => text.includes('src to "/a.json"') && text.includes('"/b.json"'))).to.have.length(2);
      expect(told.filter((text) => text.includes('timeout to 500') && text.includes('uses 900'))).to.have.length(2);
    } finally {
      console.warn = warn;
    }
  });

  it('a default given is a setting: a list’s adapter "native" and an article’s url-param "id" come first', () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const group = new NewsGroup('unit-defaults');
      group.members.add(member('article', { adapter: 'wordpress', adapterName: 'wordpress', urlParam: 'id' }));
      group.members.add(member('article', { urlParam: 'newsId' }));
      group.members.add(member('list', { adapter: 'native' }));
      group.membersChanged();
      expect(group.adapterName).to.equal('native');
      // Of two articles, the first in the page comes first, with its url-param "id".
      expect(group.urlParam).to.equal('id');
      const told = warnings.map((args) => String(args[0]));
      expect(told.some((text) => text.includes('adapter to "wordpress"') && text.includes('uses "native"'))).to.be.true;
      expect(told.some((text) => text.includes('url-param to "newsId"') && text.includes('uses "id"'))).to.be.true;
      // Not given (null, or empty), a default is no setting: the article's adapter and url-param are the group's.
      const plain = new NewsGroup('unit-defaults-unset');
      plain.members.add(member('article', { adapter: 'wordpress', adapterName: 'wordpress', urlParam: 'newsId' }));
      plain.members.add(member('article', { urlParam: null }));
      plain.members.add(member('list', { adapter: '' }));
      plain.membersChanged();
      expect(plain.adapterName).to.equal('wordpress');
      expect(plain.urlParam).to.equal('newsId');
    } finally {
      console.warn = warn;
    }
  });

  it('with URL state, a link names the whole view, and another category its page 1', () => {
    // (That a choice is a history entry is for test/elements/url-state.test.ts: history entries
    // cannot be taken back, and Firefox keeps 50 of them for all the test files it runs together.)
    const group = new NewsGroup('unit-url');
    group.members.add(member('list', { urlState: 'unit' }));
    group.membersChanged();
    group.select({ category: 'faq', page: 2 });
    expect(group.urlPrefix).to.equal('unit');
    const view = new URL(group.hrefFor({})!, location.href).searchParams;
    expect([view.get('unit-category'), view.get('unit-page')]).to.deep.equal(['faq', '2']);
    expect(new URL(group.hrefFor({ category: 'news' })!, location.href).searchParams.has('unit-page')).to.be.false;
    expect(new URL(group.hrefFor({ articleId: 'a9' })!, location.href).searchParams.get('unit-article')).to.equal('a9');
    group.end();
  });

  it('without URL state, a choice changes the selection and writes no history', () => {
    const group = new NewsGroup('unit-no-url');
    group.members.add(member('list'));
    group.membersChanged();
    const length = history.length;
    const href = window.location.href;
    group.navigate({ page: 2 });
    expect(group.selection.page).to.equal(2);
    expect([history.length, window.location.href]).to.deep.equal([length, href]);
  });

  it('without URL state, links name the article alone, in the article element’s parameter', () => {
    const group = new NewsGroup('unit-plain');
    group.members.add(member('article', { urlParam: 'newsId' }));
    expect(group.urlPrefix).to.equal(null);
    expect(group.hrefFor({ page: 2 })).to.equal(undefined);
    expect(new URL(group.hrefFor({ articleId: 'a1' })!, location.href).searchParams.get('newsId')).to.equal('a1');
  });
});
