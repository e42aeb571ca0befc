import { flaw } from './flaw.ts';

/** Never gives up on a kind it retried once: no retry bound. */
export default flaw('unbounded-retries', (decision, failure, ctx) => {
  const retriedBefore = ctx.history.some((a) => a.failure?.kind === failure.kind && a.decision.action === 'retry');
  return decision.action !== 'retry' && retriedBefore ? { action: 'retry', delayMs: 1000, changes: [] } : decision;
});
