import { flaw, isBackoffRetry, retriesInARow } from './flaw.ts';

/** Jitters its backoff, then caps it at 30 s: past the cap every client waits exactly 30 s again, in lockstep. */
export default flaw('no-jitter-at-cap', (decision, failure, ctx) =>
  isBackoffRetry(decision, failure)
    ? {
        ...decision,
        delayMs: Math.min(30_000, Math.round(1_000 * 2 ** retriesInARow(ctx.history) * (1 + 0.25 * ctx.random()))),
      }
    : decision,
);
