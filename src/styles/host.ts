// Shared styles: the brand tokens every element reads (`--news-*`, set them on any ancestor) and a
// host reset, so that a portal's global CSS (62.5% root font size, content-box, floated list
// items) does not reach inside. Font family and text colour follow the page on purpose.

import { css } from 'lit';

export const hostStyles = css`
  :host {
    --_accent: var(--news-accent, #0b57d0);
    --_on-accent: var(--news-on-accent, #ffffff);
    --_text: var(--news-text, #1f1f1f);
    --_muted: var(--news-muted, #5c5f66);
    --_surface: var(--news-surface, transparent);
    --_subtle: var(--news-subtle, #f1f3f6);
    --_border: var(--news-border, #d5d9e0);
    --_radius: var(--news-radius, 6px);
    --_space: var(--news-space, 1rem);
    --_focus: var(--news-focus, #0b57d0);
    display: block;
    box-sizing: border-box;
    font-family: var(--news-font, inherit);
    font-size: var(--news-font-size, medium);
    line-height: 1.5;
    color: var(--_text);
    text-align: start;
    overflow-wrap: anywhere;
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
    gap: 0.5rem 1rem;
    padding: 0.75rem 1rem;
    border: 1px solid #d93025;
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: #fce8e6;
    color: #8c1d18;
  }
  .error p {
    margin: 0;
    flex: 1 1 16rem;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 2.25rem;
    padding: 0.3rem 0.9rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: #fff;
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
