import type { FailureKind } from '../contract/index.ts';
import { knownKind } from './shared/codes.ts';

/** Webcompute gateway codes and the SDK's normalized legacy codes → kind (seed 002). */
export const WEBCOMPUTE_GATEWAY_CODES: Record<string, FailureKind> = {
  INVALID_PARAMS: 'platform.invalid_request',
  UNAUTHORIZED: 'platform.unauthorized',
  BROWSER_NOT_FOUND: 'platform.not_found',
  SESSION_NOT_FOUND: 'platform.not_found',
  BROWSER_WRONG_STATE: 'platform.wrong_state',
  SESSION_WRONG_STATE: 'platform.wrong_state',
  browser_configuring: 'platform.wrong_state',
  idempotency_key_reused: 'platform.idempotency_mismatch',
  operation_in_progress: 'platform.wrong_state',
  RATE_LIMITED: 'platform.rate_limited',
  CONCURRENT_LIMIT: 'platform.concurrency_limit',
  DAYTONA_ERROR: 'platform.upstream',
  BROWSER_CONFIGURE_FAILED: 'platform.upstream',
  BROWSER_HEALTH_TIMEOUT: 'platform.timeout',
  QUICK_ACTION_TIMEOUT: 'platform.timeout',
  INTERNAL_ERROR: 'platform.internal',
  // Normalized legacy codes.
  invalid_request: 'platform.invalid_request',
  authentication_failed: 'platform.unauthorized',
  browser_not_found: 'platform.not_found',
  rate_limited: 'platform.rate_limited',
  quota_exceeded: 'platform.quota_exceeded',
  payload_too_large: 'platform.payload_too_large',
  upstream_timeout: 'platform.timeout',
  internal_error: 'platform.internal',
  browser_unavailable: 'browser.crashed',
  operation_cancelled: 'platform.canceled',
};

/**
 * Browser-server codes → kind (seed 002). They come in `playwright.execute` results, and (seed 002:
 * "quick actions may surface browser-server codes") in gateway envelopes and SDK errors too.
 */
export const WEBCOMPUTE_BROWSER_CODES: Record<string, FailureKind> = {
  BROWSER_LAUNCH_FAILED: 'browser.launch_failed',
  BROWSER_CRASHED: 'browser.crashed',
  NAVIGATION_TIMEOUT: 'browser.navigation_timeout',
  NAVIGATION_FAILED: 'browser.navigation_failed',
  SELECTOR_NOT_FOUND: 'browser.selector_not_found',
  CAPTCHA_SOLVE_FAILED: 'agent.captcha',
  PROXY_CONNECTION_FAILED: 'browser.proxy_failed',
  SCREENSHOT_FAILED: 'browser.screenshot_failed',
  PDF_FAILED: 'browser.pdf_failed',
  EXECUTE_FAILED: 'browser.execute_failed',
};

/**
 * SDK error classes → kind (seed 002, "SDK error classes"), used when the error carries no known
 * code. `ConnectionError`'s kind is refined by the network error it wraps; the base class
 * `WebcomputeError` names no kind (its status does).
 */
export const WEBCOMPUTE_SDK_CLASSES: Record<string, FailureKind> = {
  AuthenticationError: 'platform.unauthorized',
  ValidationError: 'platform.invalid_request',
  NotFoundError: 'platform.not_found',
  ConflictError: 'platform.wrong_state',
  RateLimitError: 'platform.rate_limited',
  PayloadTooLargeError: 'platform.payload_too_large',
  ResourceLimitError: 'platform.concurrency_limit',
  TimeoutError: 'platform.timeout',
  BrowserUnavailableError: 'browser.crashed',
  RequestAbortedError: 'platform.canceled',
  ConnectionError: 'transport.connection_refused',
  InternalError: 'platform.internal',
  BrowserPolicyTipError: 'platform.policy_blocked',
};

/**
 * The kind of a Webcompute code wherever it appears (gateway envelope, SDK error, execute result):
 * a gateway code, a normalized legacy code or a browser-server code, known exactly; else null.
 *
 * @example
 * webcomputeCodeKind('PROXY_CONNECTION_FAILED'); // 'browser.proxy_failed'
 * webcomputeCodeKind('PERMISSION_DENIED'); // null: the status decides
 */
export function webcomputeCodeKind(code: string): FailureKind | null {
  return knownKind(WEBCOMPUTE_GATEWAY_CODES, code) ?? knownKind(WEBCOMPUTE_BROWSER_CODES, code);
}
