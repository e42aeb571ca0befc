import { describe, expect, it } from 'vitest';
import { classify } from '../../harness/classify/index.ts';
import type { FailureKind } from '../../harness/contract/index.ts';
import { ANSWER_SCHEMA, failureOf, json, raw } from './helpers.ts';

const session = (fields: Record<string, unknown>) =>
  json('hcompany', 200, { id: 'ses_1', error_code: null, error: null, outcome: null, answer: null, ...fields });

describe('H Company failed and timed_out sessions', () => {
  it.each<[string, string, string | null, FailureKind]>([
    // seed 000, "Error codes": every error_code
    ['environment_error', 'failed', 'environment_error', 'browser.crashed'],
    ['no_answer', 'failed', 'no_answer', 'agent.out_of_budget'],
    ['answer_validation', 'failed', 'answer_validation', 'answer.schema_mismatch'],
    ['timeout', 'timed_out', 'timeout', 'agent.timed_out'],
    ['internal', 'failed', 'internal', 'platform.internal'],
    ['an unknown code is handled like internal', 'failed', 'gpu_melted', 'platform.internal'],
    ['an unknown code named like an Object member', 'failed', 'constructor', 'platform.internal'],
    ['an unknown code on timed_out', 'timed_out', 'gpu_melted', 'platform.internal'],
    ['timed_out without a code', 'timed_out', null, 'agent.timed_out'],
    ['failed without a code', 'failed', null, 'platform.internal'],
  ])('%s', (_name, status, errorCode, kind) => {
    const failure = failureOf(session({ status, error_code: errorCode, error: 'A stable message.' }));
    expect(failure).toMatchObject({
      kind,
      provider: 'hcompany',
      code: errorCode ?? status,
      retryable: null,
      retryAfterMs: null,
      message: 'A stable message.',
    });
  });
});

describe('H Company completed sessions', () => {
  it.each<[string, unknown, unknown, unknown, FailureKind]>([
    // seed 000, "Outcomes": every outcome of a completed session, and what a `blocked` text names
    ['partial', 'partial', { product: 'Framework 13' }, null, 'agent.partial'],
    ['infeasible', 'infeasible', 'The item does not exist', null, 'agent.infeasible'],
    ['blocked (no detail)', 'blocked', 'Something stopped me', null, 'agent.blocked'],
    ['blocked, a blog index is no login wall', 'blocked', 'The blog index would not load', null, 'agent.blocked'],
    ['blocked by a captcha', 'blocked', 'A CAPTCHA challenge blocks the page', null, 'agent.captcha'],
    ['blocked by a captcha named in the error text', 'blocked', null, 'Verify you are not a robot', 'agent.captcha'],
    ['blocked by a login wall', 'blocked', 'The site requires me to sign in', null, 'agent.login_required'],
    [
      'blocked by a login wall, structured answer',
      'blocked',
      { reason: 'Please log in to continue' },
      null,
      'agent.login_required',
    ],
    ['blocked by missing credentials', 'blocked', 'No credentials for this account', null, 'agent.login_required'],
    ['blocked by missing permissions', 'blocked', 'Access denied: missing permissions', null, 'agent.access_denied'],
    ['an unknown outcome', 'exploded', null, null, 'agent.partial'],
    ['an unknown outcome named like an Object member', 'toString', null, null, 'agent.partial'],
  ])('outcome %s', (_name, outcome, answer, error, kind) => {
    expect(failureOf(session({ status: 'completed', outcome, answer, error }))).toMatchObject({
      kind,
      code: outcome,
      retryable: null,
    });
  });

  it.each<[string, Record<string, unknown>]>([
    ['null', { outcome: null }],
    ['missing', { outcome: undefined }],
  ])('outcome %s → agent.partial, no code', (_name, fields) => {
    expect(failureOf(session({ status: 'completed', answer: { product: 'x', price: 1 }, ...fields }))).toMatchObject({
      kind: 'agent.partial',
      code: null,
    });
  });

  it('completed + success + a valid answer is a success', () => {
    const answer = { product: 'Framework 13', price: 1049 };
    expect(
      classify(session({ status: 'completed', outcome: 'success', answer }), { answerSchema: ANSWER_SCHEMA }),
    ).toEqual({ state: 'success', answer });
  });

  it.each<[string, unknown, FailureKind]>([
    ['an answer off the schema', { product: 'Framework 13', price: 'cheap' }, 'answer.schema_mismatch'],
    ['an empty object', {}, 'answer.missing'],
    ['an empty string', '  ', 'answer.missing'],
    ['a null answer', null, 'answer.missing'],
  ])('completed + success + %s is not accepted', (_name, answer, kind) => {
    const failure = failureOf(session({ status: 'completed', outcome: 'success', answer }), {
      answerSchema: ANSWER_SCHEMA,
    });
    expect(failure).toMatchObject({ kind, code: 'success' });
    if (kind === 'answer.schema_mismatch') expect(failure.message).toMatch(/\/price must be number/);
  });
});

describe('H Company session shapes', () => {
  it.each(['pending', 'queued', 'running'])('%s is still pending', (status) => {
    expect(classify(session({ status }))).toEqual({ state: 'pending', status });
  });

  it('reads a session nested as { session: … }', () => {
    expect(failureOf(json('hcompany', 200, { session: { status: 'failed', error_code: 'no_answer' } }))).toMatchObject({
      kind: 'agent.out_of_budget',
      code: 'no_answer',
    });
  });

  it.each(['vaporized', 'constructor'])('an unknown status (%s) is internal, the status kept as code', (status) => {
    expect(failureOf(session({ status }))).toMatchObject({ kind: 'platform.internal', code: status });
  });

  it.each<[string, number | null, unknown, RegExp]>([
    ['an array', 200, [{ status: 'completed' }], /got an array/],
    ['no status', 200, { id: 'ses_1', outcome: 'success' }, /got an object/],
    ['a numeric status', 200, { id: 'ses_1', status: 3 }, /got an object/],
    ['a nested session that is not an object', 200, { session: ['completed'] }, /got an object/],
    ['a bare string, no HTTP status', null, 'completed', /got a string/],
  ])('%s → transport.malformed_response saying what was expected', (_name, status, body, got) => {
    const failure = failureOf(json('hcompany', status, body));
    expect(failure).toMatchObject({ kind: 'transport.malformed_response', status });
    expect(failure.message).toMatch(/expected a session object with a string "status"/);
    expect(failure.message).toMatch(got);
  });
});

describe('H Company HTTP errors', () => {
  // H sends no code on HTTP errors: the status decides, as H's reference documents it (429: a
  // concurrency limit; 409: an idempotent request still in flight), refined only by a message
  // known exactly. No word inside the text is read.
  it.each<[number, unknown, FailureKind, Record<string, string>?, number?]>([
    [400, { detail: 'messages must not be empty' }, 'platform.invalid_request'],
    [400, { detail: 'Session quota exhausted for this organization' }, 'platform.invalid_request'],
    [401, { message: 'Invalid API key' }, 'platform.unauthorized'],
    [402, { detail: 'Payment required' }, 'platform.quota_exceeded'],
    [403, { detail: 'Forbidden' }, 'platform.forbidden'],
    [403, { detail: 'Monthly quota exceeded' }, 'platform.forbidden'],
    [404, { detail: 'Session not found' }, 'platform.not_found'],
    [
      409,
      { detail: 'A request with this Idempotency-Key is still in progress' },
      'platform.idempotency_in_flight',
      { 'retry-after': '1' },
      1000,
    ],
    [409, { detail: 'A request with Idempotency-Key k-1 is still being processed' }, 'platform.idempotency_in_flight'],
    [
      409,
      { detail: 'Idempotency-Key k-1 was already used with a different request body' },
      'platform.idempotency_mismatch',
    ],
    [409, { detail: 'Idempotency-Key was reused with a different request body' }, 'platform.idempotency_in_flight'],
    [413, { detail: 'Request entity too large' }, 'platform.payload_too_large'],
    [
      422,
      { detail: 'Idempotency-Key k-1 was already used with a different request body' },
      'platform.idempotency_mismatch',
    ],
    [422, { detail: 'Idempotency-Key reused with a different request body' }, 'platform.invalid_request'],
    [422, { detail: [{ loc: ['body', 'agent'], msg: 'field required', type: 'missing' }] }, 'platform.invalid_request'],
    [
      429,
      { detail: 'At most 3 sessions may run at once' },
      'platform.concurrency_limit',
      { 'retry-after': '10' },
      10000,
    ],
    [429, { detail: 'Too many concurrent sessions' }, 'platform.concurrency_limit', { 'retry-after': '7' }, 7000],
    [429, { detail: 'Rate limit exceeded' }, 'platform.concurrency_limit', { 'retry-after': '2' }, 2000],
    [429, { detail: 'Monthly quota exceeded' }, 'platform.concurrency_limit'],
    [500, { detail: 'Internal Server Error' }, 'platform.internal'],
    [502, { detail: 'Bad Gateway' }, 'platform.upstream'],
    [503, { detail: 'Service Unavailable' }, 'platform.unavailable', { 'retry-after': '30' }, 30000],
    [504, { detail: 'Gateway Timeout' }, 'platform.timeout'],
    [500, { unexpected: true }, 'platform.internal'],
  ])('HTTP %i %j → %s', (status, body, kind, headers = {}, retryAfterMs = undefined) => {
    const failure = failureOf(json('hcompany', status, body, headers));
    expect(failure).toMatchObject({ kind, status, code: null, retryable: null, retryAfterMs: retryAfterMs ?? null });
  });

  it.each<[number, FailureKind]>([
    [409, 'platform.idempotency_in_flight'],
    [429, 'platform.concurrency_limit'],
    [502, 'platform.upstream'],
  ])('an HTML page on HTTP %i is read by the status as H documents it → %s', (status, kind) => {
    expect(
      failureOf(raw('hcompany', status, '<html><body>busy</body></html>', { 'content-type': 'text/html' })).kind,
    ).toBe(kind);
  });

  it.each<[string, number, unknown, RegExp]>([
    [
      'a FastAPI validation list',
      422,
      { detail: [{ loc: ['body', 'agent'], msg: 'field required' }] },
      /body\.agent: field required/,
    ],
    ['a 401 message', 401, { message: 'Invalid API key' }, /Invalid API key/],
  ])('keeps the text of %s in the message', (_name, status, body, text) => {
    expect(failureOf(json('hcompany', status, body)).message).toMatch(text);
  });
});
