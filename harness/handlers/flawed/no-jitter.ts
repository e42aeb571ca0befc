import { flaw, isBackoffRetry, retriesInARow } from './flaw.ts';

/** Exponential backoff without jitter: every client retries in lockstep. */
export default flaw('no-jitter', (decision, failure, ctx) =>
  isBackoffRetry(decision, failure) ? { ...decision, delayMs: 500 * 2 ** retriesInARow(ctx.history) } : decision,
);
