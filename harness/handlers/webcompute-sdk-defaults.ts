import type { Attempt, Decision, Failure, FailureKind, RecoveryContext, RecoveryHandler } from '../contract/index.ts';
import { ExponentialBackoff } from './backoff/exponential.ts';
import reference from './reference.ts';

/** Seed 002, "Retry behavior": the Webcompute SDK's default retry config. */
const SDK_RETRY_DEFAULTS = {
  maxRetries: 3,
  initialIntervalMs: 500,
  maxIntervalMs: 30_000,
  exponent: 1.5,
  jitter: true,
  retryableStatusCodes: [429, 500, 502, 503, 504],
  retryConnectionErrors: true,
} as const;

const backoff = new ExponentialBackoff({
  initialDelayMs: SDK_RETRY_DEFAULTS.initialIntervalMs,
  exponent: SDK_RETRY_DEFAULTS.exponent,
  maxDelayMs: SDK_RETRY_DEFAULTS.maxIntervalMs,
});
const CONNECTION_ERRORS: readonly FailureKind[] = [
  'transport.connection_refused',
  'transport.connection_reset',
  'transport.dns',
  'transport.timeout',
];

/**
 * True for a failure the SDK's default retries apply to: a Webcompute request that failed with
 * one of the retryable statuses or a network connection error, and that the SDK itself does not
 * flag as not retryable (`retryable`: "whether the SDK considers the error retryable"). The
 * provider's `next` is not consulted: seed 002 warns "Do not retry blindly when next is
 * change_request, authenticate, or abort", so the defaults retry blindly.
 */
function sdkRetries(failure: Failure): boolean {
  if (failure.provider !== 'webcompute' || failure.retryable === false) return false;
  const retryableStatus =
    failure.status !== null && (SDK_RETRY_DEFAULTS.retryableStatusCodes as readonly number[]).includes(failure.status);
  return retryableStatus || (SDK_RETRY_DEFAULTS.retryConnectionErrors && CONNECTION_ERRORS.includes(failure.kind));
}

/** The SDK's own retries of this request so far: the latest attempts in a row it retried. */
function sdkStreak(history: readonly Attempt[]): Attempt[] {
  let start = history.length;
  while (
    start > 0 &&
    history[start - 1]!.decision.action === 'retry' &&
    history[start - 1]!.failure &&
    sdkRetries(history[start - 1]!.failure!)
  )
    start--;
  return history.slice(start);
}

/**
 * The Webcompute SDK's default retries, exactly as seed 002 documents them: up to 3 retries of a
 * request that failed with HTTP 429, 500, 502, 503 or 504 or a connection error, unchanged, after
 * an exponential backoff (500 ms × 1.5ⁿ, capped at 30 s, jittered); then the SDK gives up. The seed
 * gives neither the jitter's formula nor whether `Retry-After` is read: this handler jitters below
 * the capped delay and honours `Retry-After` (every correct client must). Everything the SDK raises
 * without retrying, and every other provider, is left to careful user code: the reference handler.
 * The oracle grades it non-strict where the seed calls its blind retries the default (a 502 retried
 * on the same browser, `internal` three times) and fails it where `next` says not to retry.
 *
 * @example
 * FAULTLINE_HANDLER=harness/handlers/webcompute-sdk-defaults.ts npx playwright test -g webcompute
 */
const webcomputeSdkDefaults: RecoveryHandler = {
  name: 'webcompute-sdk-defaults',
  decide(failure: Failure, ctx: RecoveryContext): Decision | Promise<Decision> {
    if (!sdkRetries(failure)) return reference.decide(failure, ctx);
    const streak = sdkStreak(ctx.history);
    if (streak.length >= SDK_RETRY_DEFAULTS.maxRetries)
      return { action: 'abort', reason: `the SDK gave up after ${streak.length} retries` };
    const delayMs = Math.max(failure.retryAfterMs ?? 0, backoff.delayFor(streak.length, ctx.random));
    return { action: 'retry', delayMs, changes: [], reason: 'SDK default retry' };
  },
};

export default webcomputeSdkDefaults;
