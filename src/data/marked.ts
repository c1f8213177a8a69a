// The Markdown library behind `markdownToHtml`, built as its own chunk: `marked` (≈15 kB gzip)
// reaches a page only when an answer has a Markdown body.
import { Marked } from 'marked';

const marked = new Marked({ gfm: true, breaks: false, async: false });

/** Markdown to HTML (not sanitized: that is the sanitizer's job, on every body). */
export function parse(markdown: string): string {
  return marked.parse(markdown, { async: false });
}
