import type { RecoveryHandler } from '../../contract/index.ts';
import acceptsOffSchema from './accepts-off-schema.ts';
import blindToNext from './blind-to-next.ts';
import blindToRetryable from './blind-to-retryable.ts';
import followsFlagsOnly from './follows-flags-only.ts';
import ignoresNext from './ignores-next.ts';
import ignoresRetryAfter from './ignores-retry-after.ts';
import keepsTheProxy from './keeps-the-proxy.ts';
import neverRaisesBudget from './never-raises-budget.ts';
import noBackoff from './no-backoff.ts';
import noCap from './no-cap.ts';
import noJitter from './no-jitter.ts';
import noJitterAtCap from './no-jitter-at-cap.ts';
import retryAfterOnlyOn429And503 from './retry-after-only-on-429-503.ts';
import retriesCaptcha from './retries-captcha.ts';
import retriesInfeasible from './retries-infeasible.ts';
import sameBrowserAfterCrash from './same-browser-after-crash.ts';
import unboundedRetries from './unbounded-retries.ts';

/** The gallery of deliberately flawed handlers, one realistic bug each. */
export const FLAWED_HANDLERS: readonly RecoveryHandler[] = [
  ignoresRetryAfter,
  retriesCaptcha,
  neverRaisesBudget,
  retriesInfeasible,
  unboundedRetries,
  noJitter,
  noBackoff,
  acceptsOffSchema,
  ignoresNext,
  sameBrowserAfterCrash,
  keepsTheProxy,
  // Blind spots: each signal that decides on its own, and outages long enough to reach the cap.
  blindToNext,
  blindToRetryable,
  retryAfterOnlyOn429And503,
  followsFlagsOnly,
  noCap,
  noJitterAtCap,
];
