import { formatMs } from '../describe.ts';
import { matchedOption } from '../options.ts';
import { BACKOFF_CAP_MS, BACKOFF_MIN_MS, LONG_WAIT_MS, type DecisionCheck, type DecisionRule } from './rule.ts';

/** The delay kind of the retry option a decision matched, or undefined. */
function delayKind(c: DecisionCheck): string | undefined {
  if (c.decision.action !== 'retry') return undefined;
  const option = matchedOption(c.decision, c.rule.options);
  return option?.action === 'retry' ? option.delay : undefined;
}

const delayOf = (c: DecisionCheck) => (c.decision.action === 'retry' ? c.decision.delayMs : 0);
/** True for a retry judged by the backoff rules: its option says backoff and the provider gave no wait. */
export const isBackoffRetry = (c: DecisionCheck) => delayKind(c) === 'backoff' && c.failure.retryAfterMs === null;

/** "After a delay" (wrong state, idempotency in flight): at least 100 ms. */
export const delayWait: DecisionRule = {
  id: 'delay-wait',
  why: 'a wait-state changes only with time: retrying at once finds it unchanged',
  check: (c) => (delayKind(c) === 'wait' && delayOf(c) < BACKOFF_MIN_MS ? `retry after ≥ ${formatMs(BACKOFF_MIN_MS)}` : null),
};

/** A long wait (site maintenance): at least max(retryAfterMs, 60 s). */
export const delayLong: DecisionRule = {
  id: 'delay-long',
  why: 'a site down for maintenance needs a long wait',
  check: (c) => {
    const floor = Math.max(c.failure.retryAfterMs ?? 0, LONG_WAIT_MS);
    return delayKind(c) === 'long' && delayOf(c) < floor ? `retry after ≥ ${formatMs(floor)}` : null;
  },
};

/** Backoff delays are at least 100 ms. */
export const backoffMin: DecisionRule = {
  id: 'backoff-min',
  why: `a backoff delay is at least ${formatMs(BACKOFF_MIN_MS)}`,
  check: (c) => (isBackoffRetry(c) && delayOf(c) < BACKOFF_MIN_MS ? `retry after ≥ ${formatMs(BACKOFF_MIN_MS)} (backoff)` : null),
};

/** Backoff delays are capped at 30 s unless the provider asks for more. */
export const backoffCap: DecisionRule = {
  id: 'backoff-cap',
  why: `a backoff delay is capped at ${formatMs(BACKOFF_CAP_MS)} unless the provider asks for more`,
  check: (c) => (isBackoffRetry(c) && delayOf(c) > BACKOFF_CAP_MS ? `retry after ≤ ${formatMs(BACKOFF_CAP_MS)} (backoff cap)` : null),
};
