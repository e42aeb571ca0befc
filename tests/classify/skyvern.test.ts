import { describe, expect, it } from 'vitest';
import { classify } from '../../harness/classify/index.ts';
import type { FailureKind } from '../../harness/contract/index.ts';
import { ANSWER_SCHEMA, failureOf, json, raw } from './helpers.ts';

const run = (fields: Record<string, unknown>) =>
  json('skyvern', 200, { run_id: 'tsk_v2_486305187432193504', output: null, failure_reason: null, errors: [], ...fields });

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
    expect(failure).toMatchObject({ kind, code: status, message: 'Login failed: Invalid credentials' });
  });

  it('completed with output is a success', () => {
    const output = { product: 'Framework 13', price: 1049 };
    expect(classify(run({ status: 'completed', output }), { answerSchema: ANSWER_SCHEMA })).toEqual({ state: 'success', answer: output });
  });

  it.each<[string, unknown, FailureKind]>([
    ['null output', null, 'answer.missing'],
    ['empty output', {}, 'answer.missing'],
    ['output off the schema', { top_post_title: 'Linux kernel' }, 'answer.schema_mismatch'],
  ])('completed with %s is not a success', (_name, output, kind) => {
    expect(failureOf(run({ status: 'completed', output }), { answerSchema: ANSWER_SCHEMA }).kind).toBe(kind);
  });

  it('an unknown status is internal with the status kept', () => {
    expect(failureOf(run({ status: 'exploded' }))).toMatchObject({ kind: 'platform.internal', code: 'exploded' });
  });
});

describe('Skyvern mapped error codes', () => {
  it.each<[string, FailureKind]>([
    // seed 001, "Common error patterns" and the error_code_mapping examples
    ['login_failed', 'agent.login_required'],
    ['mfa_required', 'agent.login_required'],
    ['session_expired', 'agent.login_required'],
    ['captcha_required', 'agent.captcha'],
    ['captcha_blocked', 'agent.captcha'],
    ['not_found', 'agent.not_found'],
    ['maintenance', 'agent.site_maintenance'],
    ['rate_limited', 'agent.site_rate_limited'],
    ['access_denied', 'agent.access_denied'],
    ['timeout', 'agent.timed_out'],
  ])('%s in output.error and in errors[] → %s', (code, kind) => {
    expect(failureOf(run({ status: 'terminated', output: { error: code } }))).toMatchObject({ kind, code });
    expect(failureOf(run({ status: 'terminated', errors: [{ error_code: code, reasoning: 'seen on the page' }] }))).toMatchObject({ kind, code });
  });

  it.each<[string, FailureKind]>([
    ['terminated', 'agent.infeasible'],
    ['failed', 'browser.crashed'],
    ['timed_out', 'agent.out_of_budget'],
  ])('a custom code (invoice_not_found) on %s falls back to what the status means, code kept', (status, kind) => {
    expect(failureOf(run({ status, output: { error: 'invoice_not_found' } }))).toMatchObject({ kind, code: 'invoice_not_found' });
  });

  it('a completed run whose output carries an error is not a success', () => {
    expect(failureOf(run({ status: 'completed', output: { error: 'not_found' } })).kind).toBe('agent.not_found');
  });

  it('output.error wins over errors[]', () => {
    expect(failureOf(run({ status: 'terminated', output: { error: 'maintenance' }, errors: [{ error_code: 'login_failed' }] })).code).toBe('maintenance');
  });
});

describe('Skyvern HTTP errors', () => {
  it.each<[number, unknown, FailureKind]>([
    [400, { detail: 'Invalid url' }, 'platform.invalid_request'],
    [401, { detail: 'Invalid API key' }, 'platform.unauthorized'],
    [403, { detail: 'Invalid API key' }, 'platform.forbidden'],
    [404, { detail: 'Run not found' }, 'platform.not_found'],
    [422, { detail: [{ loc: ['body', 'prompt'], msg: 'field required', type: 'missing' }] }, 'platform.invalid_request'],
    [429, { detail: 'Rate limited' }, 'platform.rate_limited'],
    [500, { error: 'Internal server error' }, 'platform.internal'],
  ])('HTTP %i %j → %s', (status, body, kind) => {
    expect(failureOf(json('skyvern', status, body))).toMatchObject({ kind, status });
  });

  it('an empty 404 is not_found', () => {
    expect(failureOf(raw('skyvern', 404, ''))).toMatchObject({ kind: 'platform.not_found', status: 404 });
  });

  it('the 500 {"error": …} text reaches the message', () => {
    expect(failureOf(json('skyvern', 500, { error: 'Database unavailable' })).message).toMatch(/Database unavailable/);
  });
});
