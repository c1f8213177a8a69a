// The one HTML parser of the elements: a DOMParser document, inert (no script runs, nothing
// loads), fed through the one Trusted Types policy of ours, "news-elements". The sanitizer, the
// feeds' reader and the text readers (titles and excerpts that a CMS sends as HTML) all parse
// here; CMS markup comes through defuse.ts's parseHtml and parseXml, which rename its event
// handlers first. The policy is kept on a global so that every copy of this module (the
// script-tag bundle and the files it loads beside itself, a second copy of the bundle) shares it:
// a second createPolicy() of the same name throws where the page's CSP does not allow duplicates.
import { NewsError } from '../base/errors.js';

type HtmlPolicy = { createHTML(input: string): unknown };
type PolicyFactory = { createPolicy(name: string, rules: { createHTML(input: string): string }): HtmlPolicy };

export const POLICY_NAME = 'news-elements';
const SHARED = Symbol.for('news-elements.html-policy');

function policy(): HtmlPolicy | null {
  const store = globalThis as Record<symbol, HtmlPolicy | null | undefined>;
  if (store[SHARED] === undefined) {
    const factory = (globalThis as unknown as { trustedTypes?: PolicyFactory }).trustedTypes;
    try {
      store[SHARED] = factory ? factory.createPolicy(POLICY_NAME, { createHTML: (input) => input }) : null;
    } catch (error) {
      throw new NewsError('config', `The page's Content-Security-Policy must allow the Trusted Types policy "${POLICY_NAME}" (trusted-types … ${POLICY_NAME})`, { cause: error });
    }
  }
  return store[SHARED] ?? null;
}

/**
 * Creates the policy now if it is not there yet: every load calls this first, so a page whose CSP
 * leaves "news-elements" out of `trusted-types` gets one clear `config` error in every element at
 * start, not a failure later with some body or title only.
 */
export function checkHtmlPolicy(): void {
  policy();
}

/**
 * Parses markup into an inert document of its own, through the policy (DOMParser is a Trusted
 * Types sink for every type). Markup from a CMS goes through defuse.ts's parseHtml or parseXml.
 */
export function parseDocument(markup: string, type: DOMParserSupportedType): Document {
  const trusted = policy();
  return new DOMParser().parseFromString((trusted ? trusted.createHTML(markup) : markup) as string, type);
}
