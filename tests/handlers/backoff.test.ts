import { describe, expect, it } from 'vitest';
import { BACKOFF_CAP_MS } from '../../harness/handlers/backoff/backoff.ts';
import { DecorrelatedJitterBackoff } from '../../harness/handlers/backoff/decorrelated-jitter.ts';
import { EqualJitterBackoff } from '../../harness/handlers/backoff/equal-jitter.ts';
import { ExponentialBackoff } from '../../harness/handlers/backoff/exponential.ts';
import { FullJitterBackoff } from '../../harness/handlers/backoff/full-jitter.ts';
import { seededRandom } from '../../harness/shared/random.ts';

const backoff = new ExponentialBackoff({ initialDelayMs: 500, exponent: 1.5, maxDelayMs: 30_000, jitter: 0.25 });

describe('ExponentialBackoff', () => {
  it.each<[string, number, number, number]>([
    ['first retry, no jitter drawn', 0, 0, 500],
    ['first retry, all the jitter', 0, 1, 375],
    ['third retry, no jitter drawn', 2, 0, 1125],
    ['third retry, half the jitter', 2, 0.5, 984],
    ['far retry, capped, no jitter drawn', 20, 0, 30_000],
    ['far retry, capped, still jittered', 20, 1, 22_500],
  ])('%s', (_name, retry, draw, delay) => {
    expect(backoff.delayFor(retry, () => draw)).toBe(delay);
  });

  it('grows and is jittered with a seeded generator', () => {
    const random = seededRandom(1);
    const delays = [0, 1, 2].map((k) => backoff.delayFor(k, random));
    expect(delays[2]).toBeGreaterThan(delays[0]!);
    expect(delays[1]! / delays[0]!).not.toBeCloseTo(delays[2]! / delays[1]!, 6);
  });

  it('always grows below the cap: the smallest draw of a retry beats the largest of the one before', () => {
    for (let k = 0; k < 10; k++) expect(backoff.delayFor(k + 1, () => 1)).toBeGreaterThan(backoff.delayFor(k, () => 0));
  });

  it('is a value: its settings can be read, defaults filled in', () => {
    expect(new ExponentialBackoff({ jitter: 0.1 }).options).toEqual({
      initialDelayMs: 500,
      exponent: 1.5,
      maxDelayMs: 30_000,
      jitter: 0.1,
    });
  });
});

describe('the well-known jitter schemes (AWS Architecture Blog)', () => {
  it.each<[string, (draw: number) => number, number, number]>([
    ['full jitter, nothing drawn: the 100 ms floor', (r) => new FullJitterBackoff().delayFor(3, () => r), 0, 100],
    ['full jitter, all drawn: 1 s × 2³', (r) => new FullJitterBackoff().delayFor(3, () => r), 1, 8_000],
    ['full jitter at the cap', (r) => new FullJitterBackoff().delayFor(9, () => r), 1, BACKOFF_CAP_MS],
    ['equal jitter, nothing drawn: half of 1 s × 2²', (r) => new EqualJitterBackoff().delayFor(2, () => r), 0, 2_000],
    ['equal jitter, all drawn', (r) => new EqualJitterBackoff().delayFor(2, () => r), 1, 4_000],
    [
      'equal jitter at the cap spreads over [15 s, 30 s]',
      (r) => new EqualJitterBackoff().delayFor(9, () => r),
      0,
      15_000,
    ],
    [
      'decorrelated jitter, first retry: [500 ms, 1.5 s]',
      (r) => new DecorrelatedJitterBackoff().delayFor(0, () => r, null),
      1,
      1_500,
    ],
    [
      'decorrelated jitter after 800 ms: up to 2.4 s',
      (r) => new DecorrelatedJitterBackoff().delayFor(1, () => r, 800),
      1,
      2_400,
    ],
    [
      'decorrelated jitter after 20 s: capped',
      (r) => new DecorrelatedJitterBackoff().delayFor(5, () => r, 20_000),
      1,
      BACKOFF_CAP_MS,
    ],
  ])('%s', (_name, delay, draw, expected) => {
    expect(delay(draw)).toBe(expected);
  });
});
