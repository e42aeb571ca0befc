import { describe, expect, it } from 'vitest';
import { quantile, roundFigures, spread } from '../../harness/bench/stats.ts';

describe('spread', () => {
  it('gives the median of an odd count with the min and max beside it', () => {
    expect(spread([120, 100, 300])).toEqual({ median: 120, min: 100, max: 300, runs: 3 });
  });

  it('takes the mean of the two middle values for an even count', () => {
    expect(spread([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, runs: 4 });
  });

  it('is one value for a single run', () => {
    expect(spread([7])).toEqual({ median: 7, min: 7, max: 7, runs: 1 });
  });

  it('is NaN for no runs', () => {
    expect(spread([])).toEqual({ median: NaN, min: NaN, max: NaN, runs: 0 });
  });

  it('leaves its input unsorted', () => {
    const values = [3, 1, 2];
    spread(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('quantile', () => {
  it('is nearest-rank', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20], 0.95)).toBe(19);
  });
});

describe('roundFigures', () => {
  it('rounds every number to two decimals, in nested objects and arrays, and leaves the rest', () => {
    expect(
      roundFigures({ ms: 1.23456, spread: { median: 2.006, runs: 3 }, codes: [0, 1.5], grade: 'pass', none: null }),
    ).toEqual({ ms: 1.23, spread: { median: 2.01, runs: 3 }, codes: [0, 1.5], grade: 'pass', none: null });
  });
});
