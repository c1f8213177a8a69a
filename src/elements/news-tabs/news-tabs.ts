import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { pageParsed } from '../../base/page-parsed.js';
import { LoadController } from '../../controllers/load-controller.js';
import { RovingTabindexController } from '../../controllers/roving-tabindex.js';
import type { EndpointConfig } from '../../data/adapter.js';
import type { Category } from '../../data/model.js';
import { orderCategories } from '../../data/pipeline.js';
import { NewsCategoryChangeEvent } from '../../events.js';
import { hostStyles } from '../../styles/host.js';
import { NewsElement } from '../news-element.js';
import { styles } from './news-tabs.styles.js';

interface Tab {
  id: string | null;
  name: string;
  /** A child category's tab (it follows its parent's). */
  child?: boolean;
}

/**
 * The category tab bar: "All", then the categories of the endpoint. Choosing a tab shows page 1
 * of that category in every `<news-list>` of the group. A WAI-ARIA tab list with manual
 * activation: arrow keys, Home and End move focus, Enter or Space (or a click) choose.
 *
 * @tagname news-tabs
 * @summary The category tab bar of a news group.
 *
 * @fires {NewsCategoryChangeEvent} news-category-change - The user picks a category (cancelable). `detail: { category }`, null for All.
 * @fires {NewsLoadEvent} news-load - The categories have arrived and rendered. `detail: { kind: 'categories', categories }`
 * @fires {NewsErrorEvent} news-error - The categories could not be loaded. `detail: { error }`
 *
 * @csspart base - The bar around the tab list.
 * @csspart tablist - The scrolling row of tabs.
 * @csspart tab - Each tab; the chosen one also has `tab-selected`.
 * @csspart tab-selected - The chosen tab.
 * @csspart tab-child - The tab of a child category (right after its parent's, whose posts include its own).
 *
 * @cssprop --news-accent - Colour of the chosen tab and its underline.
 * @cssprop --news-muted - Colour of the other tabs.
 * @cssprop --news-border - The line under the bar.
 * @cssprop --news-subtle - A hovered tab, and the placeholder tabs while the categories load.
 */
export class NewsTabs extends NewsElement {
  static override styles = [hostStyles, styles];

  /** @internal */
  readonly memberKind = 'tabs';

  private readonly roving = new RovingTabindexController(this, () => this.tabButtons());

  private readonly categoriesLoad = new LoadController(this, {
    args: () => {
      const group = this.newsGroup;
      if (!group) return undefined;
      const { src, categoriesSrc, mapping } = group.config;
      if (!src && !categoriesSrc) return undefined;
      // With a list in the group, the categories its answer brings (src/data/client.ts).
      return [group, src, categoriesSrc, group.adapterName, mapping, group.has('list'), group.client.revision, this.categoryOrder] as const;
    },
    load: async ([group, src, categoriesSrc, adapter, mapping, fromList, , order], signal) => {
      const config: EndpointConfig = { src, categoriesSrc, mapping };
      return orderCategories(await group.client.categories(config, adapter, group.pageSize, { signal, fromList }), (order ?? '').split(/[\s,]+/).filter(Boolean));
    },
    // Tabs in a page header, parsed before the list far below them, wait for the page's end
    // before asking on their own: a list that joins meanwhile changes the inputs, and its
    // answer brings the categories.
    ready: () => (this.newsGroup?.has('list') || this.newsGroup?.config.categoriesSrc ? undefined : pageParsed()),
    loaded: (categories) => ({ kind: 'categories', categories }),
  });

  /** Whether the tabs' error is left to a list of the group, which shows the same failure. */
  private errorHidden = false;

  /** Watches the tab list's and the tabs' widths (a resized column, a web font arriving), to keep the faded edges right. */
  private resizeObserver?: ResizeObserver;

  /** How many elements it watches: the tab list and its tabs (0 when it watches none). */
  private observed = 0;

  /** Set by the retry button, which goes away with the error: the tabs take focus instead. */
  private focusAfterLoad = false;

  /** The chosen category id; empty or absent means All. Follows the group. */
  @property() category: string | null | undefined = undefined;

  /** Leaves out the "All" tab: the first category is chosen instead. */
  @property({ type: Boolean, attribute: 'no-all' }) noAll = false;

  /**
   * The editorial order of the tabs: category ids (WordPress: slugs), space- or comma-separated,
   * e.g. `product-management news introduction`. Those named come first, in this order; the
   * others follow in their source's order; a child category always follows its parent.
   */
  @property({ attribute: 'category-order' }) categoryOrder: string | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page: observe again (updated() does it on the next render).
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.observed = 0;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const group = this.newsGroup;
    if (!group) return;
    this.syncSelection(changed.has('category') && this.category !== undefined ? { category: this.category || null } : {});
    // With no All tab, the first category stands in for All.
    if (this.noAll && group.selection.category === null && this.categories.length) group.store.propose({ category: this.categories[0].id });
    this.category = group.selection.category;
    if (this.categoriesLoad.error && this.errorLeftToList) {
      this.errorHidden = true;
    } else if (this.errorHidden) {
      // The list that showed the error for both is trying again (or gone): so do the tabs.
      this.errorHidden = false;
      if (this.categoriesLoad.error) this.categoriesLoad.retry();
    }
  }

  override firstUpdated(): void {
    this.resizeObserver = new ResizeObserver(() => this.markEdges());
  }

  override updated(): void {
    // Tabs came or went (the categories arrived, a retry): watch the new set. Its first report,
    // after the next layout, marks the edges; a render that keeps the same tabs costs nothing.
    const targets = [this.tabList(), ...this.tabButtons()];
    if (this.resizeObserver && this.isConnected && targets.length !== this.observed) {
      this.observed = targets.length;
      this.resizeObserver.disconnect();
      for (const target of targets) this.resizeObserver.observe(target);
    }
    // Tell assistive technology which lists the tabs control (element reflection crosses into
    // the page from our shadow root, which IDs cannot).
    const group = this.newsGroup;
    const lists = group ? [...group.members].filter((member) => member.memberKind === 'list') : [];
    for (const tab of this.tabButtons()) {
      if ('ariaControlsElements' in tab) (tab as unknown as { ariaControlsElements: Element[] }).ariaControlsElements = lists as unknown as Element[];
    }
    if (this.focusAfterLoad && this.categoriesLoad.value && !this.categoriesLoad.loading) {
      this.focusAfterLoad = false;
      this.tabButtons().find((tab) => tab.tabIndex === 0)?.focus();
    }
  }

  /**
   * Whether a list of the group shows an error while the tabs' categories come from the list's
   * endpoint (no categories source): then it is the same failure, and the list says it once.
   */
  private get errorLeftToList(): boolean {
    const group = this.newsGroup;
    if (!group || group.config.categoriesSrc) return false;
    return [...group.members].some((member) => member.memberKind === 'list' && (member as { showsError?: boolean }).showsError === true);
  }

  private tabList(): HTMLElement {
    return this.renderRoot.querySelector<HTMLElement>('[role="tablist"]')!;
  }

  /** Marks the tab list's edges that have tabs scrolled out of view behind them (CSS fades those edges). */
  private markEdges(): void {
    const list = this.tabList();
    // scrollLeft runs from 0 towards the end: positive left to right, negative right to left.
    const fromStart = Math.abs(list.scrollLeft);
    list.toggleAttribute('data-more-start', fromStart > 1);
    list.toggleAttribute('data-more-end', fromStart + list.clientWidth < list.scrollWidth - 1);
  }

  private get categories(): readonly Category[] {
    return this.categoriesLoad.value ?? [];
  }

  private get tabs(): Tab[] {
    const ids = new Set(this.categories.map(({ id }) => id));
    const tabs: Tab[] = this.categories.map(({ id, name, parent }) => ({ id, name, child: parent !== undefined && ids.has(parent) }));
    return this.noAll ? tabs : [{ id: null, name: this.messages.all }, ...tabs];
  }

  private tabButtons(): HTMLElement[] {
    return [...(this.renderRoot.querySelectorAll<HTMLElement>('[role="tab"]') ?? [])];
  }

  private choose(id: string | null): void {
    const group = this.newsGroup;
    if (!group || (id === group.selection.category && group.selection.articleId === null)) return;
    const change = new NewsCategoryChangeEvent(id);
    if (!this.dispatchEvent(change)) return;
    group.navigate({ category: id, page: 1, articleId: null });
    this.roving.reset();
  }

  private onFocusOut(event: FocusEvent): void {
    if (!(event.currentTarget as Element).contains(event.relatedTarget as Node | null)) {
      this.roving.reset();
    }
  }

  protected override get viewLoad() {
    return this.categoriesLoad;
  }

  override render() {
    const strings = this.messages;
    const tabs = this.tabs;
    const selectedIndex = Math.max(0, tabs.findIndex((tab) => tab.id === (this.category ?? null)));
    const error = this.categoriesLoad.error;
    const loading = this.categoriesLoad.loading && !this.categoriesLoad.value;
    return html`<div class="bar" part="base">
        <div
          role="tablist"
          part="tablist"
          aria-label=${strings.categoriesLabel}
          aria-busy=${loading ? 'true' : 'false'}
          @keydown=${(event: KeyboardEvent) => this.roving.handleKeydown(event)}
          @focusout=${this.onFocusOut}
          @scroll=${{ handleEvent: () => this.markEdges(), passive: true }}
        >
          ${tabs.map((tab, index) => {
            const selected = index === selectedIndex;
            return html`<button
              type="button"
              role="tab"
              part=${`tab${tab.child ? ' tab-child' : ''}${selected ? ' tab-selected' : ''}`}
              aria-selected=${selected ? 'true' : 'false'}
              tabindex=${this.roving.tabindexFor(index, selectedIndex)}
              data-category=${tab.id ?? ''}
              @click=${() => this.choose(tab.id)}
            >
              ${tab.name}
            </button>`;
          })}
          ${loading ? html`<span class="placeholder" aria-hidden="true"></span><span class="placeholder" aria-hidden="true"></span>` : nothing}
        </div>
      </div>
      ${error && !this.errorHidden
        ? this.renderError(error, () => {
            this.focusAfterLoad = true;
            this.categoriesLoad.retry();
          })
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-tabs': NewsTabs;
  }
}
