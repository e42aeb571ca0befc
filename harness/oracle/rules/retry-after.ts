import { formatMs } from '../describe.ts';
import type { DecisionRule } from './rule.ts';

/** A retry waits at least what the provider asked (`Retry-After`, `retry_after_ms`). */
export const retryAfter: DecisionRule = {
  id: 'retry-after',
  why: 'a retry must wait at least what the provider asked',
  level: 'must',
  check: (c) =>
    c.decision.action === 'retry' && c.failure.retryAfterMs !== null && c.decision.delayMs < c.failure.retryAfterMs
      ? `retry after ≥ ${formatMs(c.failure.retryAfterMs)}`
      : null,
};
