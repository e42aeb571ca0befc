import type { RetryOption } from '../schema.ts';
import { formatMs } from '../describe.ts';
import { matchedOption } from '../options.ts';
import { BACKOFF_CAP_MS, BACKOFF_MIN_MS, delayFloorMs, type DecisionCheck, type DecisionRule } from './rule.ts';

/** The retry option a decision matched, if the decision is a retry that matched one. */
function retryOption(c: DecisionCheck): RetryOption | undefined {
  if (c.decision.action !== 'retry') return undefined;
  const option = matchedOption(c.decision, c.rule.options);
  return option?.action === 'retry' ? option : undefined;
}

const delayOf = (c: DecisionCheck) => (c.decision.action === 'retry' ? c.decision.delayMs : 0);

/**
 * True for a retry judged by the backoff rules: its option says backoff and the provider gave no wait.
 *
 * @example
 * isBackoffRetry({ ...check, failure: connectionRefused, decision: { action: 'retry', delayMs: 500, changes: [] } }); // true
 */
export const isBackoffRetry = (c: DecisionCheck) =>
  retryOption(c)?.delay === 'backoff' && c.failure.retryAfterMs === null;

/**
 * A rule that a retry under a `delay` kind waits at least that kind's floor. Where the floor is
 * just what the provider asked, the retry-after rule already says so: this one stays silent.
 */
function floorRule(delay: 'wait' | 'long', id: string, why: string): DecisionRule {
  return {
    id,
    why,
    level: 'should',
    check: (c) => {
      const option = retryOption(c);
      if (option?.delay !== delay) return null;
      const floor = delayFloorMs(option, c.failure);
      return delayOf(c) < floor && floor > (c.failure.retryAfterMs ?? 0) ? `retry after ≥ ${formatMs(floor)}` : null;
    },
  };
}

/** "After a delay" (wrong state, idempotency in flight, a site that rate-limits): at least 100 ms. */
export const delayWait = floorRule(
  'wait',
  'delay-wait',
  'a wait-state changes only with time: retrying at once finds it unchanged',
);

/** A long wait (site maintenance): at least max(retryAfterMs, 60 s). */
export const delayLong = floorRule('long', 'delay-long', 'a site down for maintenance needs a long wait');

/** The delays a backoff retry's scheme can draw: this decision's and those drawn on other random streams. */
const drawn = (c: DecisionCheck) => [delayOf(c), ...c.samples];

/** Backoff delays are at least 100 ms, in this run and on every other random draw. */
export const backoffMin: DecisionRule = {
  id: 'backoff-min',
  why: `a backoff delay is at least ${formatMs(BACKOFF_MIN_MS)}`,
  level: 'should',
  check: (c) => {
    if (!isBackoffRetry(c)) return null;
    const least = Math.min(...drawn(c));
    if (least >= BACKOFF_MIN_MS) return null;
    const other = least < delayOf(c) ? `; drawn again, it waits as little as ${formatMs(least)}` : '';
    return `retry after ≥ ${formatMs(BACKOFF_MIN_MS)} (backoff)${other}`;
  },
};

/** Backoff delays are capped at 30 s unless the provider asks for more, in this run and on every other draw. */
export const backoffCap: DecisionRule = {
  id: 'backoff-cap',
  why: `a backoff delay is capped at ${formatMs(BACKOFF_CAP_MS)} unless the provider asks for more`,
  level: 'should',
  check: (c) => {
    if (!isBackoffRetry(c)) return null;
    const most = Math.max(...drawn(c));
    if (most <= BACKOFF_CAP_MS) return null;
    const other = most > delayOf(c) ? `; drawn again, it waits as long as ${formatMs(most)}` : '';
    return `retry after ≤ ${formatMs(BACKOFF_CAP_MS)} (backoff cap)${other}`;
  },
};
