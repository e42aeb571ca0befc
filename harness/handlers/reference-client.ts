import { fleetClient } from './clients/fleet/fleet-client.ts';
import reference from './reference.ts';

/** The reference client's options, shared with the flawed fleet clients (each changes one). */
export const REFERENCE_CLIENT_OPTIONS = {
  name: 'reference-client',
  policy: reference,
  reuseKeyOnResend: true,
  maxAttempts: 12,
  breaker: { threshold: 5, halfOpenAfterMs: 10_000, maxOpenMs: 60_000 },
  maxConcurrent: 8,
  spread: true,
} as const;

/**
 * The reference client: plain `fetch` against each platform, the reference policy deciding, the
 * same `Idempotency-Key` on a resent create, waits on `setTimeout`; in a fleet, a circuit breaker
 * (opens after 5 failures in a row, one probe after 10 s, doubling to 60 s), a limiter (8 attempts
 * at once, lowered to the limit the platform announces) and a jitter seed per task. It must pass
 * every client-mode scenario.
 *
 * @example
 * FAULTLINE_HANDLER=harness/handlers/reference-client.ts npx playwright test
 */
export default fleetClient(REFERENCE_CLIENT_OPTIONS);
