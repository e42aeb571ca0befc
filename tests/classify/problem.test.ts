import { describe, expect, it } from 'vitest';
import { classify } from '../../harness/classify/index.ts';
import type { FailureKind } from '../../harness/contract/index.ts';
import { ANSWER_SCHEMA, failureOf, json, raw } from './helpers.ts';

const PROBLEM = { 'content-type': 'application/problem+json' };
const NOW = Date.parse('Wed, 21 Oct 2026 07:27:00 GMT');
const doc = (status: number, type: string, extra: Record<string, unknown> = {}) =>
  json('problem', status, { type, title: 'Problem', status, ...extra }, PROBLEM);

describe('RFC 9457 problem documents', () => {
  it('reads every field and agent extension', () => {
    const failure = failureOf(
      doc(429, 'https://api.example.com/problems/rate-limited', {
        detail: 'Slow down',
        instance: '/runs/1',
        is_retriable: true,
        retry_after_ms: 1500,
        suggestions: ['wait and retry', 'lower concurrency'],
        errors: [{ field: 'x' }],
        trace_id: 'abc',
        doc_uri: 'https://docs.example.com/rate-limits',
      }),
    );
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
    // Faultline's own problem types (harness/classify/problem-types.ts): the type decides
    ['validation-error', 422, 'platform.invalid_request'],
    ['unauthorized', 401, 'platform.unauthorized'],
    ['token-expired', 401, 'platform.unauthorized'],
    ['forbidden', 403, 'platform.forbidden'],
    ['not-found', 404, 'platform.not_found'],
    ['run-wrong-state', 409, 'platform.wrong_state'],
    ['operation-in-progress', 409, 'platform.wrong_state'],
    ['idempotency-key-in-progress', 409, 'platform.idempotency_in_flight'],
    ['idempotency-key-reused', 422, 'platform.idempotency_mismatch'],
    ['idempotency-key-reused', 409, 'platform.idempotency_mismatch'],
    ['payload-too-large', 413, 'platform.payload_too_large'],
    ['rate-limited', 429, 'platform.rate_limited'],
    ['concurrency-limit', 429, 'platform.concurrency_limit'],
    ['quota-exceeded', 429, 'platform.quota_exceeded'],
    ['quota-exceeded', 402, 'platform.quota_exceeded'],
    ['service-unavailable', 503, 'platform.unavailable'],
    ['internal-error', 500, 'platform.internal'],
    ['navigation-policy-blocked', 400, 'platform.policy_blocked'],
    ['run-cancelled', 409, 'platform.canceled'],
    // the type decides over the status
    ['rate-limited', 503, 'platform.rate_limited'],
    ['concurrency-limit', 400, 'platform.concurrency_limit'],
  ])('Faultline type …/%s on HTTP %i → %s, the type as code', (slug, status, kind) => {
    const type = `https://problems.faultline.test/${slug}`;
    expect(failureOf(doc(status, type))).toMatchObject({ kind, code: type });
  });

  it.each<[string, number, FailureKind]>([
    // what Faultline's agent API reports a real browser outcome as (mocks/agent/)
    ['captcha-required', 403, 'agent.captcha'],
    ['login-required', 401, 'agent.login_required'],
    ['site-maintenance', 503, 'agent.site_maintenance'],
    ['site-rate-limited', 429, 'agent.site_rate_limited'],
    ['navigation-timeout', 504, 'browser.navigation_timeout'],
    ['selector-not-found', 422, 'browser.selector_not_found'],
    ['upstream-browser-failed', 502, 'platform.upstream'],
    ['upstream-proxy-failed', 502, 'platform.upstream'],
  ])('agent type …/%s on HTTP %i → %s', (slug, status, kind) => {
    expect(failureOf(doc(status, `https://agents.example/problems/${slug}`)).kind).toBe(kind);
  });

  it.each<[string, string, number, FailureKind]>([
    // any other type decides nothing: no word inside a type URI is read, the status decides
    [
      '401 invalid-api-key (issue 11: was invalid_request)',
      'https://api.example.com/problems/invalid-api-key',
      401,
      'platform.unauthorized',
    ],
    [
      '401 invalid-token (issue 11: was invalid_request)',
      'https://api.example.com/problems/invalid-token',
      401,
      'platform.unauthorized',
    ],
    [
      '409 invalid-state (issue 11: was invalid_request)',
      'https://api.example.com/problems/invalid-state',
      409,
      'platform.wrong_state',
    ],
    [
      '503 captcha-service-unavailable (issue 11: was agent.captcha)',
      'https://api.example.com/problems/captcha-service-unavailable',
      503,
      'platform.unavailable',
    ],
    [
      '502 of an unknown type (issue 11: was internal)',
      'https://api.example.com/problems/something-new',
      502,
      'platform.upstream',
    ],
    [
      '503 of an unknown type (was internal)',
      'https://api.example.com/problems/something-new',
      503,
      'platform.unavailable',
    ],
    [
      '504 of an unknown type (was internal)',
      'https://api.example.com/problems/sandbox-exploded',
      504,
      'platform.timeout',
    ],
    ['500 of an unknown type', 'https://api.example.com/problems/something-new', 500, 'platform.internal'],
    ['400 of an unknown type', 'https://api.example.com/problems/something-new', 400, 'platform.invalid_request'],
    ['404 of an unknown type', 'https://api.example.com/problems/something-new', 404, 'platform.not_found'],
    ['429 of an unknown type', 'https://api.example.com/problems/something-new', 429, 'platform.rate_limited'],
    [
      'a Faultline slug under another host (was quota)',
      'https://api.example.com/problems/quota-exceeded',
      429,
      'platform.rate_limited',
    ],
    [
      'a Faultline slug under another host (was concurrency)',
      'https://api.example.com/problems/concurrency-limit',
      429,
      'platform.rate_limited',
    ],
    [
      'a Faultline slug under another host (was mismatch)',
      'https://api.example.com/problems/idempotency-key-reused',
      422,
      'platform.invalid_request',
    ],
    [
      'a Faultline slug under another host (was canceled)',
      'https://api.example.com/problems/run-cancelled',
      409,
      'platform.wrong_state',
    ],
    [
      'a slug with policy in it (was policy_blocked)',
      'https://api.example.com/problems/policy-violation',
      400,
      'platform.invalid_request',
    ],
    [
      'a slug with login in it (was login_required)',
      'https://api.example.com/problems/login-required',
      401,
      'platform.unauthorized',
    ],
    [
      'a slug with not-found in it (was not_found)',
      'https://api.example.com/problems/selector-not-found',
      422,
      'platform.invalid_request',
    ],
    [
      'a slug with timeout in it (was timeout)',
      'https://api.example.com/problems/navigation-timeout',
      502,
      'platform.upstream',
    ],
    [
      'a slug with unavailable in it (was unavailable)',
      'https://api.example.com/problems/captcha-unavailable',
      500,
      'platform.internal',
    ],
    ['a known type in other case', 'https://problems.faultline.test/Rate-Limited', 503, 'platform.unavailable'],
    [
      'a known type with a trailing slash',
      'https://problems.faultline.test/quota-exceeded/',
      429,
      'platform.rate_limited',
    ],
    ['a known type with a query', 'https://problems.faultline.test/not-found?lang=en', 410, 'platform.invalid_request'],
    ['a known type with a fragment', 'https://problems.faultline.test/run-cancelled#x', 409, 'platform.wrong_state'],
    ['a known slug one folder deeper', 'https://problems.faultline.test/v2/run-cancelled', 409, 'platform.wrong_state'],
    ['a known slug as a bare word', 'rate-limited', 503, 'platform.unavailable'],
    ['a URN', 'urn:problem:quota', 429, 'platform.rate_limited'],
    ['a tag URI', 'tag:example.com,2026:payload-too-large', 400, 'platform.invalid_request'],
    ['a type named like an Object member', 'https://problems.faultline.test/constructor', 503, 'platform.unavailable'],
  ])('%s: the status decides, the type kept as code', (_name, type, status, kind) => {
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
    // seed 003: agents branch on type, "not on status codes or prose": the title and detail are never read
    ['Too many concurrent runs', 429, 'platform.rate_limited'],
    ['Monthly quota reached', 429, 'platform.rate_limited'],
    ['Idempotency key reused with a different body', 422, 'platform.invalid_request'],
    ['Captcha required', 403, 'platform.forbidden'],
    ['Slow down', 429, 'platform.rate_limited'],
  ])('no type, title %j on HTTP %i: the status decides → %s', (title, status, kind) => {
    expect(failureOf(json('problem', status, { title, status, detail: title }, PROBLEM)).kind).toBe(kind);
  });

  it('a code extension wins over the type as Failure.code', () => {
    expect(failureOf(doc(422, 'https://x/problems/validation-error', { code: 'E_VALIDATION' })).code).toBe(
      'E_VALIDATION',
    );
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
    expect(failureOf(doc(422, 'https://x/problems/validation-error', { is_retriable: isRetriable })).retryable).toBe(
      retryable,
    );
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
    expect(failureOf(json('problem', 409, { error: 'busy' }))).toMatchObject({
      kind: 'platform.wrong_state',
      code: null,
      retryable: null,
      next: null,
    });
  });

  it('the detail is redacted with the known secrets', () => {
    const failure = failureOf(doc(401, 'https://x/problems/unauthorized', { detail: 'key sk_live_42 revoked' }), {
      secrets: ['sk_live_42'],
    });
    expect(JSON.stringify(failure)).not.toContain('sk_live_42');
  });

  it('uses the body status when the response has none', () => {
    expect(failureOf(json('problem', null, { type: 'https://x/problems/rate-limited', status: 429 }))).toMatchObject({
      kind: 'platform.rate_limited',
      status: 429,
    });
  });

  it('a problem document sent on a 2xx is a failure judged by its own status, the HTTP status kept', () => {
    expect(failureOf(json('problem', 200, { type: 'about:blank', title: 'Busy', status: 503 }, PROBLEM))).toMatchObject(
      { kind: 'platform.unavailable', status: 200 },
    );
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
