import { BACKOFF_CAP_MS, type Backoff } from './backoff.ts';

/**
 * "Equal jitter" (AWS Architecture Blog): half of min(cap, base × 2ⁿ) for sure, the other half at
 * random. At the cap its delays spread over [cap / 2, cap].
 *
 * @example
 * new EqualJitterBackoff().delayFor(2, Math.random); // between 2,000 and 4,000 ms
 */
export class EqualJitterBackoff implements Backoff {
  constructor(
    readonly baseMs = 1_000,
    readonly capMs = BACKOFF_CAP_MS,
  ) {}

  delayFor(retry: number, random: () => number): number {
    const half = Math.min(this.capMs, this.baseMs * 2 ** retry) / 2;
    return Math.round(half + random() * half);
  }
}
