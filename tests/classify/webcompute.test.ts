import { describe, expect, it } from 'vitest';
import { classify } from '../../harness/classify/index.ts';
import type { FailureKind } from '../../harness/contract/index.ts';
import { ANSWER_SCHEMA, failureOf, json } from './helpers.ts';

const envelope = (code: string, extra: Record<string, unknown> = {}) => ({
  code,
  type: 'error',
  message: 'Request failed',
  requestId: 'req_1',
  ...extra,
});
const sdkError = (name: string, fields: Record<string, unknown> = {}) =>
  Object.assign(new Error('failed'), { name, ...fields });

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
    const failure = failureOf(
      json(
        'webcompute',
        400,
        envelope('INVALID_PARAMS', { retryable: false, next, param: 'timeoutMs', details: { max: 60 } }),
      ),
    );
    expect(failure).toMatchObject({ next, retryable: false });
  });

  it('reads an envelope nested under error, and Retry-After', () => {
    const failure = failureOf(
      json('webcompute', 429, { error: envelope('CONCURRENT_LIMIT', { retryable: true }) }, { 'retry-after': '5' }),
    );
    expect(failure).toMatchObject({ kind: 'platform.concurrency_limit', retryable: true, retryAfterMs: 5000 });
  });

  it.each<[string, Record<string, unknown>, Record<string, string>, number | null]>([
    ['details.retryAfterMs', { retryAfterMs: 1200 }, {}, 1200],
    ['details.retry_after_ms', { retry_after_ms: 800 }, {}, 800],
    ['details.retryAfterMs over Retry-After', { retryAfterMs: 1200 }, { 'retry-after': '5' }, 1200],
    ['Retry-After when details has no wait', { limit: 10 }, { 'retry-after': '5' }, 5000],
    ['a negative details wait is ignored', { retryAfterMs: -1 }, { 'retry-after': '2' }, 2000],
    ['a string details wait is ignored', { retryAfterMs: '1200' }, {}, null],
    ['no wait anywhere', {}, {}, null],
  ])('retryAfterMs from %s', (_name, details, headers, ms) => {
    expect(failureOf(json('webcompute', 429, envelope('RATE_LIMITED', { details }), headers)).retryAfterMs).toBe(ms);
  });

  it('retryable and next are null when the envelope leaves them out (or mistypes them)', () => {
    expect(failureOf(json('webcompute', 500, envelope('INTERNAL_ERROR')))).toMatchObject({
      retryable: null,
      next: null,
    });
    expect(failureOf(json('webcompute', 500, envelope('INTERNAL_ERROR', { retryable: 'yes', next: 3 })))).toMatchObject(
      { retryable: null, next: null },
    );
  });

  it.each(['constructor', '__proto__', 'toString'])(
    'a code named like an Object member (%s) is unknown: the status decides, the code kept',
    (code) => {
      expect(failureOf(json('webcompute', 409, envelope(code)))).toMatchObject({ kind: 'platform.wrong_state', code });
      expect(failureOf(json('webcompute', null, envelope(code)))).toMatchObject({ kind: 'platform.internal', code });
    },
  );

  it.each<[string, unknown]>([
    ['top-level', envelope('CONCURRENT_LIMIT')],
    ['nested under error', { error: envelope('CONCURRENT_LIMIT') }],
  ])('an envelope with a code and no status (%s) is classified by its code', (_name, body) => {
    expect(failureOf(json('webcompute', null, body))).toMatchObject({
      kind: 'platform.concurrency_limit',
      status: null,
      code: 'CONCURRENT_LIMIT',
    });
  });

  it.each<[string, unknown, number, FailureKind]>([
    ['a JSON string', 'Bad gateway', 502, 'platform.upstream'],
    ['a JSON array', [envelope('RATE_LIMITED')], 403, 'platform.forbidden'],
    ['JSON null', null, 503, 'platform.unavailable'],
    ['a JSON number', 413, 413, 'platform.payload_too_large'],
    ['an error that is a string', { error: 'nope' }, 404, 'platform.not_found'],
  ])('a non-envelope error body (%s) on HTTP %i: the status decides', (_name, body, status, kind) => {
    expect(failureOf(json('webcompute', status, body))).toMatchObject({ kind, status, code: null });
  });

  it('the gateway message is redacted with the known secrets', () => {
    const failure = failureOf(json('webcompute', 401, envelope('UNAUTHORIZED', { message: 'bad key wc_live_123' })), {
      secrets: ['wc_live_123'],
    });
    expect(JSON.stringify(failure)).not.toContain('wc_live_123');
  });
});

describe('Webcompute: the most specific signal decides (known code → SDK class → status → internal)', () => {
  it.each<[string, number | null, FailureKind]>([
    // an unknown code decides nothing: the status does (issue 11: 403 PERMISSION_DENIED was internal)
    ['PERMISSION_DENIED', 403, 'platform.forbidden'],
    ['BROWSER_QUOTA_SPENT', 402, 'platform.quota_exceeded'],
    ['SOMETHING_NEW', 404, 'platform.not_found'],
    ['SOMETHING_NEW', 409, 'platform.wrong_state'],
    ['SOMETHING_NEW', 429, 'platform.rate_limited'],
    ['SOMETHING_NEW', 500, 'platform.internal'],
    ['SOMETHING_NEW', 502, 'platform.upstream'],
    ['SOMETHING_NEW', 503, 'platform.unavailable'],
    ['SOMETHING_NEW', 504, 'platform.timeout'],
    ['SOMETHING_NEW', null, 'platform.internal'],
    // words inside an unknown code are not read
    ['RATE_LIMITED_SOON', 503, 'platform.unavailable'],
    ['rate_limited_by_site', 500, 'platform.internal'],
    // a known code decides over the status
    ['RATE_LIMITED', 503, 'platform.rate_limited'],
    // browser-server codes in a gateway envelope (seed 002: quick actions may surface them; issue 11: were internal)
    ['BROWSER_LAUNCH_FAILED', 502, 'browser.launch_failed'],
    ['BROWSER_CRASHED', 502, 'browser.crashed'],
    ['NAVIGATION_TIMEOUT', 504, 'browser.navigation_timeout'],
    ['NAVIGATION_FAILED', 502, 'browser.navigation_failed'],
    ['SELECTOR_NOT_FOUND', 404, 'browser.selector_not_found'],
    ['CAPTCHA_SOLVE_FAILED', 502, 'agent.captcha'],
    ['PROXY_CONNECTION_FAILED', 502, 'browser.proxy_failed'],
    ['SCREENSHOT_FAILED', 500, 'browser.screenshot_failed'],
    ['PDF_FAILED', 500, 'browser.pdf_failed'],
    ['EXECUTE_FAILED', 500, 'browser.execute_failed'],
    ['PROXY_CONNECTION_FAILED', null, 'browser.proxy_failed'],
  ])('gateway envelope %s on HTTP %s → %s, the code kept', (code, status, kind) => {
    expect(failureOf(json('webcompute', status, envelope(code)))).toMatchObject({ kind, code, status });
  });

  it.each<[string, Record<string, unknown>, FailureKind, string]>([
    // a known code first
    [
      'RateLimitError with CONCURRENT_LIMIT',
      { statusCode: 429, code: 'CONCURRENT_LIMIT' },
      'platform.concurrency_limit',
      'CONCURRENT_LIMIT',
    ],
    [
      'InternalError with QUICK_ACTION_TIMEOUT',
      { statusCode: 500, code: 'QUICK_ACTION_TIMEOUT' },
      'platform.timeout',
      'QUICK_ACTION_TIMEOUT',
    ],
    // browser-server codes in an SDK error, as inside an execute result (issue 11: were internal)
    [
      'TimeoutError with NAVIGATION_TIMEOUT',
      { statusCode: 504, code: 'NAVIGATION_TIMEOUT' },
      'browser.navigation_timeout',
      'NAVIGATION_TIMEOUT',
    ],
    [
      'BrowserUnavailableError with BROWSER_CRASHED',
      { statusCode: 503, code: 'BROWSER_CRASHED' },
      'browser.crashed',
      'BROWSER_CRASHED',
    ],
    [
      'WebcomputeError with PROXY_CONNECTION_FAILED',
      { statusCode: 502, code: 'PROXY_CONNECTION_FAILED' },
      'browser.proxy_failed',
      'PROXY_CONNECTION_FAILED',
    ],
    [
      'WebcomputeError with CAPTCHA_SOLVE_FAILED',
      { statusCode: 502, code: 'CAPTCHA_SOLVE_FAILED' },
      'agent.captcha',
      'CAPTCHA_SOLVE_FAILED',
    ],
    [
      'InternalError with BROWSER_LAUNCH_FAILED',
      { statusCode: 500, code: 'BROWSER_LAUNCH_FAILED' },
      'browser.launch_failed',
      'BROWSER_LAUNCH_FAILED',
    ],
    [
      'NotFoundError with SELECTOR_NOT_FOUND',
      { statusCode: 404, code: 'SELECTOR_NOT_FOUND' },
      'browser.selector_not_found',
      'SELECTOR_NOT_FOUND',
    ],
    // an unknown code: the class decides (issue 11: were internal)
    [
      'AuthenticationError with invalid_api_key',
      { statusCode: 401, code: 'invalid_api_key' },
      'platform.unauthorized',
      'invalid_api_key',
    ],
    [
      'BrowserPolicyTipError with a policy code',
      { statusCode: 400, code: 'POLICY_TIP_BLOCKING' },
      'platform.policy_blocked',
      'POLICY_TIP_BLOCKING',
    ],
    [
      'RateLimitError with an unknown code on a 503',
      { statusCode: 503, code: 'SLOW_DOWN' },
      'platform.rate_limited',
      'SLOW_DOWN',
    ],
    [
      'NotFoundError with an unknown code',
      { statusCode: 404, code: 'profile_missing' },
      'platform.not_found',
      'profile_missing',
    ],
    [
      'ResourceLimitError with an unknown code',
      { statusCode: 429, code: 'TOO_MANY_BROWSERS' },
      'platform.concurrency_limit',
      'TOO_MANY_BROWSERS',
    ],
    // ConnectionError: the network error it wraps (issue 11: ECONNRESET was internal; seed 002 retries connection errors)
    ['ConnectionError with code ECONNRESET', { code: 'ECONNRESET' }, 'transport.connection_reset', 'ECONNRESET'],
    [
      'ConnectionError with code ECONNREFUSED',
      { code: 'ECONNREFUSED' },
      'transport.connection_refused',
      'ECONNREFUSED',
    ],
    ['ConnectionError with code ETIMEDOUT', { code: 'ETIMEDOUT' }, 'transport.timeout', 'ETIMEDOUT'],
    ['ConnectionError with code ENOTFOUND', { code: 'ENOTFOUND' }, 'transport.dns', 'ENOTFOUND'],
    ['ConnectionError with code EAI_AGAIN', { code: 'EAI_AGAIN' }, 'transport.dns', 'EAI_AGAIN'],
    ['ConnectionError with an unknown code', { code: 'E_SOMETHING' }, 'transport.connection_refused', 'E_SOMETHING'],
    // no known code and no class kind: the status, else internal
    [
      'WebcomputeError with an unknown code, HTTP 403',
      { statusCode: 403, code: 'PERMISSION_DENIED' },
      'platform.forbidden',
      'PERMISSION_DENIED',
    ],
    [
      'WebcomputeError with an unknown code, HTTP 502',
      { statusCode: 502, code: 'SOMETHING_NEW' },
      'platform.upstream',
      'SOMETHING_NEW',
    ],
  ])('%s → %s', (title, fields, kind, code) => {
    const name = title.split(' ')[0]!;
    expect(failureOf({ provider: 'webcompute', thrown: sdkError(name, fields) })).toMatchObject({ kind, code });
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
    const failure = failureOf(
      json('webcompute', 200, {
        success: false,
        error: { code, name: 'Error', message: 'at page https://bank.example/acct?token=abc' },
        logs: [],
      }),
    );
    expect(failure).toMatchObject({ kind, code, status: 200 });
    expect(JSON.stringify(failure)).not.toContain('token=abc'); // the seed: never log the whole error
  });

  it('success: false without an error is execute_failed', () => {
    expect(failureOf(json('webcompute', 200, { success: false })).kind).toBe('browser.execute_failed');
  });

  it('success: true is a success, its result the answer', () => {
    const result = { product: 'Framework 13', price: 1049 };
    expect(classify(json('webcompute', 200, { success: true, result }), { answerSchema: ANSWER_SCHEMA })).toEqual({
      state: 'success',
      answer: result,
    });
  });

  it.each(['creating', 'configuring'])('a browser %s is pending; ready is a success', (status) => {
    expect(classify(json('webcompute', 200, { id: 'br_1', status }))).toEqual({ state: 'pending', status });
    expect(classify(json('webcompute', 200, { id: 'br_1', status: 'ready' })).state).toBe('success');
  });

  it('a browser object with no status code on the answer is read the same way', () => {
    expect(classify(json('webcompute', null, { id: 'br_1', status: 'creating' }))).toEqual({
      state: 'pending',
      status: 'creating',
    });
  });

  it.each(['stopped', 'failed'])('a browser that is %s is browser.disconnected, its status as code', (status) => {
    expect(failureOf(json('webcompute', 200, { id: 'br_1', status }))).toMatchObject({
      kind: 'browser.disconnected',
      code: status,
    });
  });

  it.each<[string, unknown, FailureKind]>([
    ['a result off the task schema', { product: 'Framework 13', price: 'n/a' }, 'answer.schema_mismatch'],
    ['no result', undefined, 'answer.missing'],
    ['an empty result', '', 'answer.missing'],
  ])('success: true with %s → %s', (_name, result, kind) => {
    expect(failureOf(json('webcompute', 200, { success: true, result }), { answerSchema: ANSWER_SCHEMA }).kind).toBe(
      kind,
    );
  });

  it.each<[string, unknown]>([
    ['an object of no known shape', { hello: 'world' }],
    ['success as a string', { success: 'true', result: 1 }],
    ['a browser without an id', { status: 'ready' }],
    ['an array of results', [{ success: true }]],
  ])('%s on a 200 → transport.malformed_response, saying what was expected', (_name, body) => {
    const failure = failureOf(json('webcompute', 200, body));
    expect(failure.kind).toBe('transport.malformed_response');
    expect(failure.message).toMatch(/expected a playwright\.execute result/);
  });
});

describe('Webcompute SDK errors (thrown)', () => {
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
    expect(failureOf({ provider: 'webcompute', thrown: sdkError(name, { statusCode }) })).toMatchObject({
      kind,
      code: name,
      status: statusCode ?? null,
    });
  });

  it('a code on the error wins over its class, with retryable and next', () => {
    const thrown = sdkError('RateLimitError', {
      statusCode: 429,
      code: 'CONCURRENT_LIMIT',
      retryable: true,
      next: 'retry',
    });
    expect(failureOf({ provider: 'webcompute', thrown })).toMatchObject({
      kind: 'platform.concurrency_limit',
      code: 'CONCURRENT_LIMIT',
      retryable: true,
      next: 'retry',
    });
  });

  it.each<[string, Record<string, unknown>, FailureKind]>([
    ['a cause with ECONNRESET', { cause: { code: 'ECONNRESET' } }, 'transport.connection_reset'],
    ['a socket hang up message', { message: 'socket hang up' }, 'transport.connection_reset'],
    ['a refused message', { message: 'connect ECONNREFUSED 10.0.0.1:443' }, 'transport.connection_refused'],
    ['no detail', {}, 'transport.connection_refused'],
  ])('a ConnectionError with %s → %s', (_name, fields, kind) => {
    expect(failureOf({ provider: 'webcompute', thrown: sdkError('ConnectionError', fields) })).toMatchObject({
      kind,
      code: 'ConnectionError',
    });
  });

  it.each<[string, Record<string, unknown>, FailureKind]>([
    ['a known code', { statusCode: 409, code: 'idempotency_key_reused' }, 'platform.idempotency_mismatch'],
    ['an unknown code, HTTP 400', { statusCode: 400, code: 'SANDBOX_ON_FIRE' }, 'platform.invalid_request'],
    ['an unknown code and no status', { code: 'SANDBOX_ON_FIRE' }, 'platform.internal'],
    ['no code, HTTP 404', { statusCode: 404 }, 'platform.not_found'],
    ['no code and no status', {}, 'platform.internal'],
  ])('the base WebcomputeError with %s → %s', (_name, fields, kind) => {
    expect(failureOf({ provider: 'webcompute', thrown: sdkError('WebcomputeError', fields) }).kind).toBe(kind);
  });

  it('a plain object shaped like an SDK error (not an Error instance) is read too, details wait included', () => {
    const thrown = {
      name: 'RateLimitError',
      statusCode: 429,
      code: 'rate_limited',
      retryable: true,
      details: { retryAfterMs: 750 },
      requestId: 'req_9',
    };
    expect(failureOf({ provider: 'webcompute', thrown })).toMatchObject({
      kind: 'platform.rate_limited',
      code: 'rate_limited',
      retryable: true,
      retryAfterMs: 750,
      status: 429,
    });
  });

  it.each<[string, unknown, FailureKind, string | null]>([
    [
      'a Node ECONNRESET error',
      Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
      'transport.connection_reset',
      'ECONNRESET',
    ],
    [
      "AbortSignal.timeout()'s DOMException TimeoutError",
      new DOMException('The operation was aborted due to timeout', 'TimeoutError'),
      'transport.timeout',
      'TimeoutError',
    ],
    ['an Error named like an Object member', sdkError('toString'), 'platform.internal', 'toString'],
    ['a plain Error', new Error('boom'), 'platform.internal', 'Error'],
  ])('%s is not an SDK error: the dispatcher decides (%s)', (_name, thrown, kind, code) => {
    expect(failureOf({ provider: 'webcompute', thrown })).toMatchObject({ kind, code });
  });
});
