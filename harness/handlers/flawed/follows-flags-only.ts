import { flaw } from './flaw.ts';

/**
 * Branches on the provider's flags only ("agents branch on is_retriable", seed 003), never on the
 * kind: whatever the provider does not forbid, it retries unchanged, up to three times.
 */
export default flaw('follows-flags-only', (decision, failure, ctx) => {
  const forbidden =
    failure.retryable === false || ['abort', 'authenticate', 'change_request'].includes(failure.next ?? '');
  const retried = ctx.history.filter((a) => a.failure?.kind === failure.kind && a.decision.action === 'retry').length;
  if (forbidden || retried >= 3) return decision;
  return {
    action: 'retry',
    delayMs: decision.action === 'retry' ? decision.delayMs : Math.max(1_000, failure.retryAfterMs ?? 0),
    changes: [],
  };
});
