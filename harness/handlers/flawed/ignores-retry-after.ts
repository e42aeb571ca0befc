import { flaw } from './flaw.ts';

/** Waits its own short backoff, whatever Retry-After / retry_after_ms said. */
export default flaw('ignores-retry-after', (decision, failure) =>
  decision.action === 'retry' && failure.retryAfterMs !== null ? { ...decision, delayMs: 500 } : decision,
);
