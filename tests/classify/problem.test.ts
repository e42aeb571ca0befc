import { describe, expect, it } from 'vitest';
import { classify } from '../../harness/classify/index.ts';
import type { FailureKind } from '../../harness/contract/index.ts';
import { ANSWER_SCHEMA, failureOf, json, raw } from './helpers.ts';

const PROBLEM = { 'content-type': 'application/problem+json' };
const NOW = Date.parse('Wed, 21 Oct 2026 07:27:00 GMT');
const doc = (status: number, type: string, extra: Record<string, unknown> = {}) => json('problem', status, { type, title: 'Problem', status, ...extra }, PROBLEM);

describe('RFC 9457 problem documents', () => {
  it('reads every field and agent extension', () => {
    const failure = failureOf(doc(429, 'https://api.example.com/problems/rate-limited', {
      detail: 'Slow down',
      instance: '/runs/1',
      is_retriable: true,
      retry_after_ms: 1500,
      suggestions: ['wait and retry', 'lower concurrency'],
      errors: [{ field: 'x' }],
      trace_id: 'abc',
      doc_uri: 'https://docs.example.com/rate-limits',
    }));
    expect(failure).toMatchObject({
      kind: 'platform.rate_limited',
      status: 429,
      retryable: true,
      retryAfterMs: 1500,
      next: 'wait and retry',
      code: 'https://api.example.com/problems/rate-limited',
    });
    expect(failure.message).toMatch(/Slow down/);
  });

  it.each<[string, number, FailureKind]>([
    // the type-slug words of the brief, one row each
    ['rate-limited', 429, 'platform.rate_limited'],
    ['rate_limit_exceeded', 429, 'platform.rate_limited'],
    ['too-many-requests', 429, 'platform.rate_limited'],
    ['quota-exceeded', 429, 'platform.quota_exceeded'],
    ['concurrency-limit', 429, 'platform.concurrency_limit'],
    ['too-many-concurrent-runs', 429, 'platform.concurrency_limit'],
    ['idempotency-key-reused', 422, 'platform.idempotency_mismatch'],
    ['idempotency_mismatch', 409, 'platform.idempotency_mismatch'],
    ['idempotency-request-in-progress', 409, 'platform.idempotency_in_flight'],
    ['idempotency-in-flight', 409, 'platform.idempotency_in_flight'],
    ['validation-error', 422, 'platform.invalid_request'],
    ['invalid-parameter', 400, 'platform.invalid_request'],
    ['unauthorized', 401, 'platform.unauthorized'],
    ['authentication-required', 401, 'platform.unauthorized'],
    ['forbidden', 403, 'platform.forbidden'],
    ['permission-denied', 403, 'platform.forbidden'],
    ['run-not-found', 404, 'platform.not_found'],
    ['conflict', 409, 'platform.wrong_state'],
    ['wrong-state', 409, 'platform.wrong_state'],
    ['payload-too-large', 413, 'platform.payload_too_large'],
    ['upstream-timeout', 504, 'platform.timeout'],
    ['service-unavailable', 503, 'platform.unavailable'],
    ['request-canceled', 499, 'platform.canceled'],
    ['request-cancelled', 499, 'platform.canceled'],
    ['request-aborted', 499, 'platform.canceled'],
    ['policy-violation', 400, 'platform.policy_blocked'],
    // further words this classifier knows
    ['upstream-browser-failed', 502, 'platform.upstream'],
    ['captcha-required', 403, 'agent.captcha'],
    ['login-required', 401, 'agent.login_required'],
    ['site-maintenance', 503, 'agent.site_maintenance'],
    ['site-rate-limited', 429, 'agent.site_rate_limited'],
    // case-insensitive, underscores, trailing slash, query and fragment
    ['Rate_Limited', 429, 'platform.rate_limited'],
    ['QUOTA-EXCEEDED/', 402, 'platform.quota_exceeded'],
    ['not-found?lang=en', 404, 'platform.not_found'],
    ['validation-error#field', 422, 'platform.invalid_request'],
    // the type decides over the status
    ['rate-limited', 503, 'platform.rate_limited'],
    // unknown types: internal on a 5xx, the status's kind on a 4xx
    ['something-new', 500, 'platform.internal'],
    ['something-new', 502, 'platform.internal'],
    ['something-new', 503, 'platform.internal'],
    ['something-new', 400, 'platform.invalid_request'],
    ['something-new', 404, 'platform.not_found'],
    ['something-new', 429, 'platform.rate_limited'],
  ])('type …/%s on HTTP %i → %s', (slug, status, kind) => {
    expect(failureOf(doc(status, `https://api.example.com/problems/${slug}`)).kind).toBe(kind);
  });

  it.each<[string, number, FailureKind]>([
    ['urn:problem:quota', 429, 'platform.quota_exceeded'],
    ['rate_limited', 429, 'platform.rate_limited'],
    ['tag:example.com,2026:payload-too-large', 413, 'platform.payload_too_large'],
  ])('a type that is not an http URI (%s) is read the same way', (type, status, kind) => {
    expect(failureOf(doc(status, type))).toMatchObject({ kind, code: type });
  });

  it.each<[number, FailureKind]>([
    [400, 'platform.invalid_request'],
    [401, 'platform.unauthorized'],
    [403, 'platform.forbidden'],
    [404, 'platform.not_found'],
    [409, 'platform.wrong_state'],
    [413, 'platform.payload_too_large'],
    [422, 'platform.invalid_request'],
    [429, 'platform.rate_limited'],
    [500, 'platform.internal'],
    [502, 'platform.upstream'],
    [503, 'platform.unavailable'],
    [504, 'platform.timeout'],
  ])('type about:blank on HTTP %i: the status decides (%s), no code', (status, kind) => {
    expect(failureOf(doc(status, 'about:blank'))).toMatchObject({ kind, code: null });
  });

  it.each<[string, number, FailureKind]>([
    ['Too many concurrent runs', 429, 'platform.concurrency_limit'],
    ['Monthly quota reached', 429, 'platform.quota_exceeded'],
    ['Idempotency key reused with a different body', 422, 'platform.idempotency_mismatch'],
    ['Slow down', 429, 'platform.rate_limited'],
  ])('no type, title %j on HTTP %i: the status refined by the text → %s', (title, status, kind) => {
    expect(failureOf(json('problem', status, { title, status }, PROBLEM)).kind).toBe(kind);
  });

  it('a code extension wins over the type as Failure.code', () => {
    expect(failureOf(doc(422, 'https://x/problems/validation-error', { code: 'E_VALIDATION' })).code).toBe('E_VALIDATION');
  });

  it.each<[unknown, string | null]>([
    [['wait and retry'], 'wait and retry'],
    [[{ action: 'change_request', description: 'fix max_steps' }], 'change_request'],
    [[{ type: 'retry_with_backoff' }], 'retry_with_backoff'],
    [[{ title: 'Contact support' }], 'Contact support'],
    [[{ description: 'only prose' }], null],
    [[42, 'second'], null],
    [[], null],
    ['not a list', null],
  ])('next comes from suggestions[0] (%j)', (suggestions, next) => {
    expect(failureOf(doc(400, 'https://x/problems/validation-error', { suggestions })).next).toBe(next);
  });

  it.each<[unknown, boolean | null]>([
    [true, true],
    [false, false],
    ['true', null],
    [undefined, null],
  ])('is_retriable %j → retryable %j', (isRetriable, retryable) => {
    expect(failureOf(doc(422, 'https://x/problems/validation-error', { is_retriable: isRetriable })).retryable).toBe(retryable);
  });

  it.each<[string, unknown, string | undefined, number | null]>([
    ['retry_after_ms wins over Retry-After', 250, '9', 250],
    ['retry_after_ms 0', 0, undefined, 0],
    ['Retry-After in seconds without retry_after_ms', undefined, '9', 9000],
    ['Retry-After as an HTTP date', undefined, 'Wed, 21 Oct 2026 07:27:30 GMT', 30_000],
    ['Retry-After as a date already past', undefined, 'Wed, 21 Oct 2026 07:00:00 GMT', 0],
    ['a negative retry_after_ms falls back to Retry-After', -5, '2', 2000],
    ['a string retry_after_ms falls back to Retry-After', '250', '2', 2000],
    ['neither', undefined, undefined, null],
  ])('%s', (_name, retryAfterMs, retryAfter, ms) => {
    const headers = retryAfter === undefined ? PROBLEM : { ...PROBLEM, 'Retry-After': retryAfter };
    const native = json('problem', 503, { type: 'about:blank', status: 503, retry_after_ms: retryAfterMs }, headers);
    expect(failureOf(native, { nowMs: NOW }).retryAfterMs).toBe(ms);
  });

  it.each<[string, unknown, number, FailureKind]>([
    ['a JSON string', 'upstream exploded', 500, 'platform.internal'],
    ['a JSON array', [{ type: 'https://x/problems/quota-exceeded' }], 429, 'platform.rate_limited'],
    ['JSON null', null, 404, 'platform.not_found'],
    ['a JSON number', 503, 503, 'platform.unavailable'],
  ])('a non-object body (%s) on HTTP %i: the status decides (%s)', (_name, body, status, kind) => {
    expect(failureOf(json('problem', status, body, PROBLEM))).toMatchObject({ kind, status, code: null });
  });

  it('an unparseable problem body on a 5xx: the status decides', () => {
    expect(failureOf(raw('problem', 502, '{"type": "https://x/pro', PROBLEM)).kind).toBe('platform.upstream');
  });

  it('an error JSON that is no problem document (no type, title or status) is judged by the status', () => {
    expect(failureOf(json('problem', 409, { error: 'busy' }))).toMatchObject({ kind: 'platform.wrong_state', code: null, retryable: null, next: null });
  });

  it('the detail is redacted with the known secrets', () => {
    const failure = failureOf(doc(401, 'https://x/problems/unauthorized', { detail: 'key sk_live_42 revoked' }), { secrets: ['sk_live_42'] });
    expect(JSON.stringify(failure)).not.toContain('sk_live_42');
  });

  it('uses the body status when the response has none', () => {
    expect(failureOf(json('problem', null, { type: 'https://x/problems/rate-limited', status: 429 }))).toMatchObject({ kind: 'platform.rate_limited', status: 429 });
  });

  it('a problem document sent on a 2xx is a failure judged by its own status, the HTTP status kept', () => {
    expect(failureOf(json('problem', 200, { type: 'about:blank', title: 'Busy', status: 503 }, PROBLEM))).toMatchObject({ kind: 'platform.unavailable', status: 200 });
  });
});

describe('RFC 9457 API: 2xx answers', () => {
  it.each<[string, unknown, number | null]>([
    ['an object', { price: 1 }, 200],
    ['an array', [1, 2], 200],
    ['a string', 'ok', 201],
    ['data that holds an error-like status but is no problem document', { url: 'https://x', status: 404 }, 200],
    ['a status-less JSON object', { price: 1 }, null],
  ])('%s is a success with the body as the answer', (_name, body, status) => {
    expect(classify(json('problem', status, body))).toEqual({ state: 'success', answer: body });
  });

  it.each<[string, unknown, FailureKind]>([
    ['an answer off the task schema', { product: 'Framework 13', price: 'n/a' }, 'answer.schema_mismatch'],
    ['an empty object', {}, 'answer.missing'],
    ['JSON null', null, 'answer.missing'],
  ])('%s → %s', (_name, body, kind) => {
    expect(failureOf(json('problem', 200, body), { answerSchema: ANSWER_SCHEMA }).kind).toBe(kind);
  });
});
