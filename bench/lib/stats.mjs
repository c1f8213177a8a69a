// Small statistics for repeated timings.

/** @param {number[]} values @returns {number} the median (NaN for none) */
export function median(values) {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** @param {number[]} values @param {number} p 0..1 @returns {number} nearest-rank percentile */
export function percentile(values, p) {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/** Median, min, p90 and the runs, rounded to 0.01 ms. @param {number[]} values */
export function summary(values) {
  const r = (x) => Math.round(x * 100) / 100;
  return { median: r(median(values)), min: r(Math.min(...values)), p90: r(percentile(values, 0.9)), runs: values.map(r) };
}
