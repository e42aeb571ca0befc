import { describe, expect, it } from 'vitest';
import { classify } from '../../harness/classify/index.ts';
import type { FailureKind } from '../../harness/contract/index.ts';
import { failureOf, json } from './helpers.ts';

const PROBLEM = { 'content-type': 'application/problem+json' };
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
    ['rate-limited', 429, 'platform.rate_limited'],
    ['quota-exceeded', 429, 'platform.quota_exceeded'],
    ['concurrency-limit', 429, 'platform.concurrency_limit'],
    ['idempotency-key-reused', 422, 'platform.idempotency_mismatch'],
    ['idempotency-request-in-progress', 409, 'platform.idempotency_in_flight'],
    ['validation-error', 422, 'platform.invalid_request'],
    ['unauthorized', 401, 'platform.unauthorized'],
    ['permission-denied', 403, 'platform.forbidden'],
    ['run-not-found', 404, 'platform.not_found'],
    ['payload-too-large', 413, 'platform.payload_too_large'],
    ['wrong-state', 409, 'platform.wrong_state'],
    ['upstream-timeout', 504, 'platform.timeout'],
    ['service-unavailable', 503, 'platform.unavailable'],
    ['request-cancelled', 499, 'platform.canceled'],
    ['policy-violation', 400, 'platform.policy_blocked'],
    ['upstream-browser-failed', 502, 'platform.upstream'],
    ['captcha-required', 403, 'agent.captcha'],
    ['login-required', 401, 'agent.login_required'],
    ['site-maintenance', 503, 'agent.site_maintenance'],
    ['site-rate-limited', 429, 'agent.site_rate_limited'],
    ['something-new', 500, 'platform.internal'],
    ['something-new', 400, 'platform.invalid_request'],
    ['something-new', 503, 'platform.internal'],
  ])('type …/%s on HTTP %i → %s', (slug, status, kind) => {
    expect(failureOf(doc(status, `https://api.example.com/problems/${slug}`)).kind).toBe(kind);
  });

  it.each<[number, FailureKind]>([
    [400, 'platform.invalid_request'],
    [404, 'platform.not_found'],
    [429, 'platform.rate_limited'],
    [503, 'platform.internal'],
  ])('type about:blank on HTTP %i: the status decides (%s), no code', (status, kind) => {
    expect(failureOf(doc(status, 'about:blank'))).toMatchObject({ kind, code: null });
  });

  it('a code extension wins over the type as Failure.code', () => {
    expect(failureOf(doc(422, 'https://x/problems/validation-error', { code: 'E_VALIDATION' })).code).toBe('E_VALIDATION');
  });

  it.each<[unknown, string | null]>([
    [[{ action: 'change_request', description: 'fix max_steps' }], 'change_request'],
    [[{ title: 'Contact support' }], 'Contact support'],
    [[], null],
    ['not a list', null],
  ])('next comes from suggestions[0] (%j)', (suggestions, next) => {
    expect(failureOf(doc(400, 'https://x/problems/validation-error', { suggestions })).next).toBe(next);
  });

  it('is_retriable false reaches retryable', () => {
    expect(failureOf(doc(422, 'https://x/problems/validation-error', { is_retriable: false })).retryable).toBe(false);
  });

  it('retry_after_ms wins over Retry-After; Retry-After is used without it', () => {
    const both = json('problem', 503, { type: 'about:blank', status: 503, retry_after_ms: 250 }, { ...PROBLEM, 'retry-after': '9' });
    expect(failureOf(both).retryAfterMs).toBe(250);
    const header = json('problem', 503, { type: 'about:blank', status: 503 }, { ...PROBLEM, 'retry-after': '9' });
    expect(failureOf(header).retryAfterMs).toBe(9000);
  });

  it('uses the body status when the response has none', () => {
    expect(failureOf(json('problem', null, { type: 'https://x/problems/rate-limited', status: 429 })).kind).toBe('platform.rate_limited');
  });

  it('a 2xx JSON body is a success of this generic API', () => {
    expect(classify(json('problem', 200, { price: 1 }))).toEqual({ state: 'success', answer: { price: 1 } });
  });
});
