import type { RecoveryHandler } from '../contract/index.ts';

/**
 * A deliberately naive handler: gives up on every failure. Kept out of the default projects;
 * the self-tests show which scenarios catch it.
 *
 * @example
 * FAULTLINE_HANDLER=harness/handlers/naive-never-retry.ts npx playwright test
 */
const naiveNeverRetry: RecoveryHandler = {
  name: 'naive-never-retry',
  decide: (failure) => ({ action: 'abort', reason: `gave up on ${failure.kind}` }),
};

export default naiveNeverRetry;
