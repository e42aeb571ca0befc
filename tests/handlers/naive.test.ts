import { describe, expect, it } from 'vitest';
import type { Failure, FailureKind, RecoveryHandler } from '../../harness/contract/index.ts';
import naiveNeverRetry from '../../harness/handlers/naive-never-retry.ts';
import naiveRetryAll from '../../harness/handlers/naive-retry-all.ts';
import { judge } from '../../harness/oracle/index.ts';
import { failure } from '../oracle/helpers.ts';
import { feed } from './helpers.ts';

/** As many attempts as the runner allows before it cuts a retrying handler off (10 retries, then one more). */
const RUNNER_CUTOFF = 11;

const HANDLERS: Record<string, RecoveryHandler> = {
  'naive-retry-all': naiveRetryAll,
  'naive-never-retry': naiveNeverRetry,
};

const judged = async (name: string, kind: FailureKind, fields: Partial<Failure>) => {
  const attempts = await feed(HANDLERS[name]!, failure(kind, fields), RUNNER_CUTOFF);
  return judge(attempts, { end: ['accept', 'abort', 'escalate'], kinds: [kind] }).map((v) => `${v.rule}/${v.level}`);
};

describe('judge catches the naive handlers', () => {
  it.each<[string, FailureKind, Partial<Failure>, string[]]>([
    [
      'naive-retry-all',
      'agent.captcha',
      { code: 'captcha_required' },
      ['bound-kind/must', 'kind-option/must', 'end/must'],
    ],
    [
      'naive-retry-all',
      'platform.rate_limited',
      { code: 'RATE_LIMITED', status: 429, retryAfterMs: 2000 },
      ['retry-after/must'],
    ],
    [
      'naive-retry-all',
      'browser.crashed',
      { provider: 'playwright', code: 'Error' },
      ['kind-option/should', 'bound-kind/should', 'bound-total-retries/must', 'end/must'],
    ],
    [
      'naive-retry-all',
      'transport.connection_refused',
      { code: 'ECONNREFUSED' },
      ['backoff-growth/should', 'backoff-jitter/should', 'bound-kind/should', 'bound-total-retries/must'],
    ],
    ['naive-retry-all', 'platform.canceled', { provider: 'skyvern', code: 'canceled' }, ['kind-option/must']],
    [
      'naive-retry-all',
      'platform.invalid_request',
      { code: 'INVALID_PARAMS', next: 'change_request' },
      ['flag-next/must'],
    ],
    ['naive-retry-all', 'platform.internal', { retryable: false }, ['flag-retryable/must']],
    ['naive-retry-all', 'agent.out_of_budget', { provider: 'hcompany', code: 'no_answer' }, ['kind-option/must']],
    [
      'naive-retry-all',
      'platform.rate_limited',
      { code: 'RATE_LIMITED', status: 429 },
      ['bound-total-retries/must', 'end/must'],
    ],
    ['naive-never-retry', 'agent.captcha', { code: 'captcha_required' }, ['kind-option/must']],
    // Giving up on what the oracle would retry is a weaker choice (should)...
    [
      'naive-never-retry',
      'platform.rate_limited',
      { code: 'RATE_LIMITED', status: 429, retryAfterMs: 2000 },
      ['early-give-up/should'],
    ],
    ['naive-never-retry', 'browser.crashed', { provider: 'playwright', code: 'Error' }, ['early-give-up/should']],
    ['naive-never-retry', 'transport.connection_reset', { code: 'ECONNRESET' }, ['early-give-up/should']],
    // ...unless the seed says to retry: H Company environment_error, "Yes, as is".
    [
      'naive-never-retry',
      'browser.crashed',
      { provider: 'hcompany', code: 'environment_error' },
      ['early-give-up/must'],
    ],
    ['naive-never-retry', 'platform.unauthorized', { status: 401, next: 'authenticate' }, ['flag-next/must']],
  ])('%s on %s %o', async (name, kind, fields, caught) => {
    expect(await judged(name, kind, fields)).toEqual(expect.arrayContaining(caught));
  });

  it.each<[string, FailureKind, Partial<Failure>]>([
    ['naive-never-retry', 'platform.canceled', { provider: 'skyvern', code: 'canceled' }],
    ['naive-never-retry', 'platform.idempotency_mismatch', { code: 'idempotency_key_reused' }],
    ['naive-never-retry', 'agent.infeasible', { provider: 'hcompany' }],
    ['naive-never-retry', 'browser.navigation_failed', { provider: 'playwright', code: 'net::ERR_NAME_NOT_RESOLVED' }],
  ])('and lets %s pass where its decision is right: %s', async (name, kind, fields) => {
    expect(await judged(name, kind, fields)).toEqual([]);
  });

  it('naive-retry-all passes a fault that clears after one retry', async () => {
    const [retried] = await feed(naiveRetryAll, failure('transport.connection_reset'), 1);
    const cleared = { n: 2, failure: null, decision: { action: 'accept' as const }, atMs: 1000 };
    expect(judge([retried!, cleared], { end: ['accept'], kinds: ['transport.connection_reset'] })).toEqual([]);
  });
});
