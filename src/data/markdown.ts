// Markdown bodies (Strapi's rich text, some feeds) to HTML, with the `marked` library loaded on
// first use: a page whose content has no Markdown never downloads it. The HTML that comes out
// goes through the sanitizer like every other body.
import { loadOnce } from '../base/errors.js';

const engine = loadOnce(() => import('./marked.js'), 'Markdown library');

/** Markdown to (unsanitized) HTML; rejects if the Markdown library cannot be loaded. */
export async function markdownToHtml(markdown: string): Promise<string> {
  return (await engine()).parse(markdown);
}
