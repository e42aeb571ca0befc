import type { RecoveryHandler } from '../contract/index.ts';

/**
 * A deliberately naive handler: retries every failure after one second, unchanged, forever.
 * Kept out of the default projects; the self-tests show which scenarios catch it.
 *
 * @example
 * FAULTLINE_HANDLER=harness/handlers/naive-retry-all.ts npx playwright test
 */
const naiveRetryAll: RecoveryHandler = {
  name: 'naive-retry-all',
  decide: () => ({ action: 'retry', delayMs: 1000, changes: [] }),
};

export default naiveRetryAll;
