import type { AgentOutcome } from '../agent/outcome.ts';
import { browserServerCode, type BrowserServerCode } from '../agent/browser-server-code.ts';

/** A gateway error as the platform answers it: the HTTP status and the envelope's fields (seed 002). */
export interface GatewayError {
  status: number;
  code: string;
  type: string;
  message: string;
  retryable: boolean;
  /** The suggested next step; absent where no step of the seed's vocabulary fits. */
  next?: string;
  param?: string;
  details?: Record<string, unknown>;
  /** Seconds for a `Retry-After` header. */
  retryAfterS?: number;
}

/**
 * The JSON body of a gateway error: `code`, `type`, `message`, `retryable`, `next`, `requestId`,
 * `param`, `details` (the `WebcomputeError` fields of seed 002).
 *
 * @example
 * gatewayBody({ status: 404, code: 'BROWSER_NOT_FOUND', type: 'not_found_error', message: 'Browser browser_1 does not exist', retryable: false }, 'req_1');
 */
export function gatewayBody(error: GatewayError, requestId: string): Record<string, unknown> {
  const { code, type, message, retryable, next, param, details } = error;
  return {
    code,
    type,
    message,
    retryable,
    ...(next !== undefined && { next }),
    requestId,
    ...(param !== undefined && { param }),
    ...(details !== undefined && { details }),
  };
}

/** Headers of a gateway error (its `Retry-After`). */
export function gatewayHeaders(error: GatewayError): Record<string, string> {
  return error.retryAfterS === undefined ? {} : { 'retry-after': String(error.retryAfterS) };
}

/**
 * A `playwright.execute` result that returned `answer`.
 *
 * @example
 * executeSuccess({ price: 1049 }); // { success: true, result: { price: 1049 }, logs: [] }
 */
export function executeSuccess(answer: unknown): Record<string, unknown> {
  return { success: true, result: answer, logs: [] };
}

/**
 * A `playwright.execute` result whose code failed in the browser with a browser-server code (the
 * HTTP request itself succeeded).
 *
 * @example
 * executeFailure('NAVIGATION_TIMEOUT', 'page.goto: Timeout 300ms exceeded.');
 */
export function executeFailure(code: string, message: string): Record<string, unknown> {
  return { success: false, error: { code, name: 'Error', message }, logs: [] };
}

/**
 * How Webcompute reports what the user's code met in the real browser: an answer, or
 * `success: false` with the browser-server code of what went wrong (a captcha it could not solve,
 * a missing selector on a wall or error page, a dead proxy).
 *
 * @example
 * agentEnd({ type: 'wall', wall: 'captcha' }).error; // { code: 'CAPTCHA_SOLVE_FAILED', … }
 */
export function agentEnd(outcome: AgentOutcome): Record<string, unknown> {
  const missingSelector = () => executeFailure('SELECTOR_NOT_FOUND', "waiting for locator('#price')");
  switch (outcome.type) {
    case 'answer':
      return executeSuccess(outcome.answer);
    case 'wall':
      return outcome.wall === 'captcha'
        ? executeFailure('CAPTCHA_SOLVE_FAILED', 'CAPTCHA resolution failed')
        : missingSelector();
    case 'http':
      return outcome.viaProxy && [407, 502, 403].includes(outcome.status)
        ? executeFailure('PROXY_CONNECTION_FAILED', `proxy answered ${outcome.status}`)
        : missingSelector();
    case 'error':
      return executeFailure(browserServerCode(outcome.error), outcome.error.message.split('\n')[0]!);
  }
}

/** The codes a quick action fails with: its own timeout, or the browser-server code of what went wrong. */
export type QuickActionCode = 'QUICK_ACTION_TIMEOUT' | BrowserServerCode;

/**
 * How a quick action answers each failure (seed 002: "quick actions may surface browser-server
 * codes"; `QUICK_ACTION_TIMEOUT` is 504). The statuses, `retryable` and `next` of the
 * browser-server codes are Faultline's choice: timeouts 504, browser and proxy failures 502, a
 * missing selector or unsolved captcha 422 (the request must change, or a person must step in).
 */
export const QUICK_ACTION_FAILURES: Record<QuickActionCode, Omit<GatewayError, 'code' | 'message'>> = {
  QUICK_ACTION_TIMEOUT: { status: 504, type: 'timeout_error', retryable: true, next: 'retry' },
  NAVIGATION_TIMEOUT: { status: 504, type: 'timeout_error', retryable: true, next: 'retry' },
  NAVIGATION_FAILED: { status: 502, type: 'browser_error', retryable: true, next: 'retry' },
  BROWSER_LAUNCH_FAILED: { status: 502, type: 'browser_error', retryable: true, next: 'retry' },
  BROWSER_CRASHED: { status: 502, type: 'browser_error', retryable: true, next: 'retry' },
  PROXY_CONNECTION_FAILED: { status: 502, type: 'proxy_error', retryable: false, next: 'change_request' },
  SELECTOR_NOT_FOUND: { status: 422, type: 'browser_error', retryable: false, next: 'change_request' },
  CAPTCHA_SOLVE_FAILED: { status: 422, type: 'captcha_error', retryable: false, next: 'abort' },
  SCREENSHOT_FAILED: { status: 500, type: 'browser_error', retryable: true, next: 'retry' },
  PDF_FAILED: { status: 500, type: 'browser_error', retryable: true, next: 'retry' },
  EXECUTE_FAILED: { status: 500, type: 'browser_error', retryable: true, next: 'retry' },
};

/**
 * The gateway error a quick action answers with for `code`.
 *
 * @example
 * quickActionFailure('QUICK_ACTION_TIMEOUT', 'The quick action did not finish before its timeout').status; // 504
 */
export function quickActionFailure(code: QuickActionCode, message: string): GatewayError {
  return { ...QUICK_ACTION_FAILURES[code], code, message };
}

/**
 * What the quick action `POST /v1/scrape` answers for a page read in full: the page's content
 * (Faultline's choice: the extracted answer as JSON text) with the reference's metadata.
 *
 * @example
 * scrapeResult('https://shop.example.test/laptop', 'markdown', { price: 1049 }).content; // '{"price":1049}'
 */
export function scrapeResult(url: string, format: string, answer: unknown): Record<string, unknown> {
  const content = typeof answer === 'string' ? answer : JSON.stringify(answer);
  return {
    v: 1,
    url,
    title: 'Framework 13',
    format,
    content,
    completeness: { ratio: 1, complete: true, capLimited: false, pruningLimited: false },
    statusCode: 200,
    captchaSolved: false,
    elapsedMs: 842,
  };
}
