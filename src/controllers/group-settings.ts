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

export class GroupSettings {
  private readonly key: string;
  private readonly members: ReadonlySet<GroupMember>;
  /** The disagreements warned of (setting and value), each once. */
  private readonly warned = new Set<string>();

  constructor(key: string, members: ReadonlySet<GroupMember>) {
    this.key = key;
    this.members = members;
  }

  /** The value of a setting: that of the first member by precedence that sets it. */
  get(name: string): unknown {
    for (const member of this.ranked()) {
      const value = settingsOf(member)[name];
      if (value !== undefined) return value;
    }
    return undefined;
  }

  ranked(): GroupMember[] {
    return [...this.members].sort(byPrecedence);
  }

  /** Warns, once for each disagreement, where two members set one setting to different values. */
  warnOfDisagreement(): void {
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

  /** The client's request options, each by the same rule. */
  clientOptions(): ClientOptions {
    const options: Record<string, unknown> = {};
    for (const [option, attribute] of Object.entries(CLIENT_OPTIONS)) {
      const value = this.get(attribute);
      if (value !== undefined) options[option] = value;
    }
    return options as ClientOptions;
  }
}
