// Groups: the elements that share one selection (category, page, open article) and one data
// client. A group is named by the `group` attribute, or else by `adapter` + `src`; it lives while
// it has members, so two groups on a page never see each other's state or cache.

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EndpointConfig } from '../data/adapter.js';
import { type ClientOptions, NewsClient } from '../data/client.js';
import { type FocusTarget, type Selection, type SelectionChange, SelectionStore } from './selection.js';
import { DEFAULT_URL_PREFIX, UrlSync, urlParams } from './url-state.js';
import { pageSeeds } from '../prerender/seeds.js';

export type { Selection, SelectionChange };

export type MemberKind = 'tabs' | 'list' | 'article';

/** What an element tells its group about itself. */
export interface GroupMember extends ReactiveControllerHost {
  readonly memberKind: MemberKind;
  /** The group name, `src` and `adapter` the element was given. */
  readonly groupName: string | null;
  readonly endpointSrc: string | null;
  readonly adapterName: string;
  /** The parts of the endpoint configuration this element's attributes set. */
  endpointPart(): Partial<EndpointConfig>;
  /** Request options this element's attributes set (timeout, max age, retries). */
  clientOptions(): ClientOptions;
  /** An article element that shows the group's selection (no fixed `article-id`). */
  readonly isDetailView?: boolean;
  readonly pageSizeWanted?: number;
  /** The URL parameter an article element reads its id from. */
  readonly urlParam?: string;
  /** The `url-state` attribute: null (off), '' (on, default prefix) or a parameter prefix. */
  readonly urlState?: string | null;
  /** Called on each change of the group's selection, before the element renders again. */
  selectionChanged?(change: SelectionChange): void;
}


export const DEFAULT_PAGE_SIZE = 10;
export const DEFAULT_URL_PARAM = 'id';

export class NewsGroup {
  readonly key: string;
  readonly client = new NewsClient();
  readonly store = new SelectionStore();
  readonly members = new Set<GroupMember>();
  /** The URL state, while a member asks for it (`url-state`). */
  private urlSync?: UrlSync;

  constructor(key: string) {
    this.key = key;
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
    for (const member of this.members) {
      if (member.urlState !== null && member.urlState !== undefined) return member.urlState.trim() || DEFAULT_URL_PREFIX;
    }
    return null;
  }

  /** The query parameter that carries an article id in the page URL. */
  get urlParam(): string {
    if (this.urlSync) return urlParams(this.urlSync.prefix).article;
    for (const member of this.members) if (member.urlParam) return member.urlParam;
    return DEFAULT_URL_PARAM;
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

  /** Members joined or left, or changed their settings: the client's options and the URL state follow them. */
  membersChanged(): void {
    const options: ClientOptions = {};
    for (const member of this.members) {
      for (const [name, value] of Object.entries(member.clientOptions()) as [keyof ClientOptions, never][]) {
        if (value !== undefined && options[name] === undefined) options[name] = value;
      }
    }
    this.client.options = options;
    const prefix = this.urlPrefix;
    if (prefix !== (this.urlSync?.prefix ?? null)) {
      this.urlSync?.stop();
      this.urlSync = prefix === null ? undefined : new UrlSync(this.store, prefix);
      // Links change with it: the list's page links, the article's previous and next.
      this.notify();
    }
  }

  get adapterName(): string {
    for (const member of this.members) if (member.adapterName) return member.adapterName;
    return 'native';
  }

  /** The endpoint: each field from the first member that sets it. */
  get config(): EndpointConfig {
    const config: EndpointConfig = { src: '' };
    for (const member of this.members) {
      const part = member.endpointPart();
      config.src ||= part.src ?? '';
      config.categoriesSrc ??= part.categoriesSrc;
      config.articleSrc ??= part.articleSrc;
      config.mapping ??= part.mapping;
      config.noSticky ||= part.noSticky;
    }
    return config;
  }

  get pageSize(): number {
    for (const member of this.members) if (member.pageSizeWanted) return member.pageSizeWanted;
    return DEFAULT_PAGE_SIZE;
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
