// Groups: the elements that share one selection (category, page, open article) and one data
// client. A group is named by the `group` attribute, or else by `adapter` + `src`; it lives while
// it has members, so two groups on a page never see each other's state or cache.

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EndpointConfig } from '../data/adapter.js';
import { type ClientOptions, NewsClient } from '../data/client.js';
import type { Article, Category } from '../data/model.js';
import { nextTask } from '../base/next-task.js';
import { DEFAULT_URL_PREFIX, type Selection, readSelection, urlParams, urlWith } from './url-state.js';

export type { Selection };

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
}


export const DEFAULT_PAGE_SIZE = 10;
export const DEFAULT_URL_PARAM = 'id';

export class NewsGroup {
  readonly key: string;
  readonly client = new NewsClient();
  readonly members = new Set<GroupMember>();
  category: string | null = null;
  page = 1;
  articleId: string | null = null;
  /** Goes up when the client has fresher answers: members reload (from memory, without a flash). */
  revision = 0;
  /** The articles of the list on show, in order: previous/next for the article view. */
  sequence: readonly Article[] = [];
  /** The categories last loaded by any member: names for list items under All. */
  categories: readonly Category[] = [];
  /** The prefix of the group's URL parameters when it keeps its selection in the URL, else null. */
  get urlPrefix(): string | null {
    for (const member of this.members) {
      if (member.urlState !== null && member.urlState !== undefined) return member.urlState.trim() || DEFAULT_URL_PREFIX;
    }
    return null;
  }

  /** The query parameter that carries an article id in the page URL. */
  get urlParam(): string {
    const prefix = this.urlPrefix;
    if (prefix !== null) return urlParams(prefix).article;
    for (const member of this.members) if (member.urlParam) return member.urlParam;
    return DEFAULT_URL_PARAM;
  }

  get selection(): Selection {
    return { category: this.category, page: this.page, articleId: this.articleId };
  }

  /**
   * The URL of this page showing the group with `change` applied: the whole selection with URL
   * state, else just the article parameter. Undefined where there is nothing to link to.
   */
  hrefFor(change: Partial<Selection>): string | undefined {
    const prefix = this.urlPrefix;
    if (prefix !== null) {
      const next = { ...this.selection, ...change };
      if (change.category !== undefined && change.category !== this.category && change.page === undefined) next.page = 1;
      return urlWith(prefix, next);
    }
    if (!change.articleId) return undefined;
    const url = new URL(window.location.href);
    url.searchParams.set(this.urlParam, change.articleId);
    return url.href;
  }

  /** A user's choice: changes the selection and, with URL state, adds a history entry. */
  navigate(change: Partial<Selection>): void {
    this.select(change);
    const prefix = this.urlPrefix;
    if (prefix === null) return;
    const href = urlWith(prefix, this.selection);
    if (href !== window.location.href) history.pushState(history.state, '', href);
  }

  /** Takes the selection from the page URL (on start-up with URL state, and on back/forward). */
  readUrl(initial: boolean): void {
    const prefix = this.urlPrefix;
    if (prefix === null) return;
    const selection = readSelection(prefix);
    if (initial) {
      // Only what the URL names overrides the elements' attributes.
      const named = new URL(window.location.href).searchParams;
      const names = urlParams(prefix);
      this.propose({
        category: named.has(names.category) ? selection.category : undefined,
        page: named.has(names.page) ? selection.page : undefined,
        articleId: named.has(names.article) ? selection.articleId : undefined,
      });
    } else {
      this.select(selection);
    }
  }
  /** Set when a user opens an article, so the article view takes focus once it has rendered. */
  focusArticle = false;
  /** The article a user came back from: the list focuses its link again. */
  returnFocusTo: string | null = null;
  private readonly chosen = new Set<keyof Selection>();

  /**
   * Set while a group made during the parsing of the page waits for the rest of its elements. A
   * portal's markup (script tag first, then tabs, list and article) upgrades each element as it
   * is parsed, and the first one's request would go out before the next had said its page size
   * or categories source: sent again with everyone's settings, it would reach the server twice.
   * Elements written together are usually parsed in the same task, so loads wait for the next
   * one (and tabs that need the list's page size wait for the list: untilList).
   */
  settling: Promise<void> | undefined;

  private listWait?: { promise: Promise<void>; resolve: () => void };

  /**
   * For tabs whose categories come with the list's first page (no categories source), in a page
   * still being parsed before the group has a list: a wait until a list joins (with its page
   * size) or the page is parsed. A header's tabs can be far above the list in the markup, more
   * than one parser task away. Undefined when there is nothing to wait for.
   */
  untilList(): Promise<void> | undefined {
    if (this.has('list') || document.readyState !== 'loading') return undefined;
    if (!this.listWait) {
      let resolve!: () => void;
      const promise = new Promise<void>((done) => (resolve = done));
      document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
      this.listWait = { promise, resolve };
    }
    return this.listWait.promise;
  }

  constructor(key: string) {
    this.key = key;
    if (document.readyState === 'loading') {
      this.settling = nextTask().then(() => {
        this.settling = undefined;
      });
    }
    this.client.addEventListener('refresh', () => {
      this.revision += 1;
      this.notify();
    });
    this.client.addEventListener('stale', () => this.notify());
  }

  /** The client's options: each from the first member that sets it. */
  configureClient(): void {
    const options: ClientOptions = {};
    for (const member of this.members) {
      for (const [name, value] of Object.entries(member.clientOptions()) as [keyof ClientOptions, never][]) {
        if (value !== undefined && options[name] === undefined) options[name] = value;
      }
    }
    this.client.options = options;
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

  /**
   * A value an element's attribute asks for at start-up: taken unless the group already has one
   * that a user action or another attribute chose.
   */
  propose(change: Partial<Selection>): void {
    const open: Partial<Selection> = {};
    for (const key of Object.keys(change) as (keyof Selection)[]) {
      if (change[key] !== undefined && !this.chosen.has(key)) Object.assign(open, { [key]: change[key] });
    }
    this.select(open);
  }

  /** Changes the selection; a new category starts at page 1. Members re-render. */
  select(change: Partial<Selection>): void {
    let changed = false;
    if (change.category !== undefined && change.category !== this.category) {
      this.category = change.category;
      this.page = 1;
      changed = true;
    }
    if (change.page !== undefined && change.page !== this.page) {
      this.page = change.page;
      changed = true;
    }
    if (change.articleId !== undefined && change.articleId !== this.articleId) {
      this.articleId = change.articleId;
      changed = true;
    }
    for (const key of Object.keys(change) as (keyof Selection)[]) if (change[key] !== undefined) this.chosen.add(key);
    if (changed) this.notify();
  }

  /** Ends the wait of untilList(). */
  listJoined(): void {
    this.listWait?.resolve();
    this.listWait = undefined;
  }

  notify(): void {
    for (const member of this.members) member.requestUpdate();
  }
}

const groups = new Map<string, NewsGroup>();

/** Back and forward: every group that keeps its selection in the URL reads it again. */
function onPopState(): void {
  for (const group of groups.values()) group.readUrl(false);
}
let listeningToHistory = false;

function watchHistory(on: boolean): void {
  if (on === listeningToHistory) return;
  listeningToHistory = on;
  if (on) window.addEventListener('popstate', onPopState);
  else window.removeEventListener('popstate', onPopState);
}

export function groupKey(member: GroupMember): string {
  return member.groupName ? `group:${member.groupName}` : `src:${member.adapterName}|${member.endpointSrc ?? ''}`;
}

/** The group of a key while it has members (for tests and debugging). */
export function findGroup(key: string): NewsGroup | undefined {
  return groups.get(key);
}

/** Keeps an element in its group while it is connected, moving it when its group or src changes. */
export class GroupController implements ReactiveController {
  group?: NewsGroup;
  private readonly host: GroupMember;

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
    const hadUrlState = group.urlPrefix !== null;
    group.members.add(this.host);
    this.group = group;
    if (this.host.memberKind === 'list') group.listJoined();
    group.configureClient();
    if (!hadUrlState && group.urlPrefix !== null) {
      group.readUrl(true);
      watchHistory(true);
    }
    group.notify();
  }

  private leave(): void {
    const group = this.group;
    if (!group) return;
    group.members.delete(this.host);
    this.group = undefined;
    if (group.members.size) {
      group.configureClient();
      group.notify();
      return;
    }
    // An element moved in the DOM leaves and rejoins at once: keep its group (and cache) for that.
    queueMicrotask(() => {
      if (group.members.size === 0 && groups.get(group.key) === group) groups.delete(group.key);
      if (![...groups.values()].some((g) => g.urlPrefix !== null)) watchHistory(false);
    });
  }
}
