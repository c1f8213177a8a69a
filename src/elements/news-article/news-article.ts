import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { LoadController } from '../../controllers/load-controller.js';
import type { EndpointConfig } from '../../data/adapter.js';
import type { NewsError } from '../../base/errors.js';
import { type Article, withoutBody } from '../../data/model.js';
import { articleBase } from '../../data/pipeline.js';
import { format } from '../../i18n/strings.js';
import { fileNameOf, fileTypeLabel, formatFileSize } from '../../i18n/units.js';
import { FRAME_ATTRIBUTES, isAllowedFrame } from '../../security/frames.js';
import { loadSanitizer } from '../../security/load-sanitizer.js';
import type { BodyOptions } from '../../security/sanitize.js';
import { serverBodies } from '../../prerender/seeds.js';
import { allowedImageUrl, hostList, safeLinkUrl, safeMediaUrl } from '../../security/url-policy.js';
import { hostStyles } from '../../styles/host.js';
import type { SelectionChange } from '../../controllers/group.js';
import { categoryName } from '../category-name.js';
import { NewsElement } from '../news-element.js';
import { listReturnUrl, previousEntryIs } from './back-to-list.js';
import { styles } from './news-article.styles.js';

interface LoadedArticle {
  article: Article;
  /** The sanitized body, built before it is shown (in a prerendered fragment taken over: the fragment's). */
  body?: HTMLElement;
  /** Server: the sanitized body as HTML. */
  bodyHtml?: string;
  /** The sources of the body's images (the featured image is shown once). */
  bodyImages: string[];
  previous?: Article;
  next?: Article;
}

/**
 * One article: the title as a heading, a metadata row (Category, Author, Source, Published Time;
 * empty ones left out), the image, a video with its poster, the sanitized body, attachments with
 * their type and size, and previous/next within the category where the data allows.
 *
 * Without `article-id` it shows the article chosen in its group's `<news-list>` (master–detail,
 * with "Back to list"), or the one named by the page URL's `id` parameter (a detail page).
 *
 * @tagname news-article
 * @summary One article of a news group.
 *
 * @fires {NewsLoadEvent} news-load - The article has arrived and rendered. `detail: { kind: 'article', article }`
 * @fires {NewsErrorEvent} news-error - The article could not be loaded. `detail: { error }`
 *
 * @csspart base - The `<article>`.
 * @csspart back - The "Back to list" control.
 * @csspart title - The title heading.
 * @csspart meta - The metadata row (a `<dl>`).
 * @csspart image - The figure of the article's image (left out when the body shows the same image).
 * @csspart video - The video player.
 * @csspart body - The sanitized body.
 * @csspart attachments - The list of downloads.
 * @csspart sequence - The previous/next article links.
 * @csspart empty - "No article is selected.": no `article-id`, no list beside it, and nothing named by the page URL.
 * @csspart notice - Over an article kept on screen because refreshing it failed: "Showing saved news", with a retry button.
 *
 * @cssprop {<length>} [--news-title-size=1.75em] - Size of the title.
 * @cssprop {<length>} [--news-scroll-margin=1em] - Room kept above the title when opening an article scrolls it into view.
 * @cssprop --news-accent - Links and quote bars.
 * @cssprop --news-muted - Labels and captions.
 * @cssprop --news-border - Rules and table borders.
 */
export class NewsArticle extends NewsElement {
  static override styles = [hostStyles, styles];

  /** @internal */
  readonly memberKind = 'article';

  private readonly articleLoad = new LoadController(this, {
    args: () => {
      const group = this.newsGroup;
      const id = this.articleId ?? group?.selection.articleId;
      if (!group || !id) return undefined;
      // The categories source is not among them: it only names categories, and is read when loading.
      const { src, articleSrc, mapping } = group.config;
      return [group, src, this.articleSrc ?? articleSrc, group.adapterName, id, mapping, group.client.revision] as const;
    },
    load: async ([group, src, articleSrc, adapter, id, mapping], signal): Promise<LoadedArticle> => {
      const config: EndpointConfig = { src, categoriesSrc: group.config.categoriesSrc, articleSrc, mapping };
      // The body will need the sanitizer (a file of its own on first use): fetch it alongside the
      // article rather than after it. A failure here is met again, and reported, by buildBody.
      loadSanitizer().catch(() => undefined);
      const [article] = await Promise.all([group.client.article(config, adapter, id, signal), this.ensureCategories(group, config, adapter, signal)]);
      // On the server the list loads beside the article: previous and next are the list's items.
      if (isServer && group.has('list')) await group.client.untilListShows(src, signal).catch(() => undefined);
      const sequence = group.client.neighbours(article, group.selection.category);
      const index = sequence?.findIndex((a) => a.id === article.id) ?? -1;
      const around = index < 0 ? {} : { previous: sequence![index - 1], next: sequence![index + 1] };
      if (!article.body) return { article, bodyImages: [], ...around };
      if (isServer) {
        const { html: bodyHtml, images } = await serverBodies.render!(article.body, this.bodyOptions(articleBase(article)));
        return { article, bodyHtml, bodyImages: images, ...around };
      }
      const { body, images } = await this.buildBody(article.body, articleBase(article), signal);
      return { article, body, bodyImages: images, ...around };
    },
    // In a prerendered fragment: the articles without their bodies; the body is the fragment's own.
    pack: ({ article, body, bodyHtml, previous, next, bodyImages }) => ({
      article: withoutBody(article),
      previous: previous && withoutBody(previous),
      next: next && withoutBody(next),
      bodyImages,
      hasBody: Boolean(body ?? bodyHtml),
    }),
    // Without the fragment's body (no declarative shadow DOM, the element made anew), the article loads.
    unpack: (packed) => {
      const { article, previous, next, bodyImages, hasBody } = packed as LoadedArticle & { hasBody: boolean };
      const body = this.renderRoot?.querySelector<HTMLElement>('.body[part="body"]') ?? undefined;
      return hasBody && !body ? undefined : { article, previous, next, bodyImages, body };
    },
    loaded: ({ article }) => ({ kind: 'article', article }),
  });

  /** Whether the title takes focus once the article has rendered (a reader opened it, or tried again). */
  private focusTitle = false;

  /**
   * Where one article comes from, by id: a template with `{id}`, answering `Article` or
   * `{ "item": Article }`. Without it, the article comes from the list endpoint.
   */
  @property({ attribute: 'article-src' }) articleSrc: string | null = null;

  /** A fixed article to show; without it, the group's choice or the page URL's `url-param`. */
  @property({ attribute: 'article-id' }) articleId: string | null = null;

  /**
   * The page URL's query parameter that names the article, on a detail page. Unset (null): the
   * group's, else `id`.
   * @default 'id'
   */
  @property({ attribute: 'url-param' }) urlParam: string | null = null;

  /** A link back to the list page, for a detail page of a multi-page portal. */
  @property({ attribute: 'list-href' }) listHref: string | null = null;

  /**
   * Host names of video players that may be embedded as a sandboxed `<iframe>` (https only), e.g.
   * `www.youtube-nocookie.com player.vimeo.com`. Off by default: no iframe is ever shown.
   */
  @property({ attribute: 'video-hosts' }) videoHosts: string | null = null;

  /**
   * The level of the title heading, 1–6 (the attachments heading is one below). Unset, the level
   * below the nearest heading before the article in the page (under an `<h1>`, 2), or 2 when
   * there is none.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number | null = null;

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const group = this.newsGroup;
    if (!group) return;
    if (this.isDetailView && group.urlPrefix === null) {
      const fromUrl = new URL(globalThis.location.href).searchParams.get(group.urlParam);
      this.syncSelection(fromUrl ? { articleId: fromUrl } : {});
    }
    const idle = this.isDetailView && group.selection.articleId === null && group.has('list');
    this.setState('idle', idle);
  }

  override updated(): void {
    if (this.focusTitle && this.articleLoad.value && !this.articleLoad.loading) {
      this.focusTitle = false;
      const title = this.renderRoot.querySelector<HTMLElement>('.title');
      title?.focus({ preventScroll: true });
      if (title && title.getBoundingClientRect().top < 0) title.scrollIntoView({ block: 'start' });
    }
  }

  private get inMasterDetail(): boolean {
    return this.isDetailView && (this.newsGroup?.has('list') ?? false);
  }

  private backToList(): void {
    const group = this.newsGroup;
    if (!group) return;
    // Opened from the list (its URL the entry before): back there, not a new entry on top.
    const listUrl = group.hrefFor({ articleId: null });
    if (listUrl !== undefined && previousEntryIs(listUrl)) {
      group.select({ articleId: null }, 'list');
      history.back();
    } else {
      group.navigate({ articleId: null }, 'list');
    }
  }

  /** On a detail page: back in history when the entry before is the list page, else the link. */
  private onBackLink(event: MouseEvent, href: string): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (!previousEntryIs(href)) return;
    event.preventDefault();
    history.back();
  }

  private open(event: MouseEvent, article: Article): void {
    const group = this.newsGroup;
    if (!group || !this.inMasterDetail) return;
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    group.navigate({ articleId: article.id }, 'article');
  }

  private get videoHostList(): string[] {
    return (this.videoHosts ?? '').split(/[\s,]+/).filter(Boolean);
  }

  private bodyOptions(baseUrl: string | undefined): BodyOptions {
    return { tableLabel: this.messages.tableRegion, videoHosts: this.videoHostList, imageHosts: hostList(this.imageHosts), baseUrl };
  }

  private async buildBody(html: string, baseUrl: string | undefined, signal: AbortSignal): Promise<{ body: HTMLElement; images: string[] }> {
    const { bodyContainer, sanitizeBodyInto } = await loadSanitizer();
    const body = bodyContainer(document);
    const images = await sanitizeBodyInto(body, html, this.bodyOptions(baseUrl), signal);
    return { body, images };
  }

  /** The server refuses this article to this visitor (401, 403): it is not public, and no retry changes that. */
  private isNotPublic(error: NewsError): boolean {
    return error.kind === 'http' && (error.status === 401 || error.status === 403);
  }

  protected override canRetry(error: NewsError): boolean {
    return super.canRetry(error) && !this.isNotPublic(error);
  }

  protected override errorMessage(error: NewsError): string {
    return this.isNotPublic(error) ? this.messages.errorNotPublic : super.errorMessage(error);
  }

  private renderToolbar() {
    if (this.inMasterDetail) {
      return html`<div class="toolbar">
        <button class="button" part="back" type="button" @click=${this.backToList}><span class="arrow" aria-hidden="true">←</span> ${this.messages.backToList}</button>
      </div>`;
    }
    const listHref = safeLinkUrl(this.listHref);
    // The list as the reader left it (its tab and page), when they came from it.
    const href = listHref && listReturnUrl(listHref);
    return href
      ? html`<div class="toolbar">
          <a class="button" part="back" href=${href} @click=${(event: MouseEvent) => this.onBackLink(event, href)}><span class="arrow" aria-hidden="true">←</span> ${this.messages.backToList}</a>
        </div>`
      : nothing;
  }

  private renderMeta(article: Article) {
    const strings = this.messages;
    const published = article.publishedAt ? this.formatTime(article.publishedAt, 'long', true) : undefined;
    const fields: [string, unknown][] = [
      [strings.category, categoryName(article.category, this.newsGroup?.client.categoriesKnown ?? [])],
      [strings.author, article.author],
      [strings.source, article.source],
      [
        strings.publishedAt,
        published ? html`<time datetime=${article.publishedAt!}>${published}</time>` : undefined,
      ],
    ];
    const shown = fields.filter(([, value]) => value !== undefined && value !== '');
    if (!shown.length) return nothing;
    return html`<dl class="meta" part="meta">
      ${shown.map(([label, value]) => html`<div><dt>${format(strings.fieldLabel, { label })}</dt><dd>${value}</dd></div>`)}
    </dl>`;
  }

  private renderMedia(article: Article, bodyImages: readonly string[]) {
    const hosts = hostList(this.imageHosts);
    const image = article.image && allowedImageUrl(article.image.src, hosts);
    const video = article.video && safeMediaUrl(article.video.src);
    const poster = article.video?.poster ? allowedImageUrl(article.video.poster, hosts) : undefined;
    // CMS bodies often start with the featured image: show it once.
    const imageInBody = image !== undefined && bodyImages.includes(image);
    const embed = article.video && isAllowedFrame(article.video.src, this.videoHostList) ? article.video.src : undefined;
    if (embed) {
      return html`<div class="player" part="video">
        <iframe
          sandbox=${FRAME_ATTRIBUTES.sandbox}
          allow=${FRAME_ATTRIBUTES.allow}
          referrerpolicy=${FRAME_ATTRIBUTES.referrerpolicy}
          loading=${FRAME_ATTRIBUTES.loading}
          src=${embed}
          title=${`${this.messages.video}: ${this.titleOf(article)}`}
        ></iframe>
      </div>`;
    }
    return html`${video
      ? html`<video part="video" controls preload="metadata" playsinline src=${video} poster=${ifDefined(poster ?? (image && !imageInBody ? image : undefined))}
          aria-label=${`${this.messages.video}: ${this.titleOf(article)}`}></video>`
      : image && !imageInBody
        ? html`<figure class="hero" part="image">
            <img src=${image} alt=${article.image?.alt ?? ''} width=${ifDefined(article.image?.width)} height=${ifDefined(article.image?.height)} decoding="async" />
          </figure>`
        : nothing}`;
  }

  private renderAttachments(article: Article, level: number) {
    const files = (article.attachments ?? []).flatMap((file) => {
      const url = safeMediaUrl(file.url);
      return url ? [{ ...file, url }] : [];
    });
    if (!files.length) return nothing;
    return html`<section class="attachments" part="attachments" aria-labelledby="attachments-heading">
      <div class="attachments-heading" id="attachments-heading" role="heading" aria-level=${Math.min(level + 1, 6)}>${this.messages.attachments}</div>
      <ul>
        ${files.map((file) => {
          const name = file.name ?? fileNameOf(file.url);
          const info = [fileTypeLabel(file.type, file.url), file.size !== undefined ? formatFileSize(file.size, this.locale) : undefined]
            .filter(Boolean)
            .join(' · ');
          return html`<li>
            <a href=${file.url} download aria-label=${format(this.messages.download, { name }) + (info ? ` (${info})` : '')}>${name}</a>
            ${info ? html`<span class="file-info" aria-hidden="true">${info}</span>` : nothing}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private renderSequence({ previous, next }: LoadedArticle) {
    if (this.articleId !== null || (!previous && !next)) return nothing;
    const link = (label: string, article: Article | undefined) =>
      article
        ? html`<li>
            <span class="label">${format(this.messages.fieldLabel, { label })}</span>
            <a href=${ifDefined(this.newsGroup?.hrefFor({ articleId: article.id }))} @click=${(event: MouseEvent) => this.open(event, article)}>${this.titleOf(article)}</a>
          </li>`
        : nothing;
    return html`<nav class="sequence" part="sequence" aria-label=${`${this.messages.previousArticle} / ${this.messages.nextArticle}`}>
      <ul>
        ${link(this.messages.previousArticle, previous)} ${link(this.messages.nextArticle, next)}
      </ul>
    </nav>`;
  }

  private renderSkeleton() {
    return html`<div class="skeleton" aria-hidden="true">
        <span class="bar heading"></span><span class="bar short"></span><span class="bar"></span><span class="bar"></span><span class="bar short"></span>
      </div>
      <span class="visually-hidden" role="status">${this.messages.loading}</span>`;
  }

  /** @internal Whether the article follows the group's choice or the page URL (no `article-id`). */
  get isDetailView(): boolean {
    return this.articleId === null;
  }

  /** @internal */
  override endpointPart(): Partial<EndpointConfig> {
    return { ...super.endpointPart(), ...(this.articleSrc ? { articleSrc: this.articleSrc } : {}) };
  }

  /** @internal An article a reader opened (from the list, previous/next): its title takes focus once it has rendered. */
  selectionChanged({ focus }: SelectionChange): void {
    if (focus === 'article' && this.isDetailView) this.focusTitle = true;
  }

  /** @internal */
  override prerenderContext(): unknown[] {
    return [...super.prerenderContext(), this.headingLevelFor(this.headingLevel, 2)];
  }

  protected override get viewLoad() {
    return this.articleLoad;
  }

  override render() {
    const group = this.newsGroup;
    const id = this.articleId ?? group?.selection.articleId;
    if (!id) {
      return this.inMasterDetail ? nothing : html`<p class="empty" part="empty">${this.messages.noArticle}</p>`;
    }
    const { loading, error, value } = this.articleLoad;
    const level = this.headingLevelFor(this.headingLevel, 2);
    if (loading || (!value && !error)) {
      return html`<div part="base" aria-busy="true">${this.renderToolbar()}${this.renderSkeleton()}</div>`;
    }
    if (error || !value) {
      const retry = () => {
        // The retry button goes away with the error: the title that replaces it takes focus.
        this.focusTitle = true;
        this.articleLoad.retry();
      };
      return html`<div part="base">${this.renderToolbar()}${error ? this.renderError(error, retry) : nothing}</div>`;
    }
    const { article, body, bodyHtml, bodyImages } = value;
    return html`<article part="base" aria-labelledby="title">
      ${this.renderToolbar()} ${this.renderStaleNotice()}
      <div class="title" part="title" id="title" role="heading" aria-level=${level} tabindex="-1" dir="auto">${this.titleOf(article)}</div>
      ${this.renderMeta(article)} ${this.renderMedia(article, bodyImages)} ${body ?? (isServer && bodyHtml ? unsafeHTML(bodyHtml) : nothing)} ${this.renderAttachments(article, level)} ${this.renderSequence(value)}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticle;
  }
}
