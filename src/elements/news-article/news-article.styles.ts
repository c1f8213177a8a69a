import { css } from 'lit';

export const styles = css`
  :host([data-news-state~='idle']) {
    display: none;
  }
  article {
    container-type: inline-size;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block: var(--_space);
  }
  .title {
    margin: 0 0 0.5em;
    font-size: var(--news-title-size, 1.75em);
    font-weight: 700;
    line-height: 1.25;
    overflow-wrap: anywhere;
    scroll-margin-block-start: var(--news-scroll-margin, 1em);
    /* Its direction is its own text's (dir="auto"); its side is the page's. */
    text-align: -webkit-match-parent;
    text-align: match-parent;
  }
  .title:focus {
    outline: none;
  }
  .title:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 4px;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    margin: 0 0 var(--_space);
    padding-block-end: 0.75em;
    border-block-end: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .meta div {
    display: flex;
    gap: 0.35em;
  }
  .meta dt {
    flex: none;
  }
  .meta dd {
    margin: 0;
    color: var(--_text);
  }
  .hero {
    margin: 0 0 var(--_space);
  }
  .hero img,
  video {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .player {
    aspect-ratio: 16 / 9;
    margin-block-end: var(--_space);
  }
  .player iframe,
  .body iframe {
    display: block;
    inline-size: 100%;
    max-inline-size: 100%;
    block-size: 100%;
    border: 0;
    border-radius: var(--_radius);
  }
  .body iframe {
    block-size: auto;
    aspect-ratio: 16 / 9;
  }
  video {
    inline-size: 100%;
    margin-block-end: var(--_space);
  }
  figcaption {
    margin-block-start: 0.35em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* The CMS body: contained, so nothing in it can cover the portal or widen the page. */
  .body {
    position: relative;
    contain: layout paint;
    isolation: isolate;
    overflow-wrap: anywhere;
    line-height: 1.7;
  }
  /* A very long body (shown while it is still arriving: sanitizeBodyInto): Chromium and Firefox
     lay out only what comes into view, which halves the time to the whole of a 5 MB body
     (Chromium 0.8 s instead of 1.9, Firefox 0.9 instead of 2.1). Not WebKit: it re-examines
     every content-visibility: auto element on every frame (300 ms per frame with 3,000
     paragraphs, against 27 without), so a growing body took 18 s instead of 6, and scrolling it
     would stutter. WebKit is told apart by the one property only it supports here. */
  @supports not (hanging-punctuation: first) {
    .body.large > * {
      content-visibility: auto;
      contain-intrinsic-size: auto 3em;
    }
  }
  .body > :first-child {
    margin-block-start: 0;
  }
  .body :is(h1, h2, h3, h4, h5, h6) {
    margin: 1.6em 0 0.6em;
    line-height: 1.3;
  }
  .body h1 {
    font-size: 1.5em;
  }
  .body h2 {
    font-size: 1.35em;
  }
  .body h3 {
    font-size: 1.15em;
  }
  .body :is(h4, h5, h6) {
    font-size: 1em;
  }
  .body p {
    margin: 0 0 1em;
  }
  .body :is(ul, ol) {
    margin: 0 0 1em;
    padding-inline-start: 1.75em;
  }
  .body ul {
    list-style: disc;
  }
  .body ol {
    list-style: decimal;
  }
  .body li {
    float: none;
    margin-block: 0.25em;
    list-style: inherit;
  }
  .body img,
  .body video {
    max-inline-size: 100%;
    block-size: auto;
    border: 0;
  }
  .body figure {
    margin: 1.5em 0;
  }
  .body blockquote {
    margin: 1.5em 0;
    padding: 0.5em 1em;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_subtle);
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }
  .body blockquote > :last-child {
    margin-block-end: 0;
  }
  .body pre {
    contain: inline-size;
    overflow-x: auto;
    padding: 0.75em 1em;
    background: var(--_subtle);
    border-radius: var(--_radius);
  }
  .body hr {
    margin: 2em 0;
    border: 0;
    border-block-start: 1px solid var(--_border);
  }
  .table-scroll {
    contain: inline-size;
    max-inline-size: 100%;
    margin: 1.5em 0;
    overflow-x: auto;
  }
  .body table {
    min-inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.925em;
    overflow-wrap: normal;
  }
  .body :is(th, td) {
    padding: 0.45em 0.75em;
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .body thead th {
    background: var(--_subtle);
  }
  .attachments-heading {
    margin: 2em 0 0.5em;
    font-size: 1em;
    font-weight: 700;
  }
  .attachments ul,
  .sequence ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .attachments li {
    float: none;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.75em;
    padding-block: 0.5em;
    border-block-end: 1px solid var(--_border);
    list-style: none;
  }
  .file-info {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .sequence {
    margin-block-start: calc(var(--_space) * 2);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }
  .sequence li {
    float: none;
    display: flex;
    gap: 0.5em;
    margin-block: 0.35em;
    list-style: none;
  }
  .sequence .label {
    flex: none;
    color: var(--_muted);
  }
  /* In the border colour, as the list's loading rows: the subtle one all but vanished on white. */
  .skeleton .bar {
    block-size: 1em;
    margin-block: 0.6em;
    background: var(--_border);
  }
  .skeleton .bar.heading {
    block-size: 1.75em;
    inline-size: 75%;
  }
  .skeleton .bar.short {
    inline-size: 40%;
  }
  .empty {
    color: var(--_muted);
  }
  .error {
    margin-block: var(--_space);
  }
`;
