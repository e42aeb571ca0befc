import { BACKOFF_CAP_MS, type Backoff } from './backoff.ts';

/**
 * "Decorrelated jitter" (AWS Architecture Blog): min(cap, a draw from [base, previous × 3]). Each
 * delay depends on the one before, so it is judged over whole replayed streaks, not per retry.
 *
 * @example
 * new DecorrelatedJitterBackoff().delayFor(1, Math.random, 800); // between 500 and 2,400 ms
 */
export class DecorrelatedJitterBackoff implements Backoff {
  constructor(
    readonly baseMs = 500,
    readonly capMs = BACKOFF_CAP_MS,
  ) {}

  delayFor(_retry: number, random: () => number, previousMs: number | null): number {
    const upper = Math.max(this.baseMs, (previousMs ?? this.baseMs) * 3);
    return Math.round(Math.min(this.capMs, this.baseMs + random() * (upper - this.baseMs)));
  }
}
