import { css } from 'lit';

export const styles = css`
  .bar {
    position: relative;
    border-block-end: 1px solid var(--_border);
  }
  [role='tablist'] {
    display: flex;
    gap: 0.125em;
    margin: 0;
    padding: 0 0 1px;
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scrollbar-width: thin;
    /* The row of tabs must not count in the page's min-content width: in a grid or flex column
       of a narrow screen it would widen the layout instead of scrolling. */
    contain: inline-size;
    /* The edges with more tabs behind them fade out (data-more-start / -end, kept by the element). */
    --_fade-start: 0px;
    --_fade-end: 0px;
    --_fade-to: right;
    /* A tab scrolled into view by the keyboard stops clear of a faded edge. */
    scroll-padding-inline: 2.5em;
  }
  :host(:dir(rtl)) [role='tablist'] {
    --_fade-to: left;
  }
  [role='tablist'][data-more-start] {
    --_fade-start: 2.5em;
  }
  [role='tablist'][data-more-end] {
    --_fade-end: 2.5em;
  }
  [role='tablist'][data-more-start],
  [role='tablist'][data-more-end] {
    mask-image: linear-gradient(to var(--_fade-to), transparent, #000 var(--_fade-start), #000 calc(100% - var(--_fade-end)), transparent);
  }
  [role='tab'] {
    flex: none;
    position: relative;
    margin: 0;
    padding: 0.6em 0.85em;
    border: 0;
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: none;
    color: var(--_muted);
    font: inherit;
    font-weight: 500;
    white-space: nowrap;
    cursor: pointer;
  }
  [role='tab']:hover {
    color: var(--_text);
    background: var(--_subtle);
  }
  [role='tab'][aria-selected='true'] {
    color: var(--_accent);
  }
  [role='tab'][aria-selected='true']::after {
    content: '';
    position: absolute;
    inset-inline: 0.5em;
    inset-block-end: -1px;
    block-size: 3px;
    border-radius: 3px 3px 0 0;
    background: var(--_accent);
  }
  [role='tab']:focus-visible {
    outline-offset: -2px;
  }
  .placeholder {
    flex: none;
    inline-size: 6em;
    block-size: 1.2em;
    margin: 0.75em 0.5em;
    border-radius: 4px;
    background: var(--_subtle);
  }
  .error {
    margin-block: 0.5em;
  }
`;
