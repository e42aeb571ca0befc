/** docs/oracle.md: the backoff cap, unless the provider asks for more. */
export const BACKOFF_CAP_MS = 30_000;
/** docs/oracle.md: the shortest backoff delay. */
export const BACKOFF_FLOOR_MS = 100;

/**
 * A backoff scheme as an inspectable value (in the spirit of cockatiel's backoffs): it computes a
 * delay, it never sleeps. `retry` counts the retries in a row so far (0 for the first), and
 * `previousMs` is the streak's previous delay (null for the first), which decorrelated jitter needs.
 *
 * @example
 * const delayMs = backoff.delayFor(streak, ctx.random, previousMs);
 */
export interface Backoff {
  delayFor(retry: number, random: () => number, previousMs: number | null): number;
}
