import { z } from 'zod';
import type { Decision } from './decision.ts';
import type { Failure } from './failure.ts';
import type { RecoveryContext } from './context.ts';

/**
 * The code under test: given a failure, decide what to do.
 *
 * @example
 * const handler: RecoveryHandler = {
 *   name: 'give-up',
 *   decide: (failure) => ({ action: 'abort', reason: failure.kind }),
 * };
 */
export interface RecoveryHandler {
  name: string;
  decide(failure: Failure, ctx: RecoveryContext): Decision | Promise<Decision>;
}

/** Schema of a module's default export that claims to be a {@link RecoveryHandler}. */
export const RecoveryHandlerSchema = z.object({
  name: z.string().min(1),
  decide: z.custom<RecoveryHandler['decide']>((v) => typeof v === 'function', 'a function decide(failure, ctx)'),
});
