import { describe, expect, it } from 'vitest';
import { classify } from '../../harness/classify/index.ts';
import { isNetworkShapedNetError } from '../../harness/classify/shared/net-errors.ts';
import type { FailureKind } from '../../harness/contract/index.ts';
import { failureOf } from './helpers.ts';

/** An error as Playwright throws it: the class name and the message, verbatim. */
const thrown = (name: string, message: string) => ({
  provider: 'playwright' as const,
  thrown: Object.assign(new Error(message), { name }),
});

/**
 * Messages captured verbatim from real Chromium (Debian chromium-headless-shell 156, Playwright
 * 1.65.1): a hung page, chrome://crash and what follows it, a dead proxy, unsafe and unresolvable
 * addresses, a browser closed mid-navigation, a missing executable, and route.abort() with every
 * error code Playwright offers (abort-<code>).
 */
const REAL_CHROMIUM_ERRORS: Array<[string, string, string, FailureKind, string]> = [
  [
    'goto-timeout',
    'TimeoutError',
    'page.goto: Timeout 300ms exceeded.\nCall log:\n\u001b[2m  - navigating to "http://127.0.0.1:41235/hang", waiting until "load"\u001b[22m\n',
    'browser.navigation_timeout',
    'TimeoutError',
  ],
  [
    'refused',
    'Error',
    'page.goto: net::ERR_UNSAFE_PORT at http://127.0.0.1:1/\nCall log:\n\u001b[2m  - navigating to "http://127.0.0.1:1/", waiting until "load"\u001b[22m\n',
    'browser.navigation_failed',
    'net::ERR_UNSAFE_PORT',
  ],
  [
    'name',
    'Error',
    'page.goto: net::ERR_NAME_NOT_RESOLVED at http://nonexistent.invalid/\nCall log:\n\u001b[2m  - navigating to "http://nonexistent.invalid/", waiting until "load"\u001b[22m\n',
    'browser.navigation_failed',
    'net::ERR_NAME_NOT_RESOLVED',
  ],
  [
    'proxy',
    'Error',
    'page.goto: net::ERR_PROXY_CONNECTION_FAILED at http://127.0.0.1:41235/\nCall log:\n\u001b[2m  - navigating to "http://127.0.0.1:41235/", waiting until "load"\u001b[22m\n',
    'browser.proxy_failed',
    'net::ERR_PROXY_CONNECTION_FAILED',
  ],
  [
    'crash-goto',
    'Error',
    'page.goto: net::ERR_ABORTED at chrome://crash\nCall log:\n\u001b[2m  - navigating to "chrome://crash", waiting until "load"\u001b[22m\n',
    'browser.navigation_failed',
    'net::ERR_ABORTED',
  ],
  ['after-crash-evaluate', 'Error', 'page.evaluate: Target crashed ', 'browser.crashed', 'Error'],
  [
    'after-crash-goto',
    'Error',
    'page.goto: Page crashed\nCall log:\n\u001b[2m  - navigating to "http://127.0.0.1:41235/", waiting until "load"\u001b[22m\n',
    'browser.crashed',
    'Error',
  ],
  [
    'after-crash-screenshot',
    'Error',
    'page.screenshot: Target crashed \nCall log:\n\u001b[2m  - taking page screenshot\u001b[22m\n\u001b[2m  - waiting for fonts to load...\u001b[22m\n\u001b[2m  - fonts loaded\u001b[22m\n',
    'browser.crashed',
    'Error',
  ],
  [
    'abort-aborted',
    'Error',
    'page.goto: net::ERR_ABORTED at http://127.0.0.1:41235/\nCall log:\n\u001b[2m  - navigating to "http://127.0.0.1:41235/", waiting until "load"\u001b[22m\n',
    'browser.navigation_failed',
    'net::ERR_ABORTED',
  ],
  [
    'abort-accessdenied',
    'Error',
    'page.goto: net::ERR_ACCESS_DENIED at http://127.0.0.1:41235/\nCall log:\n\u001b[2m  - navigating to "http://127.0.0.1:41235/", waiting until "load"\u001b[22m\n',
    'browser.navigation_failed',
    'net::ERR_ACCESS_DENIED',
  ],
  [
    'abort-addressunreachable',
    'Error',
    'page.goto: net::ERR_ADDRESS_UNREACHABLE at http://127.0.0.1:41235/\nCall log:\n\u001b[2m  - navigating to "http://127.0.0.1:41235/", waiting until "load"\u001b[22m\n',
    'browser.navigation_failed',
    'net::ERR_ADDRESS_UNREACHABLE',
  ],
  [
    'abort-blockedbyclient',
    'Error',
    'page.goto: net::ERR_BLOCKED_BY_CLIENT at http://127.0.0.1:41235/\nCall log:\n\u001b[2m  - navigating to "http://127.0.0.1:41235/", waiting until "load"\u001b[22m\n',
    'browser.navigation_failed',
    'net::ERR_BLOCKED_BY_CLIENT',
  ],
  [
    'abort-blockedbyresponse',
    'Error',
    'page.goto: net::ERR_BLOCKED_BY_RESPONSE at http://127.0.0.1:41235/\nCall log:\n\u001b[2m  - navigating to "http://127.0.0.1:41235/", waiting until "load"\u001b[22m\n',
    'browser.navigation_failed',
    'net::ERR_BLOCKED_BY_RESPONSE',
  ],
  [
    'abort-connectionaborted',
    'Error',
    'page.goto: net::ERR_CONNECTION_ABORTED at http://127.0.0.1:41235/\nCall log:\n\u001b[2m  - navigating to "http://127.0.0.1:41235/", waiting until "load"\u001b[22m\n',
    'browser.navigation_failed',
    'net::ERR_CONNECTION_ABORTED',
  ],
  [
    'abort-connectionclosed',
    'Error',
    'page.goto: net::ERR_CONNECTION_CLOSED at http://127.0.0.1:41235/\nCall log:\n\u001b[2m  - navigating to "http://127.0.0.1:41235/", waiting until "load"\u001b[22m\n',
    'browser.navigation_failed',
    'net::ERR_CONNECTION_CLOSED',
  ],
  [
    'abort-connectionfailed',
    'Error',
    'page.goto: net::ERR_CONNECTION_FAILED at http://127.0.0.1:41235/\nCall log:\n\u001b[2m  - navigating to "http://127.0.0.1:41235/", waiting until "load"\u001b[22m\n',
    'browser.navigation_failed',
    'net::ERR_CONNECTION_FAILED',
  ],
  [
    'abort-connectionrefused',
    'Error',
    'page.goto: net::ERR_CONNECTION_REFUSED at http://127.0.0.1:41235/\nCall log:\n\u001b[2m  - navigating to "http://127.0.0.1:41235/", waiting until "load"\u001b[22m\n',
    'browser.navigation_failed',
    'net::ERR_CONNECTION_REFUSED',
  ],
  [
    'abort-connectionreset',
    'Error',
    'page.goto: net::ERR_CONNECTION_RESET at http://127.0.0.1:41235/\nCall log:\n\u001b[2m  - navigating to "http://127.0.0.1:41235/", waiting until "load"\u001b[22m\n',
    'browser.navigation_failed',
    'net::ERR_CONNECTION_RESET',
  ],
  [
    'abort-internetdisconnected',
    'Error',
    'page.goto: net::ERR_INTERNET_DISCONNECTED at http://127.0.0.1:41235/\nCall log:\n\u001b[2m  - navigating to "http://127.0.0.1:41235/", waiting until "load"\u001b[22m\n',
    'browser.navigation_failed',
    'net::ERR_INTERNET_DISCONNECTED',
  ],
  [
    'abort-namenotresolved',
    'Error',
    'page.goto: net::ERR_NAME_NOT_RESOLVED at http://127.0.0.1:41235/\nCall log:\n\u001b[2m  - navigating to "http://127.0.0.1:41235/", waiting until "load"\u001b[22m\n',
    'browser.navigation_failed',
    'net::ERR_NAME_NOT_RESOLVED',
  ],
  [
    'abort-timedout',
    'Error',
    'page.goto: net::ERR_TIMED_OUT at http://127.0.0.1:41235/\nCall log:\n\u001b[2m  - navigating to "http://127.0.0.1:41235/", waiting until "load"\u001b[22m\n',
    'browser.navigation_timeout',
    'net::ERR_TIMED_OUT',
  ],
  [
    'abort-failed',
    'Error',
    'page.goto: net::ERR_FAILED at http://127.0.0.1:41235/\nCall log:\n\u001b[2m  - navigating to "http://127.0.0.1:41235/", waiting until "load"\u001b[22m\n',
    'browser.navigation_failed',
    'net::ERR_FAILED',
  ],
  [
    'browser-closed-mid-goto',
    'Error',
    'page.goto: net::ERR_ABORTED at http://127.0.0.1:41235/hang\nCall log:\n\u001b[2m  - navigating to "http://127.0.0.1:41235/hang", waiting until "load"\u001b[22m\n',
    'browser.navigation_failed',
    'net::ERR_ABORTED',
  ],
  [
    'launch-missing',
    'Error',
    "browserType.launch: Failed to launch chromium because executable doesn't exist at /nope/chrome",
    'browser.launch_failed',
    'Error',
  ],
];

describe('Playwright errors from real Chromium', () => {
  it.each(REAL_CHROMIUM_ERRORS)('%s', (_case, name, message, kind, code) => {
    const failure = failureOf(thrown(name, message));
    expect(failure).toMatchObject({ kind, code, provider: 'playwright', layer: 'browser' });
    expect(failure.message).not.toMatch(/Call log/);
  });

  it.each<[string, string, string, FailureKind]>([
    [
      'a locator that never appears',
      'TimeoutError',
      "locator.click: Timeout 200ms exceeded.\nCall log:\n  - waiting for locator('#missing')",
      'browser.selector_not_found',
    ],
    ['a closed target', 'Error', 'page.goto: Target page, context or browser has been closed', 'browser.disconnected'],
    ['a killed launchServer browser', 'Error', 'page.goto: Browser closed.', 'browser.disconnected'],
    [
      'a proxy demanding credentials',
      'Error',
      'page.goto: net::ERR_INVALID_AUTH_CREDENTIALS at http://127.0.0.1:9/',
      'browser.proxy_failed',
    ],
    [
      'a tunnel refused by the proxy',
      'Error',
      'page.goto: net::ERR_TUNNEL_CONNECTION_FAILED at https://127.0.0.1:9/',
      'browser.proxy_failed',
    ],
    [
      'a 407 without Proxy-Authenticate',
      'Error',
      'page.goto: net::ERR_PROXY_AUTH_UNSUPPORTED at https://127.0.0.1:9/',
      'browser.proxy_failed',
    ],
    [
      'a screenshot failure',
      'Error',
      'page.screenshot: Protocol error (Page.captureScreenshot): Unable to capture screenshot',
      'browser.screenshot_failed',
    ],
    ['a pdf failure', 'Error', 'page.pdf: Protocol error (Page.printToPDF): Printing failed', 'browser.pdf_failed'],
    [
      'an evaluate failure',
      'Error',
      'page.evaluate: Execution context was destroyed, most likely because of a navigation',
      'browser.execute_failed',
    ],
  ])('%s', (_case, name, message, kind) => {
    expect(failureOf(thrown(name, message)).kind).toBe(kind);
  });

  it('a Node network error thrown in a Playwright script is a transport failure', () => {
    const error = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    expect(failureOf({ provider: 'playwright', thrown: error })).toMatchObject({
      kind: 'transport.connection_refused',
      code: 'ECONNREFUSED',
    });
  });

  it('a non-error thrown value is internal, never a crash', () => {
    expect(failureOf({ provider: 'playwright', thrown: 42 }).kind).toBe('platform.internal');
    expect(failureOf({ provider: 'playwright', thrown: null }).kind).toBe('platform.internal');
  });

  it('an extracted answer is a success', () => {
    expect(classify({ provider: 'playwright', response: { status: 200, body: { price: 1 } } })).toEqual({
      state: 'success',
      answer: { price: 1 },
    });
  });
});

describe('network-shaped net errors (the oracle retries these, aborts the rest)', () => {
  it.each<[string, boolean]>([
    ['net::ERR_CONNECTION_RESET', true],
    ['net::ERR_CONNECTION_REFUSED', true],
    ['net::ERR_CONNECTION_CLOSED', true],
    ['net::ERR_TIMED_OUT', true],
    ['net::ERR_EMPTY_RESPONSE', true],
    ['net::ERR_TUNNEL_CONNECTION_FAILED', true],
    ['net::ERR_NETWORK_CHANGED', true],
    ['net::ERR_ADDRESS_UNREACHABLE', true],
    ['net::ERR_INTERNET_DISCONNECTED', true],
    ['net::ERR_NAME_NOT_RESOLVED', false],
    ['net::ERR_CERT_AUTHORITY_INVALID', false],
    ['net::ERR_SSL_PROTOCOL_ERROR', false],
    ['net::ERR_INVALID_URL', false],
    ['net::ERR_BLOCKED_BY_CLIENT', false],
    ['net::ERR_UNSAFE_PORT', false],
    ['net::ERR_ABORTED', false],
  ])('%s → %s', (code, shaped) => {
    expect(isNetworkShapedNetError(code)).toBe(shaped);
  });
});
