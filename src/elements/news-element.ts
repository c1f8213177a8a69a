// The base every news element extends: the attributes they share (`src`, `adapter`, `group`),
// membership of a group, the locale and time zone, titles, and the error state with its retry
// button.

import { LitElement, adoptStyles, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { GroupController, type NewsGroup, type Selection } from '../controllers/group.js';
import type { LoadController } from '../controllers/load-controller.js';
import type { GroupMember, MemberKind } from '../controllers/group-settings.js';
import type { EndpointConfig } from '../data/adapter.js';
import type { ClientOptions } from '../data/client.js';
import type { NewsError } from '../base/errors.js';
import type { Article } from '../data/model.js';
import { watchClock } from '../i18n/clock.js';
import { checkTimeZone, formatDate, formatRelative, hasTime, parseDate } from '../i18n/dates.js';
import { localeOf, stringsFor, unwatchLocale, watchLocale } from '../i18n/localize.js';
import { format, type NewsStrings } from '../i18n/strings.js';
import { pageSeeds } from '../prerender/seeds.js';

/** How dates are shown: an `Intl.DateTimeFormat` date style, or relative ("3 days ago"). */
export type DateStyle = 'short' | 'medium' | 'long' | 'full' | 'relative';

/** A JSON attribute of string values (`request-headers`, `mapping`): the object, else null. */
function parseStringRecord(value: string | null): Record<string, string> | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return null;
  }
}

/** The origin of an absolute URL, as a list of one (none for what is not a URL). */
function originOf(url: string): string[] {
  try {
    return [new URL(url).origin];
  } catch {
    return [];
  }
}

/** A `heading-level` attribute as an aria-level: a whole number from 1 to 6, `fallback` when unset or not a number. */
export function headingLevel(value: number, fallback: number): number {
  return Math.min(Math.max(Math.trunc(value) || fallback, 1), 6);
}

/** What counts as a heading of the page: `<h1>`–`<h6>`, and any element marked up with a role and level. */
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"][aria-level]';

/** A heading's level as assistive technology reads it (`aria-level` first), or undefined for what is not a heading. */
function levelOf(element: Element): number | undefined {
  const role = element.getAttribute('role');
  if (role !== null && role.trim() !== 'heading') return undefined;
  if (element.closest('[hidden], [aria-hidden="true"]')) return undefined;
  const aria = Math.trunc(Number(element.getAttribute('aria-level')));
  if (aria >= 1) return aria;
  const tag = /^H([1-6])$/.exec(element.tagName);
  return tag ? Number(tag[1]) : undefined;
}

/**
 * The level one below the nearest heading before `element` in the page (an `<h1>` above gives 2,
 * at most 6), or undefined when none comes before it: its previous siblings and what they hold,
 * then its ancestors' previous siblings, up through shadow roots to their hosts.
 */
export function levelBelowHeadingBefore(element: Element): number | undefined {
  for (let node: Element | null = element; node; ) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      const inside = sibling.querySelectorAll(HEADINGS);
      for (let i = inside.length - 1; i >= -1; i--) {
        const level = levelOf(i < 0 ? sibling : inside[i]);
        if (level !== undefined) return Math.min(level + 1, 6);
      }
    }
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : node.parentElement;
  }
  return undefined;
}

/**
 * The base of `<news-tabs>`, `<news-list>` and `<news-article>`: the attributes they share (the
 * endpoint, its adapter and group, request options, dates), the theme tokens they all read (set
 * them on any ancestor), and the error state with its retry button. Not an element of its own.
 *
 * @csspart error - The error message (`role="alert"`), with the retry button where trying again can help.
 * @csspart retry - The "Try again" button.
 *
 * @cssprop {<color>} [--news-accent=#0b57d0] - The accent: chosen tab, current page, links, category names (dark: `#a8c7fa`).
 * @cssprop {<color>} [--news-text=currentColor] - Text colour (default: the page's).
 * @cssprop {<color>} [--news-muted=#5c5f66] - Secondary text: dates, summaries, labels (dark: `#b4b8bf`).
 * @cssprop {<color>} [--news-subtle=#f1f3f6] - Loading placeholders, quotes, notices (dark: `#2a2d33`).
 * @cssprop {<color>} [--news-border=#d5d9e0] - Rules, borders of buttons and tables (dark: `#4a4e55`).
 * @cssprop {<color>} [--news-control=#ffffff] - Background of buttons: retry, pagination, back (dark: `#1f2125`).
 * @cssprop {<color>} [--news-focus=#0b57d0] - Focus rings (dark: `#a8c7fa`).
 * @cssprop {<length>} [--news-radius=6px] - Corner radius of buttons, images and boxes.
 * @cssprop {<length>} [--news-space=1em] - Base spacing.
 * @cssprop {<number>} [--news-density=1] - A factor on all spacing: `0.75` dense, `1.25` airy.
 * @cssprop [--news-font=inherit] - Typeface (default: the page's).
 * @cssprop {<length>} [--news-font-size=medium] - Base font size; every size inside is in em of it.
 */
export abstract class NewsElement extends LitElement implements GroupMember {
  /** @internal Which kind of group member this is (for the group). */
  abstract readonly memberKind: MemberKind;

  /** The name of the note Lit's hydration support makes on the element (see createRenderRoot), if it made one. */
  private hydrationNote?: string;

  /** The time relative dates count from while a prerendered fragment is taken over: the server's. */
  private relativeTo?: number;

  /**
   * The load of what the element shows: whether its first render shows what the prerendered shadow
   * root shows (its seed), and when the server rendered that.
   */
  protected abstract get viewLoad(): Pick<LoadController<readonly unknown[], unknown>, 'showsPrerendered' | 'prerenderedAt' | 'value'>;

  protected readonly groupController = new GroupController(this);

  /**
   * The level one below the heading before this element in the page (`level` undefined when there
   * is none), read on the first render after connecting and after `heading-level` changes, not on
   * every render; undefined until then.
   */
  private levelFromPage: { level: number | undefined } | undefined;

  private syncedGroup?: NewsGroup;

  /** The endpoint: a URL, relative or absolute, possibly a template (`{category}`, `{page}`…). */
  @property() src: string | null = null;

  /**
   * Which shape the endpoint speaks: `native`, `wordpress`, `ghost`, `jsonfeed`, `strapi`,
   * `drupal`, `rss`, `mapping`, or a name given to `registerAdapter()`. Unset (null): the
   * group's, else `native`. A value given, `native` too, is a group setting like any other.
   * @default 'native'
   */
  @property() adapter: string | null = null;

  /**
   * Elements with the same group share one selection and one data client. Without it, elements
   * with the same `src` and `adapter` form a group.
   */
  @property() group: string | null = null;

  /**
   * Where the categories come from, if not from the list endpoint (`[Category]` or `{ items }`).
   * Any element of the group may set it; the list and the article use it for category names.
   */
  @property({ attribute: 'categories-src' }) categoriesSrc: string | null = null;

  /**
   * Keeps the group's category, page and open article in the page URL (`news-category`,
   * `news-page`, `news-article`), so reload, back/forward and shared links show the same view.
   * A value is a prefix for the parameters instead of `news` (two groups on one page).
   */
  @property({ attribute: 'url-state' }) urlState: string | null = null;

  /**
   * Milliseconds before a request fails with a `timeout` error (default 15000). Like every request
   * option (`max-age`, `retries`, `request-headers`, `credentials`, `redirect-origins`), it applies
   * to the group's shared client: where the group's elements disagree, a list's value wins, then the tabs', then the article's (with a console warning).
   */
  @property({ type: Number }) timeout: number | null = null;

  /** Seconds an answer counts as fresh; older ones show at once and are refreshed in the background (default 300). */
  @property({ type: Number, attribute: 'max-age' }) maxAge: number | null = null;

  /** How often a 5xx or network failure is tried again, with backoff (default 2). */
  @property({ type: Number }) retries: number | null = null;

  /**
   * Extra request headers, e.g. an API key: a property, or a JSON attribute
   * (`request-headers='{"X-Api-Key": "…"}'`). Invalid JSON is ignored.
   */
  @property({ attribute: 'request-headers', converter: { fromAttribute: parseStringRecord } }) requestHeaders: Record<string, string> | null = null;

  /** `fetch` credentials: `same-origin` (default), `include` (cookies to another origin) or `omit`. */
  @property() credentials: RequestCredentials | null = null;

  /**
   * Origins the endpoint may redirect to, space-separated (`https://cdn.example.com`). By default
   * an answer that arrives from another origin than the one asked, after redirects, is refused.
   */
  @property({ attribute: 'redirect-origins' }) redirectOrigins: string | null = null;

  /**
   * Host names images may come from, space-separated (`cdn.example.com img.example.com`): list
   * thumbnails, the article's image and poster, and in bodies `<img>`, `srcset`, `<source>` and
   * CSS images alike. The page's own origin is always allowed. Unset: any http(s) host.
   */
  @property({ attribute: 'image-hosts' }) imageHosts: string | null = null;

  /** For `adapter="wordpress"`: page 1 of All shows the posts in date order, without the sticky ones first. */
  @property({ type: Boolean, attribute: 'no-sticky' }) noSticky = false;

  /**
   * For `adapter="mapping"`: where things are in the endpoint's JSON, as field paths — a property,
   * or a JSON attribute: `mapping='{"items": "data.list", "total": "data.count", "title": "name"}'`.
   */
  @property({ converter: { fromAttribute: parseStringRecord } }) mapping: Record<string, string> | null = null;

  /** Overrides of the built-in strings for this element, e.g. `{ all: 'Everything' }`. */
  @property({ attribute: false }) strings: Partial<NewsStrings> = {};

  /**
   * How dates are shown: `short`, `medium`, `long`, `full` (Intl date styles) or `relative`
   * ("3 days ago", rendered again once a minute while the page is open). Default: `medium` in
   * the list, `long` with the time in the article.
   */
  @property({ attribute: 'date-style' }) dateStyle: DateStyle | null = null;

  /**
   * The IANA time zone dates are shown in, e.g. `Asia/Shanghai`; dates without a zone
   * (`2025-02-12 09:30:00`) are read as wall-clock time there. Default: the viewer's zone. An
   * unknown name falls back to it, with a console warning.
   */
  @property({ attribute: 'time-zone' }) timeZone: string | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!isServer) watchLocale(this);
    this.watchTime();
    this.levelFromPage = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLocale(this);
    this.watchTime();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // The list's and the article's `heading-level` (removed, the page decides again).
    if ((changed as Map<PropertyKey, unknown>).has('headingLevel')) this.levelFromPage = undefined;
    if (changed.has('dateStyle')) this.watchTime();
    // The group's settings (the article's `url-param` among them: a property of the article alone).
    const groupSettings: (keyof NewsElement | 'urlParam')[] = ['timeout', 'maxAge', 'retries', 'requestHeaders', 'credentials', 'redirectOrigins', 'urlState', 'adapter', 'categoriesSrc', 'mapping', 'noSticky', 'urlParam'];
    if (groupSettings.some((name) => (changed as Map<PropertyKey, unknown>).has(name))) {
      this.newsGroup?.membersChanged();
    }
  }

  override createRenderRoot(): HTMLElement | DocumentFragment {
    // Lit's hydration support (@lit-labs/ssr-client), given a prerendered shadow root, notes on
    // the element that its first render is to hydrate it. The note's name is minified in Lit's
    // builds: found as the property the support adds, to be cleared where it must not hydrate.
    const before = new Set(Object.keys(this));
    const root = super.createRenderRoot();
    this.hydrationNote = Object.keys(this).find((key) => !before.has(key) && (this as Record<string, unknown>)[key] === true);
    return root;
  }

  override update(changed: PropertyValues<this>): void {
    // A prerendered shadow root is taken over (hydrated) when this first render shows the view it
    // shows. Another view (the page URL names another page, the fragment is for other inputs), or
    // a fragment hydration cannot read (made by another version of the library), is rendered
    // anew instead; so is one met without Lit's hydration support (news-elements/hydrate), which
    // a render would add to. Relative dates ("3 days ago") are the server's time's: taken over
    // at that time (the fragment's), they are then rendered at the reader's, which changes their
    // text alone (an article body's iframes are not moved, so not reloaded). A fragment that does
    // not say its time is rendered anew. (The tabs show no dates.)
    // (`_$litPart$` is where lit-html keeps what it rendered into a root.)
    const note = this.hydrationNote;
    const root = this.shadowRoot;
    if (note && root && (this as Record<string, unknown>)[note] === true) {
      const { showsPrerendered, prerenderedAt, value } = this.viewLoad;
      // (An element that shows nothing loaded, an article with none chosen, shows no dates.)
      const relative = this.dateStyle === 'relative' && this.memberKind !== 'tabs' && value !== undefined;
      if (showsPrerendered && (!relative || prerenderedAt !== undefined)) {
        try {
          this.relativeTo = relative ? prerenderedAt : undefined;
          super.update(changed);
          if (relative) this.requestUpdate();
          return;
        } catch (error) {
          console.warn('news-elements: the prerendered fragment could not be taken over; rendered anew', error);
        } finally {
          this.relativeTo = undefined;
        }
      }
      (this as Record<string, unknown>)[note] = false;
      this.renderAnew(root);
    } else if (!this.hasUpdated && root?.firstChild && !('_$litPart$' in root)) {
      this.renderAnew(root);
    }
    super.update(changed);
  }

  /**
   * Makes sure the group's client knows the categories' names (for labels) when a categories
   * source is configured; a failure there only costs the names, so it is not the element's error.
   */
  protected async ensureCategories(group: NewsGroup, config: EndpointConfig, adapter: string, signal: AbortSignal): Promise<void> {
    if (group.client.categoriesKnown.length || !config.categoriesSrc) return;
    try {
      await group.client.categories(config, adapter, group.pageSize, { signal });
    } catch {
      // Names fall back to category ids.
    }
  }

  /**
   * Hands the selection this element's attributes or properties ask for to its group: on joining
   * a group as a proposal (the first element to ask wins), afterwards as a change.
   */
  protected syncSelection(wanted: Partial<Selection>): void {
    const group = this.newsGroup;
    if (!group) return;
    if (this.syncedGroup !== group) {
      this.syncedGroup = group;
      group.store.propose(wanted);
    } else if (Object.keys(wanted).length) {
      group.select(wanted);
    }
  }

  /** Empties a prerendered shadow root for a render of its own, with the element's styles. */
  private renderAnew(root: ShadowRoot): void {
    root.replaceChildren();
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
  }

  /** Relative dates move on while the element is in an open page (the tabs show no dates). */
  private watchTime(): void {
    if (!isServer) watchClock(this, this.isConnected && this.dateStyle === 'relative' && this.memberKind !== 'tabs');
  }

  /**
   * Turns a word of the host's `data-news-state` attribute on or off: `covered` (a list while its
   * group's article is open) and `idle` (a detail article with nothing chosen), which the
   * elements' styles hide and a portal's CSS can select. An attribute, not a custom state
   * (`:state()`): browsers before 2024 have none, or (Chrome before 125) throw on these names.
   */
  protected setState(name: string, on: boolean): void {
    // (Attribute methods, not `dataset`: a server that prerenders has no dataset.)
    const words = new Set((this.getAttribute('data-news-state') ?? '').split(' ').filter(Boolean));
    if (words.has(name) === on) return;
    if (on) words.add(name);
    else words.delete(name);
    if (words.size) this.setAttribute('data-news-state', [...words].join(' '));
    else this.removeAttribute('data-news-state');
  }

  /** The group while connected. */
  protected get newsGroup(): NewsGroup | undefined {
    return this.groupController.group;
  }

  /** The locale of labels and dates: `lang` here, else the nearest ancestor's, else the document's. */
  protected get locale(): string {
    return localeOf(this);
  }

  /** The strings to show: this element's overrides, then its locale's, then English. */
  protected get messages(): NewsStrings {
    const base = stringsFor(this.locale);
    return Object.keys(this.strings).length ? { ...base, ...this.strings } : base;
  }

  /** The time zone of `time-zone` if Intl knows it, else undefined (the viewer's). */
  protected get zone(): string | undefined {
    return checkTimeZone(this.timeZone);
  }

  /** A `<time>`'s text for an ISO date, in the element's locale, date style and time zone. */
  protected formatTime(value: string, fallbackStyle: Exclude<DateStyle, 'relative'>, withTime = false): string | undefined {
    const timeZone = this.zone;
    const date = parseDate(value, timeZone);
    if (!date) return undefined;
    const style = this.dateStyle ?? fallbackStyle;
    if (style === 'relative') return formatRelative(date, this.locale, isServer ? pageSeeds().renderedAt : this.relativeTo);
    const dateStyle = (['short', 'medium', 'long', 'full'] as const).includes(style) ? style : fallbackStyle;
    const options: Intl.DateTimeFormatOptions = withTime && hasTime(value) ? { dateStyle, timeStyle: 'short' } : { dateStyle };
    return formatDate(date, this.locale, timeZone ? { ...options, timeZone } : options);
  }

  /**
   * The level of the headings this element renders: `heading-level` when it says one, else one
   * below the nearest heading before the element in the page (an `<h1>` above gives 2), else
   * `fallback`.
   */
  protected headingLevelFor(attribute: number | null, fallback: number): number {
    if (attribute !== null && Math.trunc(attribute)) return headingLevel(attribute, fallback);
    // A server that prerenders sees no page around the element: `heading-level` or the fallback.
    this.levelFromPage ??= { level: isServer ? undefined : levelBelowHeadingBefore(this) };
    return this.levelFromPage.level ?? fallback;
  }

  /** An article's title as shown: its own, or the localized "Untitled" when it has none. */
  protected titleOf(article: Article): string {
    return typeof article.title === 'string' && article.title.trim() ? article.title : this.messages.untitled;
  }

  /** Whether trying again can help: not for an article that does not exist, nor a page set up wrong (API.md). */
  protected canRetry(error: NewsError): boolean {
    return error.kind !== 'not-found' && error.kind !== 'config';
  }

  /**
   * What the reader is told. The server's own words, where it gave some (an envelope's `msg`),
   * say more than a generic message, except where the kind alone says it all.
   */
  protected errorMessage(error: NewsError): string {
    const s = this.messages;
    if (error.kind === 'config') return format(s.errorConfig, { detail: error.message });
    if (error.kind !== 'not-found' && error.serverMessage) {
      // A 2xx status is the transport's, not the failure's (an error envelope answered with 200).
      const status = error.status !== undefined && (error.status < 200 || error.status > 299) ? error.status : undefined;
      return status === undefined
        ? format(s.errorServer, { message: error.serverMessage })
        : format(s.errorServerStatus, { message: error.serverMessage, status });
    }
    switch (error.kind) {
      case 'network':
        // One of the library's own files (the sanitizer, an adapter…), not the news server.
        return error.part ? s.errorScript : s.errorNetwork;
      case 'timeout':
        return s.errorTimeout;
      case 'http':
        return format(s.errorHttp, { status: error.status ?? '' });
      case 'parse':
        return s.errorParse;
      case 'not-found':
        return s.errorNotFound;
      default:
        return format(s.errorShape, { field: error.field ?? error.message });
    }
  }

  /** The notice over data kept on screen because refreshing it failed. */
  protected renderStaleNotice(): TemplateResult | typeof nothing {
    const error = this.newsGroup?.client.staleError;
    if (!error) return nothing;
    return html`<div class="notice" part="notice" role="status">
      <p>${this.messages.staleNotice} ${this.errorMessage(error)}</p>
      <button class="button" part="retry" type="button" @click=${() => this.newsGroup?.client.retryStale()}>${this.messages.retry}</button>
    </div>`;
  }

  /** The error message, with a retry button where trying again can help. */
  protected renderError(error: NewsError, retry: () => void): TemplateResult {
    return html`<div class="error" part="error" role="alert">
      <p>${this.errorMessage(error)}</p>
      ${this.canRetry(error) ? html`<button class="button" part="retry" type="button" @click=${retry}>${this.messages.retry}</button>` : nothing}
    </div>`;
  }

  /** @internal */
  get groupName(): string | null {
    return this.group;
  }

  /** @internal */
  get endpointSrc(): string | null {
    return this.src;
  }

  /** @internal */
  get adapterName(): string {
    return this.adapter || 'native';
  }

  /** @internal The parts of the group's endpoint configuration this element's attributes set. */
  endpointPart(): Partial<EndpointConfig> {
    const part: Partial<EndpointConfig> = {};
    if (this.src) part.src = this.src;
    if (this.categoriesSrc) part.categoriesSrc = this.categoriesSrc;
    if (this.mapping) part.mapping = this.mapping;
    if (this.noSticky) part.noSticky = true;
    return part;
  }

  /**
   * @internal What a prerendered fragment must have been made with for this element to take it
   * over: its language and the time zone its dates are written in (the list and the article add
   * their heading level).
   */
  prerenderContext(): unknown[] {
    return [this.locale, this.zone ?? new Intl.DateTimeFormat().resolvedOptions().timeZone];
  }

  /** @internal The request options this element's attributes set, for the group's client. */
  clientOptions(): ClientOptions {
    const positive = (value: number | null) => (value !== null && Number.isFinite(value) && value >= 0 ? value : undefined);
    const maxAge = positive(this.maxAge);
    const credentials = (['same-origin', 'include', 'omit'] as const).find((mode) => mode === this.credentials);
    return {
      timeout: positive(this.timeout) || undefined,
      maxAge: maxAge === undefined ? undefined : maxAge * 1000,
      retries: positive(this.retries),
      headers: this.requestHeaders ?? undefined,
      credentials,
      redirectOrigins: this.redirectOrigins ? this.redirectOrigins.split(/[\s,]+/).flatMap(originOf) : undefined,
    };
  }
}
