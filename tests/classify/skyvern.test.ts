import { describe, expect, it } from 'vitest';
import { classify } from '../../harness/classify/index.ts';
import type { FailureKind } from '../../harness/contract/index.ts';
import { SKYVERN_ERROR_CODES } from '../../harness/classify/skyvern.ts';
import { ANSWER_SCHEMA, failureOf, json, raw } from './helpers.ts';

const run = (fields: Record<string, unknown>) =>
  json('skyvern', 200, {
    run_id: 'tsk_v2_486305187432193504',
    output: null,
    failure_reason: null,
    errors: [],
    ...fields,
  });

describe('Skyvern run statuses', () => {
  it.each(['created', 'queued', 'running', 'paused'])('%s is still pending', (status) => {
    expect(classify(run({ status }))).toEqual({ state: 'pending', status });
  });

  it.each<[string, FailureKind]>([
    // seed 001, "Step 1": every terminal status without a mapped code
    ['failed', 'browser.crashed'],
    ['terminated', 'agent.infeasible'],
    ['timed_out', 'agent.out_of_budget'],
    ['canceled', 'platform.canceled'],
  ])('%s → %s, the status as code, failure_reason as message', (status, kind) => {
    const failure = failureOf(run({ status, failure_reason: 'Login failed: Invalid credentials' }));
    expect(failure).toMatchObject({
      kind,
      code: status,
      retryable: null,
      retryAfterMs: null,
      message: 'Login failed: Invalid credentials',
    });
  });

  it.each(['exploded', 'constructor'])('an unknown status (%s) is internal with the status kept', (status) => {
    expect(failureOf(run({ status }))).toMatchObject({ kind: 'platform.internal', code: status });
  });

  it('a secret in failure_reason is redacted from the message', () => {
    const failure = failureOf(run({ status: 'failed', failure_reason: 'login with hunter2-secret failed' }), {
      secrets: ['hunter2-secret'],
    });
    expect(failure.message).not.toMatch(/hunter2-secret/);
  });
});

describe('Skyvern completed runs', () => {
  it.each<[string, Record<string, unknown>]>([
    ['a polling response', { output: { product: 'Framework 13', price: 1049 } }],
    [
      'a webhook payload (seed 001)',
      {
        output: { product: 'Framework 13', price: 1049 },
        webhook_callback_url: 'https://your-server.com/webhook',
        finished_at: '2026-01-20T12:00:31.512692',
      },
    ],
    ['output.error null beside the data', { output: { product: 'Framework 13', price: 1049, error: null } }],
  ])('%s with a valid output is a success', (_name, fields) => {
    const result = classify(run({ status: 'completed', ...fields }), { answerSchema: ANSWER_SCHEMA });
    expect(result).toEqual({ state: 'success', answer: fields.output });
  });

  it.each<[string, unknown, FailureKind]>([
    ['null output', null, 'answer.missing'],
    ['empty output', {}, 'answer.missing'],
    [
      'output off the schema',
      { top_post_title: 'Linux kernel framework for PCIe device emulation' },
      'answer.schema_mismatch',
    ],
  ])('%s is not a success', (_name, output, kind) => {
    expect(failureOf(run({ status: 'completed', output }), { answerSchema: ANSWER_SCHEMA }).kind).toBe(kind);
  });

  it.each<[string, Record<string, unknown>, FailureKind, string]>([
    ['a known code in output.error', { output: { error: 'not_found' } }, 'agent.not_found', 'not_found'],
    [
      'a known code in errors[]',
      { output: { product: 'x' }, errors: [{ error_code: 'captcha_required' }] },
      'agent.captcha',
      'captcha_required',
    ],
    ['a custom code', { output: { error: 'invoice_not_found' } }, 'agent.infeasible', 'invoice_not_found'],
    [
      'an output.error that is not a code',
      { output: { error: { message: 'download broke' } } },
      'agent.infeasible',
      'completed',
    ],
  ])('%s makes it a failure', (_name, fields, kind, code) => {
    expect(failureOf(run({ status: 'completed', ...fields }))).toMatchObject({ kind, code });
  });
});

describe('Skyvern mapped error codes', () => {
  const WHERE = {
    'output.error': (code: string) => ({ output: { error: code } }),
    'errors[]': (code: string) => ({
      errors: [{ error_code: code, reasoning: 'seen on the page', confidence_float: 0.9 }],
    }),
  };
  const ROWS = Object.entries(SKYVERN_ERROR_CODES).flatMap(([code, kind]) =>
    Object.keys(WHERE).map((where) => [code, where, kind] as const),
  );

  it('the table covers every code of the seed', () => {
    // seed 001, "Common error patterns" and the error_code_mapping examples that name a reaction
    expect(Object.keys(SKYVERN_ERROR_CODES).sort()).toEqual([
      'access_denied',
      'captcha_blocked',
      'captcha_required',
      'login_failed',
      'maintenance',
      'mfa_required',
      'not_found',
      'rate_limited',
      'session_expired',
      'timeout',
    ]);
  });

  it.each(ROWS)('%s in %s → %s', (code, where, kind) => {
    const fields = WHERE[where as keyof typeof WHERE](code);
    expect(failureOf(run({ status: 'terminated', failure_reason: 'Login failed', ...fields }))).toMatchObject({
      kind,
      code,
      message: 'Login failed',
    });
  });

  it.each<[string, string, FailureKind]>([
    ['invoice_not_found', 'terminated', 'agent.infeasible'],
    ['invoice_not_found', 'failed', 'browser.crashed'],
    ['invoice_not_found', 'timed_out', 'agent.out_of_budget'],
    ['invoice_not_found', 'canceled', 'platform.canceled'],
    ['constructor', 'terminated', 'agent.infeasible'],
  ])('a custom code (%s) on %s falls back to what the status means, code kept', (code, status, kind) => {
    expect(failureOf(run({ status, output: { error: code } }))).toMatchObject({ kind, code });
  });

  it.each<[string, Record<string, unknown>, FailureKind, string]>([
    [
      'output.error wins over errors[]',
      { output: { error: 'maintenance' }, errors: [{ error_code: 'login_failed' }] },
      'agent.site_maintenance',
      'maintenance',
    ],
    [
      'the first errors[] entry with a code wins',
      {
        errors: [
          { reasoning: 'no code' },
          { error_code: 7 },
          { error_code: 'mfa_required' },
          { error_code: 'not_found' },
        ],
      },
      'agent.login_required',
      'mfa_required',
    ],
    [
      'errors[] that is not a list is ignored',
      { errors: { error_code: 'not_found' } },
      'agent.infeasible',
      'terminated',
    ],
  ])('%s', (_name, fields, kind, code) => {
    expect(failureOf(run({ status: 'terminated', ...fields }))).toMatchObject({ kind, code });
  });
});

describe('Skyvern malformed run objects', () => {
  it.each<[string, number | null, unknown, RegExp]>([
    ['an array', 200, [{ status: 'completed' }], /got an array/],
    ['no status', 200, { run_id: 'tsk_1', output: {} }, /got an object/],
    ['a numeric status', 200, { run_id: 'tsk_1', status: 2 }, /got an object/],
    ['null, no HTTP status', null, null, /got null/],
  ])('%s → transport.malformed_response saying what was expected', (_name, status, body, got) => {
    const failure = failureOf(json('skyvern', status, body));
    expect(failure).toMatchObject({ kind: 'transport.malformed_response', status });
    expect(failure.message).toMatch(/expected a run object with a string "status"/);
    expect(failure.message).toMatch(got);
  });
});

describe('Skyvern HTTP errors', () => {
  it.each<[number, unknown, FailureKind, Record<string, string>?, number?]>([
    [400, { detail: 'Invalid url' }, 'platform.invalid_request'],
    [401, { detail: 'Invalid API key' }, 'platform.unauthorized'],
    [403, { detail: 'Invalid API key' }, 'platform.forbidden'],
    [403, { detail: 'Organization quota exceeded' }, 'platform.forbidden'],
    [404, { detail: 'Run not found' }, 'platform.not_found'],
    [409, { detail: 'Run is already running' }, 'platform.wrong_state'],
    [409, { detail: 'A request with Idempotency-Key k-1 is still being processed' }, 'platform.idempotency_in_flight'],
    [
      409,
      { detail: 'Idempotency-Key k-1 was already used with a different request body' },
      'platform.idempotency_mismatch',
    ],
    [409, { detail: 'Idempotency key k-1 reused' }, 'platform.wrong_state'],
    [429, { detail: 'Too many concurrent runs' }, 'platform.rate_limited'],
    [
      422,
      { detail: [{ loc: ['body', 'prompt'], msg: 'field required', type: 'missing' }] },
      'platform.invalid_request',
    ],
    [429, { detail: 'Rate limited' }, 'platform.rate_limited', { 'Retry-After': '12' }, 12000],
    [429, { detail: 'Rate limited' }, 'platform.rate_limited'],
    [500, { error: 'Internal server error' }, 'platform.internal'],
    [502, { error: 'Bad gateway' }, 'platform.upstream'],
    [503, { detail: 'Service unavailable' }, 'platform.unavailable', { 'Retry-After': '60' }, 60000],
  ])('HTTP %i %j → %s', (status, body, kind, headers = {}, retryAfterMs = undefined) => {
    expect(failureOf(json('skyvern', status, body, headers))).toMatchObject({
      kind,
      status,
      code: null,
      retryable: null,
      retryAfterMs: retryAfterMs ?? null,
    });
  });

  it('an empty 404 is not_found', () => {
    expect(failureOf(raw('skyvern', 404, ''))).toMatchObject({ kind: 'platform.not_found', status: 404 });
  });

  it.each<[string, number, unknown, RegExp]>([
    ['a 500 {"error": …}', 500, { error: 'Database unavailable' }, /Database unavailable/],
    [
      'a 422 validation list',
      422,
      { detail: [{ loc: ['body', 'prompt'], msg: 'field required' }] },
      /body\.prompt: field required/,
    ],
  ])('the text of %s reaches the message', (_name, status, body, text) => {
    expect(failureOf(json('skyvern', status, body)).message).toMatch(text);
  });
});
