// Groups: the elements that share one selection (category, page, open article) and one data
// client. A group is named by the `group` attribute, or else by `adapter` + `src`; it lives while
// it has members, so two groups on a page never see each other's state or cache. Its settings
// come from its members (group-settings.ts).

import type { ReactiveController } from 'lit';
import type { EndpointConfig } from '../data/adapter.js';
import { NewsClient } from '../data/client.js';
import { DEFAULT_URL_PARAM, type GroupMember, GroupSettings, type MemberKind } from './group-settings.js';
import { type FocusTarget, type Selection, type SelectionChange, SelectionStore } from './selection.js';
import { UrlSync, urlParams } from './url-state.js';
import { pageSeeds } from '../prerender/seeds.js';

export type { Selection, SelectionChange };

export const DEFAULT_PAGE_SIZE = 10;

export class NewsGroup {
  readonly key: string;
  readonly client = new NewsClient();
  readonly store = new SelectionStore();
  readonly members = new Set<GroupMember>();
  /** The URL state, while a member asks for it (`url-state`). */
  private urlSync?: UrlSync;
  /** The settings its members give it. */
  private readonly settings: GroupSettings;

  constructor(key: string) {
    this.key = key;
    this.settings = new GroupSettings(key, this.members);
    for (const type of ['refresh', 'stale', 'categories']) this.client.addEventListener(type, () => this.notify());
    // Prerendered: the names of the categories the server's client knew (the list's labels).
    const seed = pageSeeds().groups[key];
    if (seed) this.client.categoriesKnown = seed.categories;
  }

  /** A group in a load's inputs, as a prerendered fragment keys the load's value (src/prerender/seeds.ts). */
  toJSON(): string {
    return this.key;
  }

  get selection(): Readonly<Selection> {
    return this.store.value;
  }

  /** A reader's choice: changes the selection and, with URL state, adds a history entry. */
  navigate(change: Partial<Selection>, focus?: FocusTarget): void {
    this.store.select(change, { origin: 'user', focus });
  }

  /** A change an element's attribute or property asks for, or that needs no history entry. */
  select(change: Partial<Selection>, focus?: FocusTarget): void {
    this.store.select(change, { focus });
  }

  /** The prefix of the group's URL parameters when it keeps its selection in the URL, else null. */
  get urlPrefix(): string | null {
    return (this.settings.values()['url-state'] as string | undefined) ?? null;
  }

  /** The query parameter that carries an article id in the page URL. */
  get urlParam(): string {
    if (this.urlSync) return urlParams(this.urlSync.prefix).article;
    return (this.settings.values()['url-param'] as string | undefined) ?? DEFAULT_URL_PARAM;
  }

  /**
   * The link to this page showing the group with `change` applied (from the path on): the whole
   * selection with URL state, else just the article parameter. Undefined where there is nothing
   * to link to.
   */
  hrefFor(change: Partial<Selection>): string | undefined {
    let url: URL;
    if (this.urlSync) {
      url = new URL(this.urlSync.hrefFor(change));
    } else if (change.articleId) {
      url = new URL(globalThis.location.href);
      url.searchParams.set(this.urlParam, change.articleId);
    } else {
      return undefined;
    }
    // From the path on: a prerendered fragment's links mean the same wherever it was made.
    return url.pathname + url.search + url.hash;
  }

  /**
   * Members joined or left, or changed their settings: the client's options and the URL state
   * follow them, and members that disagree on a setting hear of it in the console.
   */
  membersChanged(): void {
    this.client.options = this.settings.clientOptions();
    this.settings.warnOfDisagreement();
    const prefix = this.urlPrefix;
    if (prefix !== (this.urlSync?.prefix ?? null)) {
      this.urlSync?.stop();
      this.urlSync = prefix === null ? undefined : new UrlSync(this.store, prefix);
      // Links change with it: the list's page links, the article's previous and next.
      this.notify();
    }
  }

  get adapterName(): string {
    return (this.settings.values().adapter as string | undefined) ?? 'native';
  }

  /** The endpoint, each field as the member that comes first by precedence (a list, then tabs, then an article) sets it. */
  get config(): EndpointConfig {
    const values = this.settings.values();
    return {
      src: (values.src as string | undefined) ?? '',
      categoriesSrc: values['categories-src'] as string | undefined,
      articleSrc: values['article-src'] as string | undefined,
      mapping: values.mapping as EndpointConfig['mapping'],
      noSticky: values['no-sticky'] as boolean | undefined,
    };
  }

  /** The page size of the group's first list (the tabs' fallback request is its first page). */
  get pageSize(): number {
    return (this.settings.values()['page-size'] as number | undefined) ?? DEFAULT_PAGE_SIZE;
  }

  has(kind: MemberKind, test: (member: GroupMember) => boolean = () => true): boolean {
    for (const member of this.members) if (member.memberKind === kind && test(member)) return true;
    return false;
  }

  /** Whether the group opens articles in place (it has an article element without a fixed id). */
  get hasDetailView(): boolean {
    return this.has('article', (member) => member.isDetailView === true);
  }

  /** Every member renders again. */
  notify(): void {
    for (const member of this.members) member.requestUpdate();
  }

  /** Ends the group: its URL state stops. */
  end(): void {
    this.urlSync?.stop();
    this.urlSync = undefined;
  }
}

const groups = new Map<string, NewsGroup>();

export function groupKey(member: GroupMember): string {
  return member.groupName ? `group:${member.groupName}` : `src:${member.adapterName}|${member.endpointSrc ?? ''}`;
}

/** The group of a key while it has members (for tests and debugging). */
export function findGroup(key: string): NewsGroup | undefined {
  return groups.get(key);
}

/** The groups on the page now (for prerendering, tests and debugging). */
export function liveGroups(): NewsGroup[] {
  return [...groups.values()];
}

/**
 * Ends every group now, and its client's cache and URL state with it: after a prerender, and in
 * tests after their elements have left the page, so that none meets another's answers or selection.
 */
export function endAllGroups(): void {
  for (const group of groups.values()) group.end();
  groups.clear();
}

/** Keeps an element in its group while it is connected, moving it when its group or src changes. */
export class GroupController implements ReactiveController {
  group?: NewsGroup;
  private readonly host: GroupMember;
  private unsubscribe?: () => void;

  constructor(host: GroupMember) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.join();
  }

  hostDisconnected(): void {
    this.leave();
  }

  hostUpdate(): void {
    if (this.group && this.group.key !== groupKey(this.host)) {
      this.leave();
      this.join();
    }
  }

  private join(): void {
    const key = groupKey(this.host);
    let group = groups.get(key);
    if (!group) {
      group = new NewsGroup(key);
      groups.set(key, group);
    }
    group.members.add(this.host);
    this.group = group;
    this.unsubscribe = group.store.subscribe((change) => {
      this.host.selectionChanged?.(change);
      this.host.requestUpdate();
    });
    group.membersChanged();
    group.notify();
  }

  private leave(): void {
    const group = this.group;
    if (!group) return;
    group.members.delete(this.host);
    this.unsubscribe?.();
    this.group = undefined;
    if (group.members.size) {
      group.membersChanged();
      group.notify();
      return;
    }
    // An element moved in the DOM leaves and rejoins at once: keep its group (and cache) for that.
    queueMicrotask(() => {
      if (group.members.size === 0 && groups.get(group.key) === group) {
        groups.delete(group.key);
        group.end();
      }
    });
  }
}
