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
