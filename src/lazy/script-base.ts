// Where the script-tag bundle was loaded from, read while it runs (document.currentScript is
// only set then), so that the chunks it loads on demand come from beside it.

declare const __NEWS_SCRIPT_TAG__: boolean | undefined;

/** True in the script-tag bundle (a build-time constant there), false in the ESM build and tests. */
export const IN_SCRIPT_TAG_BUNDLE = typeof __NEWS_SCRIPT_TAG__ !== 'undefined' && __NEWS_SCRIPT_TAG__;

const script = typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null) : null;
const base = script?.src || (typeof location !== 'undefined' ? location.href : '');

/** The URL of a file published beside the script-tag bundle (e.g. `news-elements.markdown.js`). */
export function besideScript(file: string): string {
  return new URL(file, base).href;
}
