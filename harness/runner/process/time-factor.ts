import type { Attempt } from '../../contract/index.ts';
import { ruleFor } from '../../oracle/index.ts';
import type { Expectation } from '../../oracle/schema.ts';

/** Real ms a scenario aims to take: the time factor is what fits a correct client's run into it. */
const TARGET_REAL_MS = 500;
/**
 * The largest time factor. The client's clock runs this much faster while the harness answers a
 * request in real time, so the harness's latency (a few ms, 50 ms and more on a loaded machine)
 * looks this many times longer to the client: at ×250 a 50 ms answer takes 12.5 s of the client's
 * time, well inside the usual 30–120 s request timeouts.
 */
const MAX_TIME_FACTOR = 250;
/**
 * The largest time factor of a scenario whose verdict depends on how a streak of backoff delays
 * grows: there the delays are half a second and more apart, and a client's own work between two
 * requests (tens of ms, more on a loaded machine) must not blur them.
 */
const BACKOFF_TIME_FACTOR = 4;

/** How a correct client runs a scenario: what sets the scenario's time factor. */
export interface ReferenceRun {
  /** Virtual ms it takes. */
  virtualMs: number;
  /** Its longest streak of consecutive retries the oracle judges as backoff (no wait dictated by the platform). */
  backoffStreak: number;
}

/**
 * The time factor of a scenario: the one that fits a correct client's run into about
 * {@link TARGET_REAL_MS} of real time, a whole number from 1 to {@link MAX_TIME_FACTOR}, and at
 * most {@link BACKOFF_TIME_FACTOR} where the verdict depends on a streak of three or more backoff
 * retries.
 *
 * @example
 * timeFactor({ virtualMs: 104_744, backoffStreak: 0 }); // 209: three `Retry-After: 30` waits take half a second
 * timeFactor({ virtualMs: 3_613_796, backoffStreak: 0 }); // 250: an hour's wait takes 14.4 s
 * timeFactor({ virtualMs: 10_580, backoffStreak: 3 }); // 4
 */
export function timeFactor(reference: ReferenceRun, targetRealMs = TARGET_REAL_MS): number {
  const fit = Math.min(MAX_TIME_FACTOR, Math.max(1, Math.round(reference.virtualMs / targetRealMs)));
  return reference.backoffStreak >= 3 ? Math.min(fit, BACKOFF_TIME_FACTOR) : fit;
}

/**
 * What sets a scenario's time factor, read from the reference client's run of it.
 *
 * @example
 * referenceRun(await runClientScenario(scenario, { client: referenceClient, seed, realLimitMs: 20_000 }), scenario.expect);
 * // { virtualMs: 10_580, backoffStreak: 3 }
 */
export function referenceRun(
  result: { virtualMs: number; attempts: readonly Attempt[] },
  expect?: Expectation,
): ReferenceRun {
  let streak = 0;
  let backoffStreak = 0;
  for (const { failure, decision } of result.attempts) {
    const backoff =
      decision.action === 'retry' &&
      failure !== null &&
      failure.retryAfterMs === null &&
      ruleFor(failure, expect?.rules).options.some((option) => option.action === 'retry' && option.delay === 'backoff');
    streak = backoff ? streak + 1 : 0;
    backoffStreak = Math.max(backoffStreak, streak);
  }
  return { virtualMs: result.virtualMs, backoffStreak };
}
