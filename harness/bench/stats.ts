/**
 * The q-quantile (0..1) of a list of numbers, nearest-rank; NaN for an empty list.
 *
 * @example
 * quantile([1, 2, 3, 4], 0.5); // 2
 */
export function quantile(values: readonly number[], q: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/**
 * Rounds to two decimals, for printed figures.
 *
 * @example
 * round2(1.23456); // 1.23
 */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
