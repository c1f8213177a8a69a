// Shared styles: the brand tokens every element reads (`--news-*`, set them on any ancestor) and a
// host reset, so that a portal's global CSS (62.5% root font size, content-box, floated list
// items) does not reach inside; sizes are in em of the host's `medium`, not the page's rem.
// Font family and text colour follow the page on purpose (--news-font, --news-text).

import { css } from 'lit';

export const hostStyles = css`
  :host {
    --_accent: var(--news-accent, #0b57d0);
    --_on-accent: var(--news-on-accent, #ffffff);
    /* Text follows the page's colour unless --news-text says otherwise. */
    --_text: var(--news-text, currentColor);
    --_muted: var(--news-muted, #5c5f66);
    --_subtle: var(--news-subtle, #f1f3f6);
    --_border: var(--news-border, #d5d9e0);
    --_control: var(--news-control, #ffffff);
    --_focus: var(--news-focus, #0b57d0);
    --_error-text: #8c1d18;
    --_error-bg: #fce8e6;
    --_error-border: #d93025;
    --_radius: var(--news-radius, 6px);
    /* Density scales every gap and padding: 0.75 for a dense intranet, 1.25 for an airy site. */
    --_space: calc(var(--news-space, 1em) * var(--news-density, 1));
    display: block;
    box-sizing: border-box;
    font-family: var(--news-font, inherit);
    font-size: var(--news-font-size, medium);
    line-height: 1.5;
    color: var(--_text);
    text-align: start;
    overflow-wrap: anywhere;
  }
  /* Light and dark follow the page's color-scheme: a page that declares color-scheme: light dark
     gets dark widgets in dark mode; a page that does not stays light. */
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_accent: var(--news-accent, light-dark(#0b57d0, #a8c7fa));
      --_on-accent: var(--news-on-accent, light-dark(#ffffff, #062e6f));
      --_muted: var(--news-muted, light-dark(#5c5f66, #b4b8bf));
      --_subtle: var(--news-subtle, light-dark(#f1f3f6, #2a2d33));
      --_border: var(--news-border, light-dark(#d5d9e0, #4a4e55));
      --_control: var(--news-control, light-dark(#ffffff, #1f2125));
      --_focus: var(--news-focus, light-dark(#0b57d0, #a8c7fa));
      --_error-text: light-dark(#8c1d18, #f9dedc);
      --_error-bg: light-dark(#fce8e6, #410e0b);
      --_error-border: light-dark(#d93025, #f2b8b5);
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
  }
  /* Loading placeholders, shared by the list and the article. */
  .skeleton .bar {
    display: block;
    border-radius: 4px;
    background: var(--_subtle);
    animation: pulse 1.4s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  /* Arrows point the way the text runs. */
  :host(:dir(rtl)) .arrow {
    display: inline-block;
    transform: scaleX(-1);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    padding: 0.75em 1em;
    border: 1px solid var(--_error-border);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_error-bg);
    color: var(--_error-text);
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block-end: var(--_space);
    padding: 0.5em 1em;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid #b06000;
    border-radius: var(--_radius);
    background: var(--_subtle);
    font-size: 0.9em;
  }
  .notice p,
  .error p {
    margin: 0;
    flex: 1 1 16em;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 2.25em;
    padding: 0.3em 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_control);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
    text-decoration: none;
  }
  .button:hover {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
