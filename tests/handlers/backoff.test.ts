import { describe, expect, it } from 'vitest';
import { ExponentialBackoff } from '../../harness/handlers/backoff.ts';
import { seededRandom } from '../../harness/shared/random.ts';

const backoff = new ExponentialBackoff({ initialDelayMs: 500, exponent: 1.5, maxDelayMs: 30_000, jitter: 0.25 });

describe('ExponentialBackoff', () => {
  it.each<[string, number, number, number]>([
    ['first retry, no jitter drawn', 0, 0, 500],
    ['first retry, all the jitter', 0, 1, 625],
    ['third retry, no jitter drawn', 2, 0, 1125],
    ['third retry, half the jitter', 2, 0.5, 1266],
    ['far retry, capped', 20, 1, 30_000],
  ])('%s', (_name, retry, draw, delay) => {
    expect(backoff.delayFor(retry, () => draw)).toBe(delay);
  });

  it('grows and is jittered with a seeded generator', () => {
    const random = seededRandom(1);
    const delays = [0, 1, 2].map((k) => backoff.delayFor(k, random));
    expect(delays[2]).toBeGreaterThan(delays[0]!);
    expect(delays[1]! / delays[0]!).not.toBeCloseTo(delays[2]! / delays[1]!, 6);
  });

  it('is a value: its settings can be read, defaults filled in', () => {
    expect(new ExponentialBackoff({ jitter: 0.1 }).options).toEqual({ initialDelayMs: 500, exponent: 1.5, maxDelayMs: 30_000, jitter: 0.1 });
  });
});
