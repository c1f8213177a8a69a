// Which page numbers a pagination bar shows: always the first and last, the current one with
// `siblings` on each side, and a gap where pages are left out (1 … 4 5 6 … 20). A gap never
// hides a single page: that page is shown instead.

export type PageSlot = number | 'gap';

export function pageNumbers(current: number, count: number, siblings = 1): PageSlot[] {
  if (count <= 0) return [];
  const page = Math.min(Math.max(1, current), count);
  // Shown without gaps when everything fits in first + last + current ± siblings + two gaps.
  if (count <= 5 + 2 * siblings) return Array.from({ length: count }, (_, i) => i + 1);
  let start = Math.max(2, page - siblings);
  let end = Math.min(count - 1, page + siblings);
  // Keep the number of slots constant near the ends.
  if (page - siblings <= 3) {
    start = 2;
    end = 3 + 2 * siblings;
  } else if (page + siblings >= count - 2) {
    start = count - 2 - 2 * siblings;
    end = count - 1;
  }
  const slots: PageSlot[] = [1];
  if (start > 2) slots.push('gap');
  for (let n = start; n <= end; n++) slots.push(n);
  if (end < count - 1) slots.push('gap');
  slots.push(count);
  return slots;
}

/** A slot of the bar, and whether it is shown only in a wide list or only in a narrow one. */
export interface ShownSlot {
  slot: PageSlot;
  wide?: true;
  narrow?: true;
}

/**
 * One bar for wide and narrow lists alike: the slots of `pageNumbers(current, count)`, with those
 * a narrow list leaves out (`pageNumbers(current, count, 0)`: the current page alone between the
 * ends) marked `wide`, and the gaps only the narrow bar needs marked `narrow`. The list's styles
 * show one or the other by its width (a container query): rendered once, so assistive technology
 * never finds a second bar, and no script measures widths.
 */
export function responsivePageNumbers(current: number, count: number): ShownSlot[] {
  const wide = pageNumbers(current, count, 1);
  const kept = new Set(pageNumbers(current, count, 0));
  const hidden = (slot: PageSlot | undefined) => slot !== undefined && slot !== 'gap' && !kept.has(slot);
  const shown: ShownSlot[] = [];
  wide.forEach((slot, i) => {
    if (hidden(slot) && !hidden(wide[i - 1])) {
      // A run of pages the narrow bar leaves out: a gap there, unless the wide bar has one beside it.
      let end = i;
      while (hidden(wide[end])) end += 1;
      if (wide[i - 1] !== 'gap' && wide[end] !== 'gap') shown.push({ slot: 'gap', narrow: true });
    }
    shown.push(hidden(slot) ? { slot, wide: true } : { slot });
  });
  return shown;
}
