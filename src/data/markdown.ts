// Markdown bodies (Strapi's rich text, some feeds) to HTML, with the `marked` library loaded on
// first use: a page whose content has no Markdown never downloads it. The HTML that comes out
// goes through the sanitizer like every other body.
import { IN_SCRIPT_TAG_BUNDLE, importBeside, loadOnce } from '../lazy/script-base.js';

type Parse = (markdown: string) => string;

const engine = loadOnce(load, 'The Markdown library could not be loaded');

function load(): Promise<Parse> {
  // The script-tag bundle has no module graph to split: it imports the chunk published beside it
  // (dist/news-elements.markdown.js). import() obeys the page's script-src like the bundle does.
  const module: Promise<{ parse: Parse }> = IN_SCRIPT_TAG_BUNDLE ? importBeside('news-elements.markdown.js') : import('../lazy/markdown.js');
  return module.then((m) => m.parse);
}

/** Markdown to (unsanitized) HTML; rejects if the Markdown library cannot be loaded. */
export async function markdownToHtml(markdown: string): Promise<string> {
  return (await engine())(markdown);
}
