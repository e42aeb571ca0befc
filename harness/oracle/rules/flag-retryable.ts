import { isUnchangedRetry, WAIT_STATES } from '../options.ts';
import type { DecisionRule } from './rule.ts';

/** `retryable: false` / `is_retriable: false` forbid an unchanged retry (wait-states excepted). */
export const flagRetryable: DecisionRule = {
  id: 'flag-retryable',
  why: 'the provider marked the failure as not retryable',
  level: 'must',
  check: (c) =>
    c.failure.retryable === false && !WAIT_STATES.includes(c.failure.kind) && isUnchangedRetry(c.decision)
      ? 'no unchanged retry: abort, escalate, or retry with a change'
      : null,
};
