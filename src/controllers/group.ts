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

/** Whose setting the group takes where members disagree: the list's, then the tabs', then the article's. */
const PRECEDENCE: Record<MemberKind, number> = { list: 0, tabs: 1, article: 2 };

/** The attribute that sets each client option. */
const CLIENT_OPTIONS: Record<keyof ClientOptions, string> = {
  timeout: 'timeout',
  maxAge: 'max-age',
  retries: 'retries',
  retryDelay: 'retry-delay',
  headers: 'request-headers',
  credentials: 'credentials',
  redirectOrigins: 'redirect-origins',
};

/** The settings a member gives its group, by attribute name (undefined: not set). */
function settingsOf(member: GroupMember): Record<string, unknown> {
  const endpoint = member.endpointPart();
  return {
    src: endpoint.src,
    adapter: member.adapterName === 'native' ? undefined : member.adapterName,
    'categories-src': endpoint.categoriesSrc,
    mapping: endpoint.mapping,
    'no-sticky': endpoint.noSticky || undefined,
    'url-state': member.urlState === null || member.urlState === undefined ? undefined : member.urlState.trim() || DEFAULT_URL_PREFIX,
    'url-param': member.urlParam === DEFAULT_URL_PARAM ? undefined : member.urlParam,
    ...Object.fromEntries(Object.entries(member.clientOptions()).map(([option, value]) => [CLIENT_OPTIONS[option as keyof ClientOptions], value])),
  };
}

/** Members by precedence; members of one kind in document order (not the order they were upgraded or connected in). */
function byPrecedence(a: GroupMember, b: GroupMember): number {
  const rank = PRECEDENCE[a.memberKind] - PRECEDENCE[b.memberKind];
  if (rank || typeof Node === 'undefined' || !(a instanceof Node) || !(b instanceof Node)) return rank;
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

export class NewsGroup {
  readonly key: string;
  readonly client = new NewsClient();
  readonly store = new SelectionStore();
  readonly members = new Set<GroupMember>();
  /** The URL state, while a member asks for it (`url-state`). */
  private urlSync?: UrlSync;
  /** The disagreements warned of (setting and value), each once. */
  private readonly warned = new Set<string>();

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
    return (this.setting('url-state') as string | undefined) ?? null;
  }

  /** The query parameter that carries an article id in the page URL. */
  get urlParam(): string {
    if (this.urlSync) return urlParams(this.urlSync.prefix).article;
    return (this.setting('url-param') as string | undefined) ?? DEFAULT_URL_PARAM;
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
    const options: Record<string, unknown> = {};
    for (const [option, attribute] of Object.entries(CLIENT_OPTIONS)) {
      const value = this.setting(attribute);
      if (value !== undefined) options[option] = value;
    }
    this.client.options = options as ClientOptions;
    this.warnOfDisagreement();
    const prefix = this.urlPrefix;
    if (prefix !== (this.urlSync?.prefix ?? null)) {
      this.urlSync?.stop();
      this.urlSync = prefix === null ? undefined : new UrlSync(this.store, prefix);
      // Links change with it: the list's page links, the article's previous and next.
      this.notify();
    }
  }

  get adapterName(): string {
    return (this.setting('adapter') as string | undefined) ?? 'native';
  }

  /** The endpoint, each field as the member that comes first by precedence (a list, then tabs, then an article) sets it. */
  get config(): EndpointConfig {
    return {
      src: (this.setting('src') as string | undefined) ?? '',
      categoriesSrc: this.setting('categories-src') as string | undefined,
      // An article's own `article-src` is its own: the group's is for the others (a list's links).
      articleSrc: this.ranked().find((member) => member.endpointPart().articleSrc)?.endpointPart().articleSrc,
      mapping: this.setting('mapping') as EndpointConfig['mapping'],
      noSticky: this.setting('no-sticky') as boolean | undefined,
    };
  }

  /** The page size of the group's first list (the tabs' fallback request is its first page). */
  get pageSize(): number {
    return this.ranked().find((member) => member.pageSizeWanted)?.pageSizeWanted ?? DEFAULT_PAGE_SIZE;
  }

  has(kind: MemberKind, test: (member: GroupMember) => boolean = () => true): boolean {
    for (const member of this.members) if (member.memberKind === kind && test(member)) return true;
    return false;
  }

  /** Whether the group opens articles in place (it has an article element without a fixed id). */
  get hasDetailView(): boolean {
    return this.has('article', (member) => member.isDetailView === true);
  }

  /** The value of a setting: that of the first member by precedence that sets it. */
  private setting(name: string): unknown {
    for (const member of this.ranked()) {
      const value = settingsOf(member)[name];
      if (value !== undefined) return value;
    }
    return undefined;
  }

  private ranked(): GroupMember[] {
    return [...this.members].sort(byPrecedence);
  }

  /** Warns, once for each disagreement, where two members set one setting to different values. */
  private warnOfDisagreement(): void {
    const first = new Map<string, [GroupMember, string]>();
    for (const member of this.ranked()) {
      for (const [name, value] of Object.entries(settingsOf(member))) {
        if (value === undefined) continue;
        const text = JSON.stringify(value);
        const taken = first.get(name);
        if (!taken) {
          first.set(name, [member, text]);
        } else if (taken[1] !== text && !this.warned.has(`${name} ${text}`)) {
          this.warned.add(`${name} ${text}`);
          console.warn(`news-elements: in group "${this.key}", <news-${member.memberKind}> sets ${name} to ${text}, but <news-${taken[0].memberKind}> to ${taken[1]}: the group uses ${taken[1]} (a list's settings come first, then the tabs', then the article's).`, member);
        }
      }
    }
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
