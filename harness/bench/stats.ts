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

/** A figure measured more than once: the median of the runs, with the fastest and slowest beside it. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  /** How many values the median is of. */
  runs: number;
}

/**
 * The median of a list of numbers (the mean of the two middle values for an even count), its min
 * and max, and how many values there were; NaN for each of an empty list.
 *
 * @example
 * spread([120, 100, 300]); // { median: 120, min: 100, max: 300, runs: 3 }
 * spread([1, 2, 3, 4]); // { median: 2.5, min: 1, max: 4, runs: 4 }
 */
export function spread(values: readonly number[]): Spread {
  if (!values.length) return { median: Number.NaN, min: Number.NaN, max: Number.NaN, runs: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, runs: sorted.length };
}

/**
 * Rounds every number in a JSON-like value to two decimals (in objects and arrays too), for
 * printed figures.
 *
 * @example
 * roundFigures({ ms: 1.23456, runs: [2.006, 3], grade: 'pass' }); // { ms: 1.23, runs: [2.01, 3], grade: 'pass' }
 */
export function roundFigures<T>(value: T): T {
  if (typeof value === 'number') return (Math.round(value * 100) / 100) as T;
  if (Array.isArray(value)) return value.map(roundFigures) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, roundFigures(v)])) as T;
  return value;
}
