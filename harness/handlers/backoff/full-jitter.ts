import { BACKOFF_CAP_MS, BACKOFF_FLOOR_MS, type Backoff } from './backoff.ts';

/**
 * "Full jitter" (AWS Architecture Blog, "Exponential Backoff And Jitter"): a delay drawn uniformly
 * from [0, min(cap, base × 2ⁿ)], here raised to the 100 ms floor. A later draw is often shorter
 * than an earlier one while the scheme grows as it should.
 *
 * @example
 * new FullJitterBackoff().delayFor(3, Math.random); // between 100 and 8,000 ms
 */
export class FullJitterBackoff implements Backoff {
  constructor(
    readonly baseMs = 1_000,
    readonly capMs = BACKOFF_CAP_MS,
  ) {}

  delayFor(retry: number, random: () => number): number {
    return Math.max(BACKOFF_FLOOR_MS, Math.round(random() * Math.min(this.capMs, this.baseMs * 2 ** retry)));
  }
}
