// What a prerendered fragment carries (prerender(), src/ssr/): each load's value by the element and
// inputs it was for, and each group's categories. The elements take a value whose inputs they
// have too instead of loading it, so they take over the prerendered DOM without a request; in the
// browser the values are read once from the fragment's <script type="application/json"
// data-news-prerender>, on the server prerender() sets them between its two passes.
import { isServer } from 'lit';
import type { Category } from '../data/model.js';

export interface Seeds {
  /** Each load's value (as the load packed it), by `seedKey()`. */
  loads: Record<string, unknown>;
  /** The categories each group's client knew, by group key: the names of list items' categories. */
  groups: Record<string, { categories: readonly Category[] }>;
  /** When the server rendered the fragment (ms since 1970): relative dates ("3 days ago") count from it. */
  renderedAt?: number;
}

/** The data block: `<script type="application/json" data-news-prerender>`. */
export const SEEDS_TYPE = 'application/json';
export const SEEDS_ATTRIBUTE = 'data-news-prerender';
export const SEEDS_SELECTOR = `script[type="${SEEDS_TYPE}"][${SEEDS_ATTRIBUTE}]`;

let seeds: Seeds | undefined;
/** Browser: when the block each load's value came in was rendered, by seed key (absent: the block does not say). */
const renderedAtOf = new Map<string, number>();

/** The seeds of the page (browser) or of the render under way (server); empty when there are none. */
export function pageSeeds(): Seeds {
  if (!seeds) {
    seeds = { loads: {}, groups: {} };
    if (!isServer) {
      for (const script of document.querySelectorAll(SEEDS_SELECTOR)) {
        try {
          const found = JSON.parse(script.textContent ?? '') as Partial<Seeds>;
          Object.assign(seeds.loads, found.loads);
          Object.assign(seeds.groups, found.groups);
          // Fragments of a page may be written at different times: each load keeps its block's.
          for (const key of Object.keys(found.loads ?? {})) {
            if (typeof found.renderedAt === 'number') renderedAtOf.set(key, found.renderedAt);
            else renderedAtOf.delete(key);
          }
        } catch {
          // A broken block: those elements load as they would without one.
        }
      }
    }
  }
  return seeds;
}

/** Browser: when the server rendered the value a page's seed holds for `key` (undefined: its block does not say). */
export function seedRenderedAt(key: string): number | undefined {
  return renderedAtOf.get(key);
}

/** Whether there is anything prerendered to take over. */
export function hasSeeds(): boolean {
  return isServer || Object.keys(pageSeeds().loads).length > 0;
}

/**
 * The key of one element's load: its tag, what it renders with beyond its inputs (its language,
 * time zone and heading level: a fragment made with others is not one to take over, whose text
 * would stay), and its inputs (a group stands for its key).
 */
export function seedKey(tag: string, context: unknown, args: readonly unknown[]): string {
  return `${tag} ${JSON.stringify(context)} ${JSON.stringify(args)}`;
}

/** Server: the seeds of the render under way (undefined: the page's, read again when asked). */
export function setSeeds(next: Seeds | undefined): void {
  seeds = next;
}

/** An article body as the server renders it: the sanitized HTML of its container, and the sources of its images. */
export interface ServerBody {
  html: string;
  images: string[];
}

/**
 * Server: sanitizes an article body as the browser does (set by prerender(), which has a DOM
 * for DOMPurify: the elements' code imports no DOM library of its own).
 */
export const serverBodies: { render?: (html: string, options: import('../security/sanitize.js').BodyOptions) => Promise<ServerBody> } = {};
