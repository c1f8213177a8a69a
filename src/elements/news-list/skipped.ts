// The console warning for records an answer held that could not be shown (API.md, "One bad
// record"): one per answer, however often the list renders it, naming the first reasons.

import type { ArticlePage } from '../../data/model.js';
import { describeSkipped } from '../../data/pipeline.js';

/** Answers (and their lists of skipped records, which the data layer may share between pages of one answer) already warned about. */
const warned = new WeakSet<object>();

/** Warns once that `page`, an answer from `src`, left records out; nothing if it left none. */
export function warnSkipped(page: ArticlePage, src: string): void {
  const skipped = page.skipped;
  if (!skipped?.length || warned.has(page) || warned.has(skipped)) return;
  warned.add(page);
  warned.add(skipped);
  const count = skipped.length === 1 ? '1 record' : `${skipped.length} records`;
  console.warn(`news-list: ${count} of the answer from ${src} left out: ${describeSkipped(skipped)}`);
}
