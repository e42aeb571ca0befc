import { flaw } from './flaw.ts';

/** Retries at a fixed pace: the delay never grows. */
export default flaw('no-backoff', (decision, failure) =>
  decision.action === 'retry' && failure.retryAfterMs === null ? { ...decision, delayMs: 500 } : decision,
);
