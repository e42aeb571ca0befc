import { describe, expect, it } from 'vitest';
import { classify } from '../../harness/classify/index.ts';
import type { FailureKind } from '../../harness/contract/index.ts';
import { ANSWER_SCHEMA, failureOf, json } from './helpers.ts';

const session = (fields: Record<string, unknown>) => json('hcompany', 200, { id: 'ses_1', error_code: null, error: null, outcome: null, answer: null, ...fields });

describe('H Company session status objects', () => {
  it.each<[string, string, string | null, FailureKind]>([
    // seed 000, "Error codes": every error_code
    ['environment_error', 'failed', 'environment_error', 'browser.crashed'],
    ['no_answer', 'failed', 'no_answer', 'agent.out_of_budget'],
    ['answer_validation', 'failed', 'answer_validation', 'answer.schema_mismatch'],
    ['timeout', 'timed_out', 'timeout', 'agent.timed_out'],
    ['internal', 'failed', 'internal', 'platform.internal'],
    ['an unknown code is handled like internal', 'failed', 'gpu_melted', 'platform.internal'],
    ['timed_out without a code', 'timed_out', null, 'agent.timed_out'],
    ['failed without a code', 'failed', null, 'platform.internal'],
  ])('%s', (_name, status, errorCode, kind) => {
    const failure = failureOf(session({ status, error_code: errorCode, error: 'A stable message.' }));
    expect(failure).toMatchObject({ kind, provider: 'hcompany', code: errorCode ?? status, retryable: null, message: 'A stable message.' });
  });

  it.each<[string, unknown, unknown, FailureKind]>([
    // seed 000, "Outcomes": every outcome of a completed session
    ['partial', 'partial', { product: 'Framework 13' }, 'agent.partial'],
    ['infeasible', 'infeasible', 'The item does not exist', 'agent.infeasible'],
    ['blocked (no detail)', 'blocked', 'Something stopped me', 'agent.blocked'],
    ['blocked by a captcha', 'blocked', 'A CAPTCHA challenge blocks the page', 'agent.captcha'],
    ['blocked by a login wall', 'blocked', 'The site requires me to sign in', 'agent.login_required'],
    ['blocked by missing permissions', 'blocked', 'Access denied: missing permissions', 'agent.access_denied'],
    ['null outcome', null, { product: 'x', price: 1 }, 'agent.partial'],
    ['an unknown outcome', 'exploded', null, 'agent.partial'],
  ])('completed with outcome %s', (_name, outcome, answer, kind) => {
    expect(failureOf(session({ status: 'completed', outcome, answer })).kind).toBe(kind);
  });

  it('completed + success + a valid answer is a success', () => {
    const answer = { product: 'Framework 13', price: 1049 };
    expect(classify(session({ status: 'completed', outcome: 'success', answer }), { answerSchema: ANSWER_SCHEMA })).toEqual({ state: 'success', answer });
  });

  it.each<[string, unknown, FailureKind]>([
    ['an answer off the schema', { product: 'Framework 13', price: 'cheap' }, 'answer.schema_mismatch'],
    ['an empty answer', {}, 'answer.missing'],
    ['a null answer', null, 'answer.missing'],
  ])('completed + success + %s is not accepted', (_name, answer, kind) => {
    const failure = failureOf(session({ status: 'completed', outcome: 'success', answer }), { answerSchema: ANSWER_SCHEMA });
    expect(failure.kind).toBe(kind);
    if (kind === 'answer.schema_mismatch') expect(failure.message).toMatch(/\/price must be number/);
  });

  it.each(['pending', 'queued', 'running'])('%s is still pending', (status) => {
    expect(classify(session({ status }))).toEqual({ state: 'pending', status });
  });

  it('reads a session nested as { session: … }', () => {
    expect(failureOf(json('hcompany', 200, { session: { status: 'failed', error_code: 'no_answer' } })).kind).toBe('agent.out_of_budget');
  });

  it('an unknown status is internal, the status kept as code', () => {
    expect(failureOf(session({ status: 'vaporized' }))).toMatchObject({ kind: 'platform.internal', code: 'vaporized' });
  });
});

describe('H Company HTTP errors', () => {
  it.each<[number, unknown, FailureKind, Record<string, string>?, number?]>([
    [400, { detail: 'messages must not be empty' }, 'platform.invalid_request'],
    [401, { message: 'Invalid API key' }, 'platform.unauthorized'],
    [403, { detail: 'Forbidden' }, 'platform.forbidden'],
    [404, { detail: 'Session not found' }, 'platform.not_found'],
    [409, { detail: 'A request with this Idempotency-Key is still in progress' }, 'platform.idempotency_in_flight'],
    [422, { detail: 'Idempotency-Key reused with a different request body' }, 'platform.idempotency_mismatch'],
    [422, { detail: [{ loc: ['body', 'agent'], msg: 'field required', type: 'missing' }] }, 'platform.invalid_request'],
    [429, { detail: 'Too many concurrent sessions' }, 'platform.concurrency_limit', { 'retry-after': '7' }, 7000],
    [429, { detail: 'Rate limit exceeded' }, 'platform.rate_limited', { 'retry-after': '2' }, 2000],
    [429, { detail: 'Monthly quota exceeded' }, 'platform.quota_exceeded'],
    [500, { detail: 'Internal Server Error' }, 'platform.internal'],
    [503, { detail: 'Service Unavailable' }, 'platform.unavailable', { 'retry-after': '30' }, 30000],
  ])('HTTP %i %j → %s', (status, body, kind, headers = {}, retryAfterMs = undefined) => {
    const failure = failureOf(json('hcompany', status, body, headers));
    expect(failure).toMatchObject({ kind, status, retryAfterMs: retryAfterMs ?? null });
  });

  it('keeps the detail text in the message', () => {
    expect(failureOf(json('hcompany', 422, { detail: [{ loc: ['body', 'agent'], msg: 'field required' }] })).message).toMatch(/body\.agent: field required/);
  });
});
