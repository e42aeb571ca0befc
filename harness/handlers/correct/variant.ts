import type { Decision, Failure, RecoveryContext, RecoveryHandler } from '../../contract/index.ts';
import reference from '../reference.ts';

/**
 * A correct handler that chooses differently from another (the reference handler unless told):
 * its decision, changed to another one the oracle allows. The mirror of the flawed gallery's
 * `flaw()`: the correct gallery shows the catalogue never fails such a handler.
 *
 * @example
 * export default variant('escalates-when-allowed', (decision, failure) =>
 *   failure.kind === 'answer.missing' ? { action: 'escalate', to: 'review', reason: 'no answer' } : decision);
 */
export function variant(
  name: string,
  choose: (decision: Decision, failure: Failure, ctx: RecoveryContext) => Decision | Promise<Decision>,
  base: RecoveryHandler = reference,
): RecoveryHandler {
  return {
    name,
    async decide(failure, ctx) {
      return choose(await base.decide(failure, ctx), failure, ctx);
    },
  };
}
