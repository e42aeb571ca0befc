import type { FailureKind } from '../contract/index.ts';
import type { ProviderClassifier } from './provider.ts';
import { checkAnswer } from './shared/answer-check.ts';
import { safeString } from './shared/body.ts';
import { failed } from './shared/failure.ts';
import { fromStatus } from './shared/http.ts';
import { isSuccessStatus } from './shared/status.ts';

/** Proxy-related Chromium net errors: the proxy, not the site, failed. */
const PROXY_NET_ERRORS = new Set([
  'net::ERR_PROXY_CONNECTION_FAILED',
  'net::ERR_TUNNEL_CONNECTION_FAILED',
  'net::ERR_PROXY_AUTH_UNSUPPORTED',
  'net::ERR_PROXY_AUTH_REQUESTED',
  'net::ERR_INVALID_AUTH_CREDENTIALS',
  'net::ERR_NO_SUPPORTED_PROXIES',
  'net::ERR_PROXY_CERTIFICATE_INVALID',
  'net::ERR_MANDATORY_PROXY_CONFIGURATION_FAILED',
]);
const TIMEOUT_NET_ERRORS = new Set(['net::ERR_TIMED_OUT', 'net::ERR_CONNECTION_TIMED_OUT']);

/** Playwright / Chromium error messages → kind, checked in order, for errors without a net code. */
const BY_MESSAGE: Array<[RegExp, FailureKind]> = [
  [/Target crashed|Page crashed|Renderer process crashed/i, 'browser.crashed'],
  [/Failed to launch|executable doesn't exist|Executable doesn't exist/i, 'browser.launch_failed'],
  [
    /has been closed|Browser closed|browser has disconnected|has been disconnected|Connection closed/i,
    'browser.disconnected',
  ],
  [/screenshot/i, 'browser.screenshot_failed'],
  [/\bpdf\b/i, 'browser.pdf_failed'],
];

/** The kind of a Playwright `TimeoutError`: waiting for a navigation, else for a locator. */
function timeoutKind(message: string): FailureKind {
  return /goto|navigat|waitForURL|waitForNavigation|reload|goBack|goForward/i.test(message)
    ? 'browser.navigation_timeout'
    : 'browser.selector_not_found';
}

function netErrorKind(code: string): FailureKind {
  if (PROXY_NET_ERRORS.has(code)) return 'browser.proxy_failed';
  if (TIMEOUT_NET_ERRORS.has(code)) return 'browser.navigation_timeout';
  return 'browser.navigation_failed';
}

/**
 * Raw Playwright errors from real Chromium, handed straight to the handler: navigation
 * `TimeoutError`s, `net::ERR_*` failures (proxy ones included), crashes, closed targets,
 * launch failures. `code` is the `net::ERR_*` token, else the error class name. Matched by
 * `name` and message, never `instanceof` (the bundled class is `TimeoutError2`).
 */
export const playwright: ProviderClassifier = {
  response(response, options) {
    return isSuccessStatus(response.status)
      ? checkAnswer('playwright', response.json, response.raw, options)
      : fromStatus('playwright', response, options);
  },
  thrown(thrown, options) {
    if (!(thrown instanceof Error) && !(thrown && typeof thrown === 'object' && 'message' in thrown)) return null;
    const { name = 'Error', message = '' } = thrown as { name?: string; message?: string };
    const firstLine = safeString(message).split('\n')[0]!;
    const raw = { name, message: firstLine };
    const net = /net::ERR_[A-Z_]+/.exec(safeString(message))?.[0];
    if (net) return failed('playwright', netErrorKind(net), { code: net, message: firstLine, raw }, options);
    if (name === 'TimeoutError')
      return failed('playwright', timeoutKind(firstLine), { code: name, message: firstLine, raw }, options);
    const byMessage = BY_MESSAGE.find(([pattern]) => pattern.test(safeString(message)))?.[1];
    if (byMessage) return failed('playwright', byMessage, { code: name, message: firstLine, raw }, options);
    // Node network errors (ECONNREFUSED from a connect()) belong to the dispatcher.
    if ((thrown as { code?: unknown }).code !== undefined) return null;
    return failed('playwright', 'browser.execute_failed', { code: name, message: firstLine, raw }, options);
  },
};
