import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { DEFAULT_PAGE_SIZE, type SelectionChange } from '../../controllers/group.js';
import { LoadController } from '../../controllers/load-controller.js';
import type { ListQuery } from '../../data/adapter.js';
import { type Article, type ArticlePage, categoryId, withoutBody } from '../../data/model.js';
import { expandTemplate } from '../../data/template.js';
import { NewsArticleSelectEvent, NewsPageChangeEvent } from '../../events.js';
import { format, plural } from '../../i18n/strings.js';
import { allowedImageUrl, hostList, safeLinkUrl } from '../../security/url-policy.js';
import { hostStyles } from '../../styles/host.js';
import { categoryName } from '../category-name.js';
import { NewsElement } from '../news-element.js';
import { hasNextPage, pageCount, pageInstead, renderPageInstead, renderPagination } from './pagination.js';
import { warnSkipped } from './skipped.js';
import { styles } from './news-list.styles.js';

/**
 * The paginated article list of the group's category: title, date, summary, thumbnail, and the
 * category name under All. Numbered pages with previous/next when the total is known, else
 * previous/next alone. Choosing an article opens it in the group's `<news-article>`
 * (master–detail), else follows `article-href`, else the article's own `url`.
 *
 * @tagname news-list
 * @summary The paginated article list of a news group.
 *
 * @fires {NewsPageChangeEvent} news-page-change - The user picks a page (cancelable). `detail: { page }`
 * @fires {NewsArticleSelectEvent} news-article-select - The user picks an article (cancelable: the page handles it). `detail: { article }`
 * @fires {NewsLoadEvent} news-load - A page of articles has arrived and rendered. `detail: { kind: 'list', page, category, skipped }` (`skipped`: records left out, `[{ index, reason }]`)
 * @fires {NewsErrorEvent} news-error - The list could not be loaded. `detail: { error }`
 *
 * @csspart base - The wrapper of the list and its pagination.
 * @csspart list - The `<ul>` of articles.
 * @csspart item - Each article row.
 * @csspart thumbnail - The image of a row.
 * @csspart title - The title of a row.
 * @csspart meta - The category and date line of a row.
 * @csspart summary - The summary of a row.
 * @csspart empty - The "no articles" message, or "Page 99 does not exist." for a page past the end.
 * @csspart page-instead - Under "Page 99 does not exist.": the link or button to the last page (the first when the total is unknown).
 * @csspart pagination - The `<nav>` of the pages.
 * @csspart load-more - The "Load more" button, with `paging="load-more"`.
 * @csspart page - Each page control (a button, or a link with `url-state`), previous and next included.
 * @csspart page-current - The current page's number.
 * @csspart page-previous - The "Previous" control.
 * @csspart page-next - The "Next" control.
 * @csspart notice - Over articles kept on screen because refreshing them failed: "Showing saved news", with a retry button.
 *
 * @cssprop --news-accent - Current page, category names, links, the "Load more" button.
 * @cssprop {<color>} [--news-on-accent=#ffffff] - Text on the accent colour: the current page, a hovered "Load more" (dark: `#062e6f`).
 * @cssprop --news-text - Titles.
 * @cssprop --news-muted - Dates and summaries.
 * @cssprop --news-border - Lines between rows, page buttons.
 * @cssprop --news-space - Padding of rows.
 * @cssprop {<length>} [--news-scroll-margin=1em] - Room kept above the list when a page change scrolls it into view.
 */
export class NewsList extends NewsElement {
  static override styles = [hostStyles, styles];

  /** @internal */
  readonly memberKind = 'list';

  private readonly listLoad = new LoadController(this, {
    args: () => {
      const group = this.newsGroup;
      if (!group) return undefined;
      // Only what the list's own request depends on: another element joining the group later with
      // a categories or article source must not send the same request again.
      const { src, mapping } = group.config;
      if (!src) return undefined;
      const { category, page } = group.selection;
      return [group, src, group.adapterName, category, page, this.pageSizeWanted, mapping, this.paging, group.client.revision] as const;
    },
    load: async ([group, src, adapter, category, page, pageSize, mapping, paging], signal) => {
      const { categoriesSrc, articleSrc, noSticky } = group.config;
      const config = { src, categoriesSrc, articleSrc, mapping, noSticky };
      const pageOf = (n: number) => group.client.list(config, adapter, { category, page: n, pageSize } satisfies ListQuery, signal);
      const pages = paging === 'load-more' ? loadPages(pageOf, page) : pageOf(page).then((answer) => [answer]);
      const [answers] = await Promise.all([pages, this.ensureCategories(group, config, adapter, signal)]);
      const result = answers.length === 1 ? answers[0] : joinPages(answers);
      group.client.showList(category, result.items, { src, categories: result.categories });
      return { result, category, answers, src };
    },
    // In a prerendered fragment: the page without the bodies the answer may have brought (the
    // list shows none), and no answers to warn of again.
    pack: ({ result, category, src }) => ({ result: { ...result, items: result.items.map(withoutBody) }, category, src }),
    unpack: (packed) => ({ ...(packed as { result: ArticlePage; category: string | null; src: string }), answers: [] }),
    loaded: ({ result, category, answers, src }) => {
      for (const answer of answers) warnSkipped(answer, src);
      // With "load more", the page just added (the rest were reported as they came).
      return { kind: 'list', page: result, category, skipped: result.skipped ?? [] };
    },
  });

  /** Whether the next render follows a user's page change (focus and scroll then). */
  private focusAfterLoad = false;

  /** The article a reader came back from: its link takes focus once the list has rendered. */
  private returnFocusTo: string | null = null;

  /** The first article added by "load more", to focus once it has rendered. */
  private focusAddedFrom: number | undefined;

  /** The category that "load more" was asked for. */
  private moreFor: string | null = null;

  /** The height of the last list shown, kept while the next one loads. */
  private lastHeight = 0;
  /** The height the loading rows keep (`min-block-size` of the content), or '' for none. */
  private heldHeight = '';

  /** Whether lastHeight was read for the load under way. */
  private heightKept = false;

  /** What `showsError` was at the last render, to tell the group when it changes. */
  private errorShown = false;

  /** Whether the client was told of the prerendered page this list took over. */
  private prerenderedShown = false;

  /** One listener for every row's link (not one per row: a long list renders faster). */
  private readonly onListClick = (event: MouseEvent): void => {
    const link = (event.target as Element | null)?.closest?.('a[data-article]');
    const id = link?.getAttribute('data-article');
    const article = id === null || id === undefined ? undefined : this.listLoad.value?.result.items.find((item) => item.id === id);
    if (article) this.onArticleClick(event, article);
  };

  /**
   * A thumbnail that fails to load is hidden (its frame stays), and shown again when it loads
   * after all (a row is reused for the same article, maybe with a new image): one capturing
   * listener of each for all rows.
   */
  private readonly onImageEvent = {
    handleEvent: (event: Event): void => {
      if (event.target instanceof HTMLImageElement) event.target.classList.toggle('failed', event.type === 'error');
    },
    capture: true,
  };

  /** The category id shown; empty or absent means All. Follows the group. */
  @property() category: string | null | undefined = undefined;

  /** The page shown, 1-based. Follows the group. */
  @property({ type: Number }) page: number | undefined = undefined;

  /** Articles per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = DEFAULT_PAGE_SIZE;

  /** How items look: `list` (rows with thumbnails), `cards` (an image grid) or `compact` (title and date, for a sidebar). */
  @property({ reflect: true }) layout: 'list' | 'cards' | 'compact' = 'list';

  /**
   * How more articles are reached: `pages` (numbered pages, or previous/next when the total is
   * unknown) or `load-more` (a button that adds the next page below the ones shown; focus moves
   * to the first new article, and the page number in the URL state is the number of pages shown).
   */
  @property({ reflect: true }) paging: 'pages' | 'load-more' = 'pages';

  /**
   * The heading level of the article titles (`aria-level`), 1–6. Unset, the level below the
   * nearest heading before the list in the page (under an `<h1>`, 2), or 3 when there is none.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number | null = null;

  /** A link template for articles, e.g. `/news/detail.html?id={id}`: items become links to a detail page. */
  @property({ attribute: 'article-href' }) articleHref: string | null = null;

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const group = this.newsGroup;
    if (!group) return;
    const wanted: { category?: string | null; page?: number } = {};
    if (changed.has('category') && this.category !== undefined) wanted.category = this.category || null;
    if (changed.has('page') && this.page !== undefined && Number.isInteger(this.page) && this.page >= 1) wanted.page = this.page;
    this.syncSelection(wanted);
    // A "load more" under way for another category (the tab changed meanwhile) moves no focus.
    const { category, page, articleId } = group.selection;
    if (this.focusAddedFrom !== undefined && this.moreFor !== category) this.focusAddedFrom = undefined;
    this.category = category;
    this.page = page;
    const covered = articleId !== null && group.hasDetailView;
    this.setState('covered', covered);
  }

  override update(changed: PropertyValues<this>): void {
    // A new load replaces the list shown with loading rows: read its height first (it is still in
    // the page), so the rows keep it. Read only then: a layout forced on every render costs.
    if (this.listLoad.loading && !this.heightKept) {
      this.heightKept = true;
      const content = this.listLoad.value && this.renderRoot.querySelector<HTMLElement>('.content');
      this.lastHeight = content ? content.offsetHeight : 0;
    } else if (!this.listLoad.loading) {
      this.heightKept = false;
    }
    super.update(changed);
  }

  override updated(): void {
    const content = this.renderRoot.querySelector<HTMLElement>('.content');
    // Set here rather than by Lit's styleMap, whose code would be in every page's first file.
    if (content) content.style.minBlockSize = this.heldHeight;
    const group = this.newsGroup;
    const shown = this.listLoad.value;
    if (group && shown && this.listLoad.showsPrerendered && !this.prerenderedShown) {
      // A prerendered page taken over: the client knows what the list shows, as after a load
      // (previous and next in the article view; tabs waiting for the list's categories).
      this.prerenderedShown = true;
      group.client.showList(shown.category, shown.result.items, { src: shown.src, categories: shown.result.categories });
    }
    if (this.showsError !== this.errorShown) {
      // The others of the group (tabs leaving their error to this one) render again.
      this.errorShown = this.showsError;
      for (const member of group?.members ?? []) if (member !== this) member.requestUpdate();
    }
    if (this.focusAddedFrom !== undefined && this.listLoad.error) {
      // The next page failed: its error replaced the list, and the button with it. Keep the focus
      // in the list (on the message and its retry button), not lost to the page.
      this.focusAddedFrom = undefined;
      content?.focus({ preventScroll: true });
    } else if (this.focusAddedFrom !== undefined && !this.listLoad.loading) {
      // After "load more": focus the first new article, as the WAI "load more" pattern does.
      const item = this.renderRoot.querySelectorAll('.item')[this.focusAddedFrom];
      this.focusAddedFrom = undefined;
      // Its link; or, in a list without links, its title (focusable from script only).
      const title = item?.querySelector<HTMLElement>('.title');
      const target = item?.querySelector<HTMLElement>('a[href]') ?? title;
      if (target === title) title?.setAttribute('tabindex', '-1');
      (target ?? content)?.focus({ preventScroll: true });
      target?.scrollIntoView({ block: 'nearest' });
    } else if (this.focusAfterLoad && content) {
      this.focusAfterLoad = false;
      content.focus({ preventScroll: true });
      if (content.getBoundingClientRect().top < 0) content.scrollIntoView({ block: 'start' });
    } else if (this.returnFocusTo !== null && group?.selection.articleId === null && this.listLoad.value) {
      const link = this.renderRoot.querySelector<HTMLElement>(`[data-article="${CSS.escape(this.returnFocusTo)}"]`);
      if (link) {
        this.returnFocusTo = null;
        link.focus({ preventScroll: true });
        link.scrollIntoView({ block: 'nearest' });
      }
    }
  }

  private goToPage(page: number): void {
    const group = this.newsGroup;
    if (!group || page === group.selection.page) return;
    const change = new NewsPageChangeEvent(page);
    if (!this.dispatchEvent(change)) return;
    this.focusAfterLoad = true;
    group.navigate({ page });
  }

  private loadMore(): void {
    const group = this.newsGroup;
    const result = this.listLoad.value?.result;
    if (!group || !result) return;
    // The page after the last one shown (a deep link may have asked for more than there are).
    const next = result.page + 1;
    const change = new NewsPageChangeEvent(next);
    if (!this.dispatchEvent(change)) return;
    this.focusAddedFrom = result.items.length;
    this.moreFor = group.selection.category;
    group.navigate({ page: next });
  }

  private renderLoadMore(result: ArticlePage, busy: boolean) {
    const more = result.page < MAX_LOADED_PAGES && hasNextPage(result);
    if (!more && !busy) return nothing;
    return html`<div class="more">
      <button type="button" class="page-control" part="load-more" aria-disabled=${busy ? 'true' : 'false'} @click=${busy ? undefined : () => this.loadMore()}>
        ${busy ? this.messages.loading : this.messages.loadMore}
      </button>
    </div>`;
  }

  private onArticleClick(event: MouseEvent, article: Article): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const select = new NewsArticleSelectEvent(article);
    if (!this.dispatchEvent(select)) {
      event.preventDefault();
      return;
    }
    const group = this.newsGroup;
    if (group?.hasDetailView) {
      event.preventDefault();
      group.navigate({ articleId: article.id }, 'article');
    }
  }

  private itemHref(article: Article): string | undefined {
    const group = this.newsGroup;
    if (group?.hasDetailView) return group.hrefFor({ articleId: article.id });
    if (this.articleHref) return safeLinkUrl(expandTemplate(this.articleHref, { id: article.id }));
    return safeLinkUrl(article.url);
  }

  private renderItem(article: Article, showCategory: boolean, level: number) {
    const group = this.newsGroup;
    const compact = this.layout === 'compact';
    const image = !compact && article.image ? allowedImageUrl(article.image.src, hostList(this.imageHosts)) : undefined;
    const date = article.publishedAt ? this.formatTime(article.publishedAt, 'medium') : undefined;
    const href = this.itemHref(article);
    const category = showCategory ? categoryName(article.category, group?.client.categoriesKnown ?? []) : undefined;
    return html`<li class="item" part="item">
      ${image
        ? html`<div class="thumb" part="thumbnail">
            <img src=${image} alt="" loading="lazy" decoding="async" width=${ifDefined(article.image?.width)} height=${ifDefined(article.image?.height)} />
          </div>`
        : nothing}
      <div class="text">
        <div class="title" part="title" role="heading" aria-level=${level} dir="auto">
          ${href
            ? html`<a href=${href} data-article=${article.id}>${this.titleOf(article)}</a>`
            : this.titleOf(article)}
        </div>
        ${category || date
          ? html`<p class="meta" part="meta">
              ${category ? html`<span class="badge">${category}</span>` : nothing}
              ${date ? html`<time datetime=${article.publishedAt!}>${date}</time>` : nothing}
            </p>`
          : nothing}
        ${article.summary && !compact ? html`<p class="summary" part="summary" dir="auto">${article.summary}</p>` : nothing}
      </div>
    </li>`;
  }

  private renderSkeleton() {
    const rows = Math.min(this.listLoad.value?.result.items.length || this.pageSizeWanted, 10);
    return html`<ul class="items skeleton" aria-hidden="true">
      ${Array.from({ length: rows }, () => placeholderRow)}
    </ul>`;
  }

  /** Whether pages are links (the group keeps its state in the URL): the URL of a page, else undefined. */
  private get pageHref(): ((page: number) => string | undefined) | undefined {
    const group = this.newsGroup;
    return group?.urlPrefix != null ? (page) => group.hrefFor({ page }) : undefined;
  }

  private renderList(result: ArticlePage, category: string | null) {
    const instead = pageInstead(result);
    if (instead !== undefined) {
      return renderPageInstead({ result, strings: this.messages, hrefFor: this.pageHref, goToPage: (page) => this.goToPage(page) }, instead);
    }
    if (!result.items.length) {
      const name = category === null ? undefined : categoryName(category, this.newsGroup?.client.categoriesKnown ?? []);
      return html`<p class="empty" part="empty">${name ? format(this.messages.emptyCategory, { category: name }) : this.messages.empty}</p>`;
    }
    const level = this.headingLevelFor(this.headingLevel, 3);
    return html`<ul class="items" part="list" aria-label=${this.messages.articlesLabel} @click=${this.onListClick} @error=${this.onImageEvent} @load=${this.onImageEvent}>
      ${repeat(
        result.items,
        (article) => article.id,
        (article) => this.renderItem(article, category === null || categoryId(article.category) !== category, level),
      )}
    </ul>`;
  }

  /** What the polite live region says: loading, then what arrived ("Showing 11–20 of 23 articles in News"). */
  private announcement(categoryLabel: string): string {
    const { loading, error, value } = this.listLoad;
    const strings = this.messages;
    if (loading) return strings.loading;
    if (error || !value) return '';
    const { items, page, pageSize, total } = value.result;
    if (pageInstead(value.result) !== undefined) return format(strings.pageMissing, { page });
    if (!items.length) return value.category === null ? strings.empty : format(strings.emptyCategory, { category: categoryLabel });
    const from = this.paging === 'load-more' ? 1 : (page - 1) * pageSize + 1;
    const values = { from, to: from + items.length - 1, total: total ?? 0, category: categoryLabel };
    if (total === undefined) return format(strings.listSummaryOpen, values);
    return plural(this.locale, value.category === null ? strings.listSummary : strings.listSummaryCategory, total, values);
  }

  /**
   * Whether the list shows an error now: tabs whose categories come from the same endpoint then
   * leave theirs to it (one outage, one message).
   * @internal
   */
  get showsError(): boolean {
    const group = this.newsGroup;
    const covered = group !== undefined && group.selection.articleId !== null && group.hasDetailView;
    return !covered && !this.listLoad.loading && this.listLoad.error !== undefined;
  }

  /** @internal The page size the list asks for: `page-size` when it is a whole number from 1 to 1000, else 10. */
  get pageSizeWanted(): number {
    return Number.isInteger(this.pageSize) && this.pageSize > 0 ? Math.min(this.pageSize, 1000) : DEFAULT_PAGE_SIZE;
  }

  /** @internal Back to the list from the article view: the link of the article left takes focus. */
  selectionChanged({ previous, focus }: SelectionChange): void {
    if (focus === 'list') this.returnFocusTo = previous.articleId;
  }

  /** @internal */
  override prerenderContext(): unknown[] {
    return [...super.prerenderContext(), this.headingLevelFor(this.headingLevel, 3)];
  }

  protected override get viewLoad() {
    return this.listLoad;
  }

  override render() {
    const group = this.newsGroup;
    if (group && group.selection.articleId !== null && group.hasDetailView) return nothing;
    const { loading, error, value } = this.listLoad;
    const category = group?.selection.category;
    const categoryLabel = (category ? categoryName(category, group!.client.categoriesKnown) : undefined) ?? this.messages.all;
    const loadMore = this.paging === 'load-more';
    // Loading the next page of "load more": the same template goes on showing the articles (the
    // rows, the button and the live region stay the same nodes); the button says it is busy.
    const addingMore = loadMore && loading && this.focusAddedFrom !== undefined && value !== undefined && value.category === (category ?? null);
    this.heldHeight = loading && !addingMore && this.lastHeight ? `${this.lastHeight}px` : '';
    return html`<section part="base" aria-busy=${loading ? 'true' : 'false'}>
      ${value && !loading ? this.renderStaleNotice() : nothing}
      <div
        class="content"
        role="group"
        tabindex="-1"
        aria-label=${`${this.messages.articlesLabel}: ${categoryLabel}`}
      >
        ${addingMore
          ? this.renderList(value.result, value.category)
          : loading
          ? this.renderSkeleton()
          : error
            ? this.renderError(error, () => {
                // The retry button goes away with the error: focus the list that replaces it.
                this.focusAfterLoad = true;
                this.listLoad.retry();
              })
            : value
              ? this.renderList(value.result, value.category)
              : nothing}
      </div>
      ${loadMore && value && !error && (addingMore || !loading) ? this.renderLoadMore(value.result, addingMore) : nothing}
      ${!loading && !error && value && !loadMore && pageInstead(value.result) === undefined
        ? renderPagination({
            result: value.result,
            strings: this.messages,
            hrefFor: this.pageHref,
            goToPage: (page) => this.goToPage(page),
          })
        : nothing}
      <div class="visually-hidden" role="status">${this.announcement(categoryLabel)}</div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-list': NewsList;
  }
}

/** One loading row (its look is all CSS: one element per row keeps the first render cheap). */
const placeholderRow = html`<li class="item-placeholder"></li>`;

/** "Load more" shows at most this many pages (a shared link cannot make a visitor fetch hundreds). */
export const MAX_LOADED_PAGES = 50;

/**
 * Pages 1…`last` for "load more" (those already shown come from the client's cache): page 1
 * first, which tells how many there are; then the rest together when the total is known, or one
 * by one while there is a next page when it is not. Never more than MAX_LOADED_PAGES.
 */
async function loadPages(pageOf: (n: number) => Promise<ArticlePage>, last: number): Promise<ArticlePage[]> {
  const first = await pageOf(1);
  const pages = [first];
  let wanted = Math.min(last, MAX_LOADED_PAGES);
  const count = pageCount(first);
  if (count !== undefined) {
    wanted = Math.min(wanted, count);
    pages.push(...(await Promise.all(Array.from({ length: wanted - 1 }, (_, i) => pageOf(i + 2)))));
  } else {
    while (pages.length < wanted && pages[pages.length - 1].hasNext) pages.push(await pageOf(pages.length + 1));
  }
  return pages;
}

/** Pages 1…N of "load more" as one result: their articles in order (each once), the last page's totals. */
function joinPages(pages: ArticlePage[]): ArticlePage {
  const last = pages[pages.length - 1];
  const seen = new Set<string>();
  const items = pages.flatMap((page) => page.items).filter((article) => !seen.has(article.id) && Boolean(seen.add(article.id)));
  return { ...last, items };
}
