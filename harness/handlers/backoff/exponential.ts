import { BACKOFF_CAP_MS, type Backoff } from './backoff.ts';

/** The settings of an exponential backoff (the Webcompute SDK's defaults unless told otherwise). */
export interface ExponentialOptions {
  /** Delay before the first retry, in ms. */
  initialDelayMs: number;
  /** Growth factor per retry. */
  exponent: number;
  /** Upper bound of any delay, in ms. */
  maxDelayMs: number;
  /** Random share taken off each delay: 0.25 draws from [0.75 d, d]. */
  jitter: number;
}

/**
 * Exponential backoff with jitter, seed 002's default retry config unless told otherwise
 * (`initialIntervalMs: 500`, `exponent: 1.5`, `maxIntervalMs: 30000`, `jitter: true`). The seed
 * does not give the jitter's formula: this one takes a random share off the capped delay, so
 * delays stay jittered at the cap, and with `(1 - jitter) × exponent > 1` they always grow below it.
 *
 * @example
 * const backoff = new ExponentialBackoff();
 * backoff.delayFor(0, () => 0.5); // 438 — 500 ms less half of the 25 % jitter
 * backoff.delayFor(20, Math.random); // between 22,500 and 30,000 ms: capped, still jittered
 */
export class ExponentialBackoff implements Backoff {
  readonly options: ExponentialOptions;

  constructor(options: Partial<ExponentialOptions> = {}) {
    this.options = { initialDelayMs: 500, exponent: 1.5, maxDelayMs: BACKOFF_CAP_MS, jitter: 0.25, ...options };
  }

  delayFor(retry: number, random: () => number): number {
    const { initialDelayMs, exponent, maxDelayMs, jitter } = this.options;
    return Math.round(Math.min(maxDelayMs, initialDelayMs * exponent ** retry) * (1 - jitter * random()));
  }
}
