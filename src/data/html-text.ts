// Plain text out of CMS markup, read by the browser's own HTML parser (an inert document, its
// handlers defused: security/defuse.ts), not by a regex over tags. For fields that are text in our
// model but HTML in a CMS (WordPress excerpts, feed descriptions, a draft's body standing in for
// its title). The adapters that need it import it; for other records the elements load it with
// the first record that does (model.ts).

import { parseHtml } from '../security/defuse.js';
import { foldSpace, mayHoldMarkup } from './text.js';

/** Elements whose start and end break a line of text: they become a space; inline ones (`<b>`, `<a>`) do not, so 新一代<b>定位器</b> stays one word. */
const BREAKING = new Set('address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr img li main nav ol p pre section table td th tr ul'.split(' '));

function textOf(node: Node, out: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE) out.push(child.nodeValue ?? '');
    else if (child instanceof Element) {
      const name = child.localName;
      if (name === 'script' || name === 'style' || name === 'template') continue;
      const breaks = BREAKING.has(name);
      if (breaks) out.push(' ');
      textOf(child, out);
      if (breaks) out.push(' ');
    }
  }
}

/** Plain text of a fragment of HTML: tags removed (block ends become spaces), references decoded, white space folded. */
export function htmlToText(html: string): string {
  if (!mayHoldMarkup(html)) return foldSpace(html);
  const out: string[] = [];
  textOf(parseHtml(html).body, out);
  return foldSpace(out.join(''));
}
