import { flaw } from './flaw.ts';

/** Exponential backoff without jitter: every client retries in lockstep. */
export default flaw('no-jitter', (decision, failure, ctx) =>
  decision.action === 'retry' && failure.retryAfterMs === null && decision.changes.length === 0
    ? { ...decision, delayMs: 500 * 2 ** ctx.history.filter((a) => a.decision.action === 'retry').length }
    : decision,
);
