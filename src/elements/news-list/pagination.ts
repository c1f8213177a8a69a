// The list's pagination: a labelled <nav> of page controls — numbered with ellipses when the
// total is known, previous/next alone when it is not. Buttons, or real links when the group keeps
// its state in the URL (a middle-click opens that page in a new tab; a plain click stays in place).

import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ArticlePage } from '../../data/model.js';
import { format, type NewsStrings } from '../../i18n/strings.js';
import { responsivePageNumbers, type ShownSlot } from './page-numbers.js';

export interface PaginationOptions {
  result: ArticlePage;
  strings: NewsStrings;
  /** The URL of a page, when pages are links; undefined for buttons. */
  hrefFor?: (page: number) => string | undefined;
  goToPage: (page: number) => void;
}

/** How many pages there are, when the answer tells its total. */
export function pageCount(result: ArticlePage): number | undefined {
  return result.total !== undefined ? Math.max(1, Math.ceil(result.total / result.pageSize)) : undefined;
}

/** Whether a page comes after this one: by the total when known, else by the answer's word. */
export function hasNextPage(result: ArticlePage): boolean {
  const count = pageCount(result);
  return count !== undefined ? result.page < count : result.hasNext;
}

/**
 * The page to offer instead of the one asked for when that one lies past the end (`page="99"` of a
 * category with nine): the last page when the total is known and there are articles, the first
 * when it is not known. Undefined for a page that exists, or a category that has no articles.
 */
export function pageInstead(result: ArticlePage): number | undefined {
  if (result.items.length || result.page <= 1) return undefined;
  const count = pageCount(result);
  if (count === undefined) return 1;
  return result.total! > 0 && result.page > count ? count : undefined;
}

/** "Page 99 does not exist." with a way to `page` (pageInstead's), in place of the list and its pagination. */
export function renderPageInstead({ result, strings, hrefFor, goToPage }: PaginationOptions, page: number) {
  const href = hrefFor?.(page);
  const onClick = (event: MouseEvent) => {
    if (href && (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)) return;
    event.preventDefault();
    goToPage(page);
  };
  const label = format(strings.goToPage, { page });
  return html`<div class="missing-page" part="empty">
    <p class="empty">${format(strings.pageMissing, { page: result.page })}</p>
    ${href
      ? html`<a class="button" part="page-instead" href=${href} @click=${onClick}>${label}</a>`
      : html`<button class="button" part="page-instead" type="button" @click=${onClick}>${label}</button>`}
  </div>`;
}

export function renderPagination({ result, strings, hrefFor, goToPage }: PaginationOptions) {
  const page = result.page;
  const count = pageCount(result);
  if ((count ?? (result.hasNext ? 2 : page)) <= 1) return nothing;
  const hasNext = hasNextPage(result);
  const onClick = (n: number) => (event: MouseEvent) => {
    if (hrefFor && (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)) return;
    event.preventDefault();
    goToPage(n);
  };
  const control = (n: number, part: string, label: string | undefined, content: unknown, disabled = false) => {
    const current = n === page && !part.includes('previous') && !part.includes('next') ? 'page' : undefined;
    return hrefFor
      ? html`<a
          class="page-control"
          part=${part}
          href=${ifDefined(disabled ? undefined : hrefFor(n))}
          role=${ifDefined(disabled ? 'link' : undefined)}
          aria-disabled=${ifDefined(disabled ? 'true' : undefined)}
          aria-label=${ifDefined(label)}
          aria-current=${ifDefined(current)}
          @click=${disabled ? undefined : onClick(n)}
          >${content}</a
        >`
      : html`<button type="button" class="page-control" part=${part} ?disabled=${disabled} aria-label=${ifDefined(label)} aria-current=${ifDefined(current)} @click=${onClick(n)}>
          ${content}
        </button>`;
  };
  const pageControl = (n: number, shown?: string) =>
    html`<li class=${ifDefined(shown)}>${control(n, n === page ? 'page page-current' : 'page', format(strings.page, { page: n }), n)}</li>`;
  // In a narrow list, fewer numbers (wide-only ones hidden) and the arrows without their words.
  const slot = ({ slot, wide, narrow }: ShownSlot) => {
    const shown = wide ? 'wide-only' : narrow ? 'narrow-only' : undefined;
    return slot === 'gap' ? html`<li class=${ifDefined(shown)}><span class="gap" aria-hidden="true">…</span></li>` : pageControl(slot, shown);
  };
  return html`<nav part="pagination" aria-label=${strings.pagination}>
    <ul class="pages">
      <li>${control(page - 1, 'page page-previous', undefined, html`<span class="arrow" aria-hidden="true">‹</span> <span class="page-label">${strings.previousPage}</span>`, page <= 1)}</li>
      ${count !== undefined ? responsivePageNumbers(page, count).map(slot) : pageControl(page)}
      <li>${control(page + 1, 'page page-next', undefined, html`<span class="page-label">${strings.nextPage}</span> <span class="arrow" aria-hidden="true">›</span>`, !hasNext)}</li>
    </ul>
  </nav>`;
}
