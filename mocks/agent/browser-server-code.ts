/**
 * The browser-server codes of seed 002 ("Browser-server error codes"): how a platform's browser
 * runtime names what went wrong in the browser. Every simulated platform reads a real Playwright
 * error into one of these first (a captcha wall, not an error, is the one it never reads from one),
 * then reports it in its own envelope.
 */
export type BrowserServerCode =
  | 'BROWSER_LAUNCH_FAILED'
  | 'BROWSER_CRASHED'
  | 'NAVIGATION_TIMEOUT'
  | 'NAVIGATION_FAILED'
  | 'SELECTOR_NOT_FOUND'
  | 'CAPTCHA_SOLVE_FAILED'
  | 'PROXY_CONNECTION_FAILED'
  | 'SCREENSHOT_FAILED'
  | 'PDF_FAILED'
  | 'EXECUTE_FAILED';

/** Chromium net errors that mean the proxy, not the site, failed. */
const PROXY_NET_ERROR =
  /^net::ERR_(PROXY_[A-Z_]+|TUNNEL_CONNECTION_FAILED|INVALID_AUTH_CREDENTIALS|NO_SUPPORTED_PROXIES|MANDATORY_PROXY_CONFIGURATION_FAILED)$/;
/** Chromium net errors that mean the network timed out. */
const TIMEOUT_NET_ERROR = /^net::ERR_(TIMED_OUT|CONNECTION_TIMED_OUT)$/;
/** Playwright actions that navigate: a `TimeoutError` while doing one is a navigation timeout. */
const NAVIGATING = /goto|navigat|waitForURL|reload|goBack|goForward/i;

/** Error texts of Chromium and Playwright → code, for errors without a net code. Checked in order. */
const BY_TEXT: ReadonlyArray<readonly [RegExp, BrowserServerCode]> = [
  [/Target crashed|Page crashed|Renderer process crashed/i, 'BROWSER_CRASHED'],
  [/Failed to launch|executable doesn't exist/i, 'BROWSER_LAUNCH_FAILED'],
  // The browser or its context went away under the agent: the runtime lost its browser.
  [/has been closed|Browser closed|disconnected|Connection closed/i, 'BROWSER_CRASHED'],
  [/screenshot/i, 'SCREENSHOT_FAILED'],
  [/\bpdf\b/i, 'PDF_FAILED'],
];

/**
 * The browser-server code a platform's runtime reports for a real Playwright error (matched by the
 * error's `name` and text, never `instanceof`: Playwright bundles its classes). This is the
 * simulated platforms' own reading; it does not ask Faultline's `classify`, so a bug there cannot
 * change what the simulators send.
 *
 * @example
 * browserServerCode(Object.assign(new Error('page.goto: Timeout 300ms exceeded.'), { name: 'TimeoutError' })); // 'NAVIGATION_TIMEOUT'
 * browserServerCode(new Error('page.goto: net::ERR_PROXY_CONNECTION_FAILED at http://…')); // 'PROXY_CONNECTION_FAILED'
 */
export function browserServerCode(error: Error): BrowserServerCode {
  const text = error.message;
  const net = /net::ERR_[A-Z_]+/.exec(text)?.[0];
  if (net)
    return PROXY_NET_ERROR.test(net)
      ? 'PROXY_CONNECTION_FAILED'
      : TIMEOUT_NET_ERROR.test(net)
        ? 'NAVIGATION_TIMEOUT'
        : 'NAVIGATION_FAILED';
  if (error.name === 'TimeoutError')
    return NAVIGATING.test(text.split('\n')[0]!) ? 'NAVIGATION_TIMEOUT' : 'SELECTOR_NOT_FOUND';
  return BY_TEXT.find(([pattern]) => pattern.test(text))?.[1] ?? 'EXECUTE_FAILED';
}
