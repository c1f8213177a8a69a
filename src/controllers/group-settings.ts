// The settings of a group, from its members' attributes: each as the first member by precedence
// sets it (a list, then tabs, then an article; of one kind, the first in the document), never by
// the order in which they were upgraded or connected. Members that disagree hear of it in the
// console, once.

import type { ReactiveControllerHost } from 'lit';
import type { EndpointConfig } from '../data/adapter.js';
import type { ClientOptions } from '../data/client.js';
import type { SelectionChange } from './selection.js';
import { DEFAULT_URL_PREFIX } from './url-state.js';

export type MemberKind = 'tabs' | 'list' | 'article';

/** What an element tells its group about itself. */
export interface GroupMember extends ReactiveControllerHost {
  readonly memberKind: MemberKind;
  /** The group name, `src` and `adapter` the element was given (`adapterName`: `native` unless given). */
  readonly groupName: string | null;
  readonly endpointSrc: string | null;
  readonly adapter?: string | null;
  readonly adapterName: string;
  /** The parts of the endpoint configuration this element's attributes set. */
  endpointPart(): Partial<EndpointConfig>;
  /** Request options this element's attributes set (timeout, max age, retries). */
  clientOptions(): ClientOptions;
  /** An article element that shows the group's selection (no fixed `article-id`). */
  readonly isDetailView?: boolean;
  readonly pageSizeWanted?: number;
  /** The URL parameter an article element reads its id from, if given (else the group's, or `id`). */
  readonly urlParam?: string | null;
  /** The `url-state` attribute: null (off), '' (on, default prefix) or a parameter prefix. */
  readonly urlState?: string | null;
  /** Called on each change of the group's selection, before the element renders again. */
  selectionChanged?(change: SelectionChange): void;
}


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

/** Settings each element has of its own, which the group takes from the first but no disagreement on which is warned of. */
const OWN = new Set(['article-src', 'page-size']);

/** The settings a member gives its group, by attribute name (undefined: not set). */
function settingsOf(member: GroupMember): Record<string, unknown> {
  const endpoint = member.endpointPart();
  // A default given (`adapter="native"`, as an attribute or a property) is a setting like any other.
  return {
    src: endpoint.src,
    adapter: member.adapter || undefined,
    'categories-src': endpoint.categoriesSrc,
    // An article's own `article-src` is its own: the group's is for the others (a list's links).
    'article-src': endpoint.articleSrc,
    mapping: endpoint.mapping,
    'no-sticky': endpoint.noSticky || undefined,
    // Lists may differ: the first list's is the one the tabs' fallback request asks with.
    'page-size': member.pageSizeWanted,
    'url-state': member.urlState === null || member.urlState === undefined ? undefined : member.urlState.trim() || DEFAULT_URL_PREFIX,
    'url-param': member.urlParam || undefined,
    ...Object.fromEntries(Object.entries(member.clientOptions()).map(([option, value]) => [CLIENT_OPTIONS[option as keyof ClientOptions], value])),
  };
}

/** Members by precedence; members of one kind in document order (not the order they were upgraded or connected in). */
function byPrecedence(a: GroupMember, b: GroupMember): number {
  const rank = PRECEDENCE[a.memberKind] - PRECEDENCE[b.memberKind];
  if (rank || typeof Node === 'undefined' || !(a instanceof Node) || !(b instanceof Node)) return rank;
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

export class GroupSettings {
  private readonly key: string;
  private readonly members: ReadonlySet<GroupMember>;
  /** The disagreements warned of (setting and value), each once. */
  private readonly warned = new Set<string>();

  constructor(key: string, members: ReadonlySet<GroupMember>) {
    this.key = key;
    this.members = members;
  }

  /** Every setting the members set, each as the first member by precedence sets it. */
  values(): Record<string, unknown> {
    return this.merge(false);
  }

  /** Warns, once for each disagreement, where two members set one setting to different values. */
  warnOfDisagreement(): void {
    this.merge(true);
  }

  /** The client's request options, each by the same rule. */
  clientOptions(): ClientOptions {
    const values = this.values();
    const options: Record<string, unknown> = {};
    for (const [option, attribute] of Object.entries(CLIENT_OPTIONS)) {
      if (values[attribute] !== undefined) options[option] = values[attribute];
    }
    return options as ClientOptions;
  }

  /** One pass over the members by precedence: the first value of each setting, and (`warn`) each disagreement told. */
  private merge(warn: boolean): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    const setBy = new Map<string, GroupMember>();
    for (const member of [...this.members].sort(byPrecedence)) {
      for (const [name, value] of Object.entries(settingsOf(member))) {
        if (value === undefined) continue;
        const first = setBy.get(name);
        if (!first) {
          values[name] = value;
          setBy.set(name, member);
          continue;
        }
        if (!warn || OWN.has(name)) continue;
        const [text, taken] = [JSON.stringify(value), JSON.stringify(values[name])];
        if (text === taken || this.warned.has(`${name} ${text}`)) continue;
        this.warned.add(`${name} ${text}`);
        console.warn(`news-elements: in group "${this.key}", <news-${member.memberKind}> sets ${name} to ${text}, but <news-${first.memberKind}> to ${taken}: the group uses ${taken} (a list's settings come first, then the tabs', then the article's).`, member);
      }
    }
    return values;
  }
}
