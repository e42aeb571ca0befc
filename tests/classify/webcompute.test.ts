import { describe, expect, it } from 'vitest';
import { classify } from '../../harness/classify/index.ts';
import type { FailureKind } from '../../harness/contract/index.ts';
import { ANSWER_SCHEMA, failureOf, json } from './helpers.ts';

const envelope = (code: string, extra: Record<string, unknown> = {}) => ({ code, type: 'error', message: 'Request failed', requestId: 'req_1', ...extra });

describe('Webcompute gateway error envelopes', () => {
  it.each<[string, number, FailureKind]>([
    // seed 002, "Gateway error codes": every code with its status
    ['INVALID_PARAMS', 400, 'platform.invalid_request'],
    ['UNAUTHORIZED', 401, 'platform.unauthorized'],
    ['BROWSER_NOT_FOUND', 404, 'platform.not_found'],
    ['SESSION_NOT_FOUND', 404, 'platform.not_found'],
    ['BROWSER_WRONG_STATE', 409, 'platform.wrong_state'],
    ['SESSION_WRONG_STATE', 409, 'platform.wrong_state'],
    ['browser_configuring', 409, 'platform.wrong_state'],
    ['idempotency_key_reused', 409, 'platform.idempotency_mismatch'],
    ['operation_in_progress', 409, 'platform.wrong_state'],
    ['RATE_LIMITED', 429, 'platform.rate_limited'],
    ['CONCURRENT_LIMIT', 429, 'platform.concurrency_limit'],
    ['DAYTONA_ERROR', 502, 'platform.upstream'],
    ['BROWSER_CONFIGURE_FAILED', 502, 'platform.upstream'],
    ['BROWSER_HEALTH_TIMEOUT', 504, 'platform.timeout'],
    ['QUICK_ACTION_TIMEOUT', 504, 'platform.timeout'],
    ['INTERNAL_ERROR', 500, 'platform.internal'],
    // the SDK's normalized legacy codes
    ['invalid_request', 400, 'platform.invalid_request'],
    ['authentication_failed', 401, 'platform.unauthorized'],
    ['browser_not_found', 404, 'platform.not_found'],
    ['rate_limited', 429, 'platform.rate_limited'],
    ['quota_exceeded', 429, 'platform.quota_exceeded'],
    ['payload_too_large', 413, 'platform.payload_too_large'],
    ['upstream_timeout', 504, 'platform.timeout'],
    ['internal_error', 500, 'platform.internal'],
    ['browser_unavailable', 503, 'browser.crashed'],
    ['operation_cancelled', 499, 'platform.canceled'],
    ['an unknown code', 500, 'platform.internal'],
  ])('%s (HTTP %i) → %s, code kept', (code, status, kind) => {
    const theCode = code === 'an unknown code' ? 'SANDBOX_ON_FIRE' : code;
    expect(failureOf(json('webcompute', status, envelope(theCode)))).toMatchObject({ kind, status, code: theCode });
  });

  it.each<[number, FailureKind]>([
    // seed 002, "HTTP status categories": every status, envelope without a code
    [400, 'platform.invalid_request'],
    [401, 'platform.unauthorized'],
    [403, 'platform.forbidden'],
    [404, 'platform.not_found'],
    [409, 'platform.wrong_state'],
    [413, 'platform.payload_too_large'],
    [429, 'platform.rate_limited'],
    [500, 'platform.internal'],
    [502, 'platform.upstream'],
    [503, 'platform.unavailable'],
    [504, 'platform.timeout'],
  ])('HTTP %i without a code → %s', (status, kind) => {
    expect(failureOf(json('webcompute', status, { type: 'error', message: 'x' })).kind).toBe(kind);
  });

  it.each(['change_request', 'authenticate', 'abort', 'retry'])('next: %s and retryable reach the Failure', (next) => {
    const failure = failureOf(json('webcompute', 400, envelope('INVALID_PARAMS', { retryable: false, next, param: 'timeoutMs', details: { max: 60 } })));
    expect(failure).toMatchObject({ next, retryable: false });
  });

  it('reads an envelope nested under error, and Retry-After', () => {
    const failure = failureOf(json('webcompute', 429, { error: envelope('CONCURRENT_LIMIT', { retryable: true }) }, { 'retry-after': '5' }));
    expect(failure).toMatchObject({ kind: 'platform.concurrency_limit', retryable: true, retryAfterMs: 5000 });
  });
});

describe('Webcompute playwright.execute results', () => {
  it.each<[string, FailureKind]>([
    // seed 002, "Browser-server error codes": every code
    ['BROWSER_LAUNCH_FAILED', 'browser.launch_failed'],
    ['BROWSER_CRASHED', 'browser.crashed'],
    ['NAVIGATION_TIMEOUT', 'browser.navigation_timeout'],
    ['NAVIGATION_FAILED', 'browser.navigation_failed'],
    ['SELECTOR_NOT_FOUND', 'browser.selector_not_found'],
    ['CAPTCHA_SOLVE_FAILED', 'agent.captcha'],
    ['PROXY_CONNECTION_FAILED', 'browser.proxy_failed'],
    ['SCREENSHOT_FAILED', 'browser.screenshot_failed'],
    ['PDF_FAILED', 'browser.pdf_failed'],
    ['EXECUTE_FAILED', 'browser.execute_failed'],
    ['SOMETHING_NEW', 'platform.internal'],
  ])('success: false with %s → %s on an HTTP 200', (code, kind) => {
    const failure = failureOf(json('webcompute', 200, { success: false, error: { code, name: 'Error', message: 'at page https://bank.example/acct?token=abc' }, logs: [] }));
    expect(failure).toMatchObject({ kind, code, status: 200 });
    expect(JSON.stringify(failure)).not.toContain('token=abc'); // the seed: never log the whole error
  });

  it('success: false without an error is execute_failed', () => {
    expect(failureOf(json('webcompute', 200, { success: false })).kind).toBe('browser.execute_failed');
  });

  it('success: true is a success, its result the answer', () => {
    const result = { product: 'Framework 13', price: 1049 };
    expect(classify(json('webcompute', 200, { success: true, result }), { answerSchema: ANSWER_SCHEMA })).toEqual({ state: 'success', answer: result });
  });

  it.each(['creating', 'configuring'])('a browser %s is pending; ready is a success', (status) => {
    expect(classify(json('webcompute', 200, { id: 'br_1', status }))).toEqual({ state: 'pending', status });
    expect(classify(json('webcompute', 200, { id: 'br_1', status: 'ready' })).state).toBe('success');
  });
});

describe('Webcompute SDK errors (thrown)', () => {
  const sdkError = (name: string, fields: Record<string, unknown> = {}) => Object.assign(new Error('failed'), { name, ...fields });
  it.each<[string, number | undefined, FailureKind]>([
    // seed 002, "SDK error classes": every class, without a code
    ['AuthenticationError', 401, 'platform.unauthorized'],
    ['ValidationError', 400, 'platform.invalid_request'],
    ['NotFoundError', 404, 'platform.not_found'],
    ['ConflictError', 409, 'platform.wrong_state'],
    ['RateLimitError', 429, 'platform.rate_limited'],
    ['PayloadTooLargeError', 413, 'platform.payload_too_large'],
    ['ResourceLimitError', 429, 'platform.concurrency_limit'],
    ['TimeoutError', 504, 'platform.timeout'],
    ['BrowserUnavailableError', 503, 'browser.crashed'],
    ['RequestAbortedError', undefined, 'platform.canceled'],
    ['ConnectionError', undefined, 'transport.connection_refused'],
    ['InternalError', 500, 'platform.internal'],
    ['BrowserPolicyTipError', 400, 'platform.policy_blocked'],
    ['WebcomputeError', 502, 'platform.upstream'],
  ])('%s → %s, the class as code', (name, statusCode, kind) => {
    expect(failureOf({ provider: 'webcompute', thrown: sdkError(name, { statusCode }) })).toMatchObject({ kind, code: name, status: statusCode ?? null });
  });

  it('a code on the error wins over its class, with retryable and next', () => {
    const thrown = sdkError('RateLimitError', { statusCode: 429, code: 'CONCURRENT_LIMIT', retryable: true, next: 'retry' });
    expect(failureOf({ provider: 'webcompute', thrown })).toMatchObject({ kind: 'platform.concurrency_limit', code: 'CONCURRENT_LIMIT', retryable: true, next: 'retry' });
  });

  it('a ConnectionError that says reset is a reset', () => {
    const thrown = sdkError('ConnectionError', { cause: { code: 'ECONNRESET' } });
    expect(failureOf({ provider: 'webcompute', thrown }).kind).toBe('transport.connection_reset');
  });
});
