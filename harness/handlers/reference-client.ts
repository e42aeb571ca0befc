import { recoveringClient } from './clients/recovering-client.ts';
import reference from './reference.ts';

/**
 * The reference client: plain `fetch` against each platform, the reference policy deciding, the
 * same `Idempotency-Key` on a resent create, waits on `setTimeout`. It must pass every
 * client-mode scenario.
 *
 * @example
 * FAULTLINE_HANDLER=harness/handlers/reference-client.ts npx playwright test
 */
export default recoveringClient({ name: 'reference-client', policy: reference, reuseKeyOnResend: true, maxAttempts: 12 });
