/** The settings of an exponential backoff (the Webcompute SDK's defaults unless told otherwise). */
export interface BackoffOptions {
  /** Delay before the first retry, in ms. */
  initialDelayMs: number;
  /** Growth factor per retry. */
  exponent: number;
  /** Upper bound of any delay, in ms. */
  maxDelayMs: number;
  /** Extra random share on top of each delay: 0.25 draws from [d, 1.25 d]. */
  jitter: number;
}

/**
 * An exponential backoff with jitter, as an inspectable value (in the spirit of cockatiel's
 * `ExponentialBackoff`): it computes delays, it never sleeps. With a jitter share below
 * `exponent - 1`, successive delays always grow.
 *
 * @example
 * const backoff = new ExponentialBackoff();
 * backoff.delayFor(0, () => 0.5); // 562.5 — 500 ms plus half of the 25 % jitter
 * backoff.delayFor(2, Math.random); // between 1,125 and 1,406 ms
 */
export class ExponentialBackoff {
  readonly options: BackoffOptions;

  constructor(options: Partial<BackoffOptions> = {}) {
    this.options = { initialDelayMs: 500, exponent: 1.5, maxDelayMs: 30_000, jitter: 0.25, ...options };
  }

  /**
   * The delay before retry number `retry` (0-based), with jitter drawn from `random`.
   *
   * @example
   * new ExponentialBackoff().delayFor(1, ctx.random); // between 750 and 938 ms
   */
  delayFor(retry: number, random: () => number): number {
    const { initialDelayMs, exponent, maxDelayMs, jitter } = this.options;
    const base = initialDelayMs * exponent ** retry;
    return Math.min(maxDelayMs, Math.round(base * (1 + jitter * random())));
  }
}
