import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  :host([data-news-state~='covered']) {
    display: none;
  }
  .content {
    scroll-margin-block-start: var(--news-scroll-margin, 1em);
  }
  .content:focus {
    outline: none;
  }
  .content:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 4px;
  }
  ul.items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item,
  .item-placeholder {
    position: relative;
    display: flex;
    gap: var(--_space);
    float: none;
    margin: 0;
    padding-block: var(--_space);
    border-block-end: 1px solid var(--_border);
    list-style: none;
  }
  /* Rows out of view are not laid out until they scroll near (a long list renders in the time of
     its first screen); 'auto' remembers a row's real size once it has had one. In Chromium the
     bench's 100-article render takes 27 ms with it, 45 without (20 rows: the same either way).
     Not in WebKit: there no row was laid out until the frame after news-load (a title measured
     0 px wide at news-load, thumbnails painted late). WebKit is told apart by the one property
     only it supports here (as in news-article.styles.ts). */
  @supports not (hanging-punctuation: first) {
    .item {
      content-visibility: auto;
      contain-intrinsic-block-size: auto 8em;
    }
    :host([layout='cards']) .item {
      contain-intrinsic-block-size: auto 18em;
    }
    :host([layout='compact']) .item {
      contain-intrinsic-block-size: auto 3.5em;
    }
  }
  .item:hover .title a {
    text-decoration: underline;
  }
  .thumb {
    flex: none;
    /* Not stretched to the row's height: a tall row on a narrow screen would crop it to a sliver. */
    align-self: flex-start;
    inline-size: 11em;
    aspect-ratio: 16 / 9;
    margin: 0;
    overflow: hidden;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .thumb img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    max-inline-size: none;
    border: 0;
    object-fit: cover;
  }
  /* An image that failed leaves the empty frame, not the browser's broken-image icon. */
  .thumb img.failed {
    visibility: hidden;
  }
  .text {
    flex: 1;
    min-inline-size: 0;
  }
  .title {
    margin: 0 0 0.25em;
    font-size: 1.1em;
    font-weight: 600;
    line-height: 1.35;
  }
  .title a {
    color: var(--_text);
    text-decoration: none;
  }
  /* The whole row is the link's target area. */
  .title a::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .title a:focus-visible {
    outline: none;
  }
  .title a:focus-visible::after {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
    border-radius: var(--_radius);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    margin: 0 0 0.35em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .badge {
    color: var(--_accent);
    font-weight: 500;
  }
  /* Title and summary take their direction from their own text (dir="auto"), but line up with
     the row: an English title in a right-to-left page still starts on the right. */
  .title,
  .summary {
    text-align: -webkit-match-parent; /* Chromium and Safari */
    text-align: match-parent;
  }
  .summary {
    margin: 0;
    color: var(--_muted);
    display: -webkit-box;
    -webkit-line-clamp: 3;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  /* A loading row is one element: its thumbnail and text bars are drawn by ::before and ::after,
     in the border colour (the subtle one all but vanished on white at the pulse's low point). */
  .item-placeholder::before {
    content: '';
    flex: none;
    inline-size: 11em;
    aspect-ratio: 16 / 9;
    border-radius: var(--_radius);
    background: var(--_border);
    animation: pulse 1.4s ease-in-out infinite;
  }
  .item-placeholder::after {
    --_bar: linear-gradient(var(--_border) 0 0);
    content: '';
    flex: 1;
    block-size: 5.6em;
    background:
      var(--_bar) 0 0.4em / 70% 0.9em no-repeat,
      var(--_bar) 0 1.7em / 30% 0.9em no-repeat,
      var(--_bar) 0 3em / 100% 0.9em no-repeat,
      var(--_bar) 0 4.3em / 85% 0.9em no-repeat;
    animation: pulse 1.4s ease-in-out infinite;
  }
  :host(:dir(rtl)) .item-placeholder::after {
    background-position-x: 100%;
  }
  .empty {
    margin: 0;
    padding: calc(var(--_space) * 2) var(--_space);
    color: var(--_muted);
    text-align: center;
  }
  /* "Page 99 does not exist." with the way to a page that does. */
  .missing-page {
    display: flex;
    flex-direction: column;
    align-items: center;
    padding-block-end: calc(var(--_space) * 2);
  }
  .missing-page .empty {
    padding-block-end: var(--_space);
  }
  .error {
    margin-block: var(--_space);
  }
  nav {
    margin-block-start: var(--_space);
  }
  .pages {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .pages li {
    float: none;
    margin: 0;
    list-style: none;
  }
  .page-control {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.25em;
    text-decoration: none;
  }
  .pages .page-control {
    min-inline-size: 2.5em;
    min-block-size: 2.5em;
    padding: 0.25em 0.65em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_control);
    color: var(--_text);
    cursor: pointer;
  }
  /* Not the current page: this selector outranks [aria-current='page'] below, and its accent text
     would vanish on the accent background. */
  .pages .page-control:hover:not(:disabled, [aria-disabled='true'], [aria-current='page']) {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  .pages .page-control[aria-current='page'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  .pages .page-control:is(:disabled, [aria-disabled='true']) {
    opacity: 0.45;
    cursor: default;
  }
  .more {
    display: flex;
    justify-content: center;
    margin-block-start: var(--_space);
  }
  .more .page-control {
    min-block-size: 2.5em;
    padding: 0.35em 1.5em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_control);
    color: var(--_accent);
    font: inherit;
    cursor: pointer;
  }
  .more .page-control:hover:not([aria-disabled='true']) {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .more .page-control[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  /* A narrow list shows fewer page numbers and its arrows without their words (page-numbers.ts:
     responsivePageNumbers); the words stay as the buttons' names. */
  .pages .narrow-only {
    display: none;
  }
  @container (max-width: 30em) {
    .pages .wide-only {
      display: none;
    }
    .pages .narrow-only {
      display: block;
    }
    .page-label {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
  .gap {
    display: inline-block;
    min-inline-size: 1.5em;
    padding-block: 0.5em;
    color: var(--_muted);
    text-align: center;
  }
  /* Cards: an image grid. */
  :host([layout='cards']) ul.items {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
    gap: var(--_space);
    padding-block: var(--_space);
  }
  :host([layout='cards']) :is(.item, .item-placeholder) {
    flex-direction: column;
    gap: 0.6em;
    padding: 0 0 var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_control);
  }
  /* (Pseudo-elements cannot go inside :is(): the placeholder's selectors are written out.) */
  :host([layout='cards']) .thumb,
  :host([layout='cards']) .item-placeholder::before {
    inline-size: 100%;
    border-radius: 0;
  }
  :host([layout='cards']) .item-placeholder::after {
    flex: none;
    margin-inline: var(--_space);
  }
  :host([layout='cards']) .text {
    padding-inline: var(--_space);
  }
  /* A card without an image. */
  :host([layout='cards']) .text:first-child {
    padding-block-start: var(--_space);
  }
  :host([layout='cards']) .title a:focus-visible::after {
    outline-offset: -3px;
  }
  /* Compact: title and date, for a sidebar. */
  :host([layout='compact']) :is(.item, .item-placeholder) {
    padding-block: 0.5em;
  }
  :host([layout='compact']) .title {
    font-size: 1em;
    font-weight: 500;
  }
  :host([layout='compact']) .meta {
    margin: 0;
  }
  :host([layout='compact']) .thumb,
  :host([layout='compact']) .item-placeholder::before {
    display: none;
  }
  :host([layout='compact']) .item-placeholder::after {
    block-size: 3em;
  }
  @container (max-width: 32em) {
    :host(:not([layout='cards'])) .thumb,
    :host(:not([layout='cards'])) .item-placeholder::before {
      inline-size: 6.5em;
    }
    .summary {
      -webkit-line-clamp: 2;
    }
  }
`;
