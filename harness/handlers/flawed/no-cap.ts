import { flaw, isBackoffRetry, retriesInARow } from './flaw.ts';

/** Doubles its jittered backoff from 1 s and never caps it: the sixth retry in a row of an outage waits 32 s or more. */
export default flaw('no-cap', (decision, failure, ctx) =>
  isBackoffRetry(decision, failure)
    ? { ...decision, delayMs: Math.round(1_000 * 2 ** retriesInARow(ctx.history) * (1 + 0.25 * ctx.random())) }
    : decision,
);
