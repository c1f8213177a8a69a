// The selection a group of elements shares: the category, the page and the open article. A store
// with subscribers and nothing else: the elements write it (a reader's choice, an attribute), the
// URL state beside it keeps it in the page URL, and every change reaches every subscriber once.

/** What a group shows: the category, the page and the open article. */
export interface Selection {
  category: string | null;
  page: number;
  articleId: string | null;
}

/** How a change came: `page` (an attribute, a property, the URL), else a reader's choice. */
export type ChangeOrigin = 'page' | 'user';

/** A reader's choice that moves focus: `article` (an article opened), `list` (back to the list). */
export type FocusTarget = 'article' | 'list';

export interface SelectionChange {
  readonly previous: Readonly<Selection>;
  readonly current: Readonly<Selection>;
  readonly origin: ChangeOrigin;
  /** Where focus goes once the view has rendered, when the reader's choice moves it. */
  readonly focus?: FocusTarget;
}

export interface SelectOptions {
  origin?: ChangeOrigin;
  focus?: FocusTarget;
}

export class SelectionStore {
  private current: Readonly<Selection> = { category: null, page: 1, articleId: null };
  /** The fields a reader or an attribute has set: an attribute's proposal no longer overrides them. */
  private readonly chosen = new Set<keyof Selection>();
  private readonly listeners = new Set<(change: SelectionChange) => void>();

  get value(): Readonly<Selection> {
    return this.current;
  }

  /** Calls `listener` on every change; returns the function that stops it. */
  subscribe(listener: (change: SelectionChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * A value an element's attribute asks for at start-up: taken unless the field was already
   * chosen (by a reader, the URL or another attribute).
   */
  propose(change: Partial<Selection>): void {
    const open: Partial<Selection> = {};
    for (const key of Object.keys(change) as (keyof Selection)[]) {
      if (change[key] !== undefined && !this.chosen.has(key)) Object.assign(open, { [key]: change[key] });
    }
    this.select(open);
  }

  /** Changes the selection; a new category starts at page 1. */
  select(change: Partial<Selection>, { origin = 'page', focus }: SelectOptions = {}): void {
    const previous = this.current;
    const next = { ...previous };
    if (change.category !== undefined && change.category !== previous.category) {
      next.category = change.category;
      next.page = 1;
    }
    if (change.page !== undefined) next.page = change.page;
    if (change.articleId !== undefined) next.articleId = change.articleId;
    for (const key of Object.keys(change) as (keyof Selection)[]) if (change[key] !== undefined) this.chosen.add(key);
    if (next.category === previous.category && next.page === previous.page && next.articleId === previous.articleId) return;
    this.current = next;
    const event: SelectionChange = { previous, current: next, origin, focus };
    for (const listener of [...this.listeners]) listener(event);
  }
}
