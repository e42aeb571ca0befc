import { recoveringClient } from './clients/recovering-client.ts';

/**
 * A deliberately naive client: retries every failure at once and unchanged, with a new
 * `Idempotency-Key` each time, ignoring `Retry-After`, and gives up after five attempts. The
 * client-mode self-test shows which scenarios catch it.
 *
 * @example
 * FAULTLINE_HANDLER=harness/handlers/naive-client.ts npx playwright test
 */
export default recoveringClient({
  name: 'naive-client',
  policy: { name: 'retry-everything-now', decide: () => ({ action: 'retry', delayMs: 0, changes: [] }) },
  reuseKeyOnResend: false,
  maxAttempts: 5,
});
