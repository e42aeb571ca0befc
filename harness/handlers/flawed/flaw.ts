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
export function flaw(name: string, bug: (decision: Decision, failure: Failure, ctx: RecoveryContext) => Decision): RecoveryHandler {
  return {
    name,
    async decide(failure, ctx) {
      return bug(await reference.decide(failure, ctx), failure, ctx);
    },
  };
}

/** Retry unchanged after one second: what most of the bugs put where the right decision was. */
export const RETRY_AS_IS: Decision = { action: 'retry', delayMs: 1000, changes: [] };
