import type { Decision, Failure, RecoveryContext, RecoveryHandler } from '../../contract/index.ts';
import reference from '../reference.ts';

/**
 * A deliberately flawed handler: the reference handler with one realistic bug, written as a
 * change to the decision the reference would make. The gallery shows the catalogue catches each.
 *
 * @example
 * export default flaw('retries-captcha', (decision, failure) =>
 *   failure.kind === 'agent.captcha' ? { action: 'retry', delayMs: 1000, changes: [] } : decision);
 */
export function flaw(
  name: string,
  bug: (decision: Decision, failure: Failure, ctx: RecoveryContext) => Decision | Promise<Decision>,
): RecoveryHandler {
  return {
    name,
    async decide(failure, ctx) {
      return bug(await reference.decide(failure, ctx), failure, ctx);
    },
  };
}

/** Retry unchanged after one second: what most of the bugs put where the right decision was. */
export const RETRY_AS_IS: Decision = { action: 'retry', delayMs: 1000, changes: [] };

/**
 * How many of the latest attempts in a row were retries.
 *
 * @example
 * retriesInARow(ctx.history); // 5 in the middle of a long outage
 */
export function retriesInARow(history: RecoveryContext['history']): number {
  let count = 0;
  for (let i = history.length - 1; i >= 0 && history[i]!.decision.action === 'retry'; i--) count++;
  return count;
}

/**
 * True for a retry the reference waits for with its backoff: unchanged, and no wait given by the provider.
 *
 * @example
 * if (isBackoffRetry(decision, failure)) return { ...decision, delayMs: 500 };
 */
export function isBackoffRetry(
  decision: Decision,
  failure: Failure,
): decision is Extract<Decision, { action: 'retry' }> {
  return decision.action === 'retry' && failure.retryAfterMs === null && decision.changes.length === 0;
}
