import { describe, expect, it } from 'vitest';
import { judge, ruleFor } from '../../harness/oracle/index.ts';
import type { Expectation } from '../../harness/oracle/index.ts';
import type { Attempt, Decision, Failure, FailureKind } from '../../harness/contract/index.ts';
import { FAILURE_KINDS } from '../../harness/contract/index.ts';
import { abort, accept, attempts, escalate, failure, retry } from './helpers.ts';

const expectFor = (kind: FailureKind, end: Expectation['end'] = ['accept', 'abort', 'escalate']): Expectation => ({ end, kinds: [kind] });
const rules = (a: Attempt[], e: Expectation) => judge(a, e).map((v) => v.rule);

const rateLimited = failure('platform.rate_limited', { code: 'RATE_LIMITED', status: 429, retryAfterMs: 2000 });
const crashes = (count: number, decision: Decision): Array<[Failure, Decision]> => Array.from({ length: count }, () => [failure('browser.crashed'), decision]);
const refused = failure('transport.connection_refused', { code: 'ECONNREFUSED' });

/** [rule, right sequence, wrong sequence, expectation] for every rule the oracle enforces. */
const CASES: Array<[string, Attempt[], Attempt[], Expectation]> = [
  ['kind-option',
    attempts([[failure('browser.crashed'), retry(0, 'fresh_browser')]], true),
    attempts([[failure('browser.crashed'), retry(0)]], true), expectFor('browser.crashed')],
  ['kind-expected',
    attempts([[failure('agent.captcha'), escalate('human')]]),
    attempts([[failure('agent.blocked'), escalate('human')]]), expectFor('agent.captcha')],
  ['accept-on-failure',
    attempts([[failure('answer.schema_mismatch'), escalate('review')]]),
    attempts([[failure('answer.schema_mismatch'), accept]]), expectFor('answer.schema_mismatch')],
  ['bound-kind',
    attempts([[failure('platform.internal'), retry(500)], [failure('platform.internal'), abort]]),
    attempts([[failure('platform.internal'), retry(500)], [failure('platform.internal'), retry(800)]], true), expectFor('platform.internal')],
  ['bound-kind',
    attempts([[failure('agent.captcha'), escalate('human')]]),
    attempts([[failure('agent.captcha'), retry(1000)]], true), expectFor('agent.captcha')],
  ['bound-total-retries',
    attempts([...crashes(10, retry(0, 'fresh_browser')), [failure('browser.crashed'), abort]]),
    attempts(crashes(11, retry(0, 'fresh_browser')), true),
    { end: ['accept', 'abort'], kinds: ['browser.crashed'], rules: { 'browser.crashed': { options: [{ action: 'retry', require: ['fresh_browser'] }], maxRetries: 20, says: 'retry with fresh_browser' } } }],
  ['retry-after',
    attempts([[rateLimited, retry(2000)]], true),
    attempts([[rateLimited, retry(1999)]], true), expectFor('platform.rate_limited')],
  ['flag-retryable',
    attempts([[failure('platform.internal', { retryable: false }), abort]]),
    attempts([[failure('platform.internal', { retryable: false }), retry(500)]], true), expectFor('platform.internal')],
  ['flag-retryable',
    // wait-states are exempt: the seed says retry once the state changes
    attempts([[failure('platform.wrong_state', { retryable: false }), retry(500)]], true),
    attempts([[failure('platform.upstream', { retryable: false }), retry(500)]], true), { end: ['accept'], kinds: ['platform.wrong_state', 'platform.upstream'] }],
  ['flag-next',
    attempts([[failure('platform.rate_limited', { next: 'abort' }), abort]]),
    attempts([[failure('platform.rate_limited', { next: 'abort' }), retry(5000)]], true), expectFor('platform.rate_limited')],
  ['flag-next',
    attempts([[failure('platform.unauthorized', { next: 'authenticate' }), retry(0, 'refresh_credentials')]], true),
    attempts([[failure('platform.unauthorized', { next: 'authenticate' }), escalate('human')]]), expectFor('platform.unauthorized')],
  ['flag-next',
    attempts([[failure('platform.invalid_request', { next: 'change_request' }), escalate('review')]]),
    attempts([[failure('platform.invalid_request', { next: 'change_request' }), escalate('human')]]), expectFor('platform.invalid_request')],
  ['delay-wait',
    attempts([[failure('platform.wrong_state'), retry(100)]], true),
    attempts([[failure('platform.wrong_state'), retry(0)]], true), expectFor('platform.wrong_state')],
  ['delay-long',
    attempts([[failure('agent.site_maintenance'), retry(60_000)]], true),
    attempts([[failure('agent.site_maintenance'), retry(30_000)]], true), expectFor('agent.site_maintenance')],
  ['delay-long',
    attempts([[failure('agent.site_maintenance', { retryAfterMs: 120_000 }), retry(120_000)]], true),
    attempts([[failure('agent.site_maintenance', { retryAfterMs: 120_000 }), retry(90_000)]], true), expectFor('agent.site_maintenance')],
  ['backoff-min',
    attempts([[refused, retry(100)]], true),
    attempts([[refused, retry(99)]], true), expectFor('transport.connection_refused')],
  ['backoff-cap',
    attempts([[refused, retry(30_000)]], true),
    attempts([[refused, retry(30_001)]], true), expectFor('transport.connection_refused')],
  ['backoff-growth',
    attempts([[refused, retry(500)], [refused, retry(800)], [refused, retry(1300)]], true),
    attempts([[refused, retry(900)], [refused, retry(700)], [refused, retry(800)]], true), expectFor('transport.connection_refused')],
  ['backoff-jitter',
    attempts([[refused, retry(500)], [refused, retry(800)], [refused, retry(1300)]], true),
    attempts([[refused, retry(500)], [refused, retry(1000)], [refused, retry(2000)]], true), expectFor('transport.connection_refused')],
  ['bound-total-delay',
    attempts([[failure('agent.site_maintenance'), retry(3_600_000)], [failure('agent.site_maintenance'), retry(3_600_000)], [failure('agent.site_maintenance'), retry(3_600_000)]], true),
    attempts([[failure('agent.site_maintenance'), retry(3_600_000)], [failure('agent.site_maintenance'), retry(3_600_000)], [failure('agent.site_maintenance'), retry(3_600_001)]], true), expectFor('agent.site_maintenance')],
  ['end',
    attempts([[failure('agent.infeasible'), escalate('human')]]),
    attempts([[failure('agent.infeasible'), abort]]), { end: ['escalate'], kinds: ['agent.infeasible'], rules: { 'agent.infeasible': { options: [{ action: 'abort' }, { action: 'escalate', to: ['human'] }], says: 'abort or escalate' } } }],
  ['end',
    attempts([[failure('browser.crashed'), retry(0, 'fresh_browser')]], true),
    attempts([[failure('browser.crashed'), retry(0, 'fresh_browser')]]), expectFor('browser.crashed')],
];

describe('judge: each rule has a right and a wrong sequence', () => {
  it.each(CASES)('%s', (rule, right, wrong, expectation) => {
    expect(rules(right, expectation)).toEqual([]);
    expect(rules(wrong, expectation)).toContain(rule);
  });
});

describe('judge: messages say which fault, what was decided, what was expected and why', () => {
  it('names all four', () => {
    const [violation] = judge(attempts([[rateLimited, retry(1000)]], true), expectFor('platform.rate_limited'));
    expect(violation!.message).toBe(
      'attempt 1: platform.rate_limited from webcompute (code RATE_LIMITED, HTTP 429, Retry-After 2,000 ms): handler decided retry after 1,000 ms unchanged; expected retry after ≥ 2,000 ms (rule retry-after: a retry must wait at least what the provider asked)',
    );
  });

  it('a flag that no option of the kind can obey wins: next abort on a retry-only kind', () => {
    expect(judge(attempts([[failure('transport.timeout', { next: 'abort' }), abort]]), expectFor('transport.timeout'))).toEqual([]);
  });

  it('once a bound is spent, abort and any escalation are both right', () => {
    for (const last of [abort, escalate('human'), escalate('review')]) {
      const a = attempts([[failure('platform.internal'), retry(500)], [failure('platform.internal'), last]]);
      expect(rules(a, expectFor('platform.internal'))).toEqual([]);
    }
  });

  it('a scenario override replaces the rule of its kind', () => {
    const e: Expectation = { end: ['accept'], kinds: ['agent.captcha'], rules: { 'agent.captcha': { options: [{ action: 'retry', require: ['new_proxy'] }], maxRetries: 1, says: 'retry with new_proxy once' } } };
    expect(rules(attempts([[failure('agent.captcha'), retry(0, 'new_proxy')]], true), e)).toEqual([]);
  });

  it('acceptOn allows accept on a kind', () => {
    const e: Expectation = { end: ['accept'], kinds: ['agent.partial'], acceptOn: ['agent.partial'] };
    expect(rules(attempts([[failure('agent.partial'), accept]]), e)).toEqual([]);
  });
});

describe('ruleFor: table and per-code refinements', () => {
  it('has a rule for every kind', () => {
    for (const kind of FAILURE_KINDS) expect(ruleFor(failure(kind)).says.length).toBeGreaterThan(0);
  });

  it.each<[string, Parameters<typeof failure>, string]>([
    ['network-shaped net error', ['browser.navigation_failed', { code: 'net::ERR_CONNECTION_RESET' }], 'retry'],
    ['name not resolved', ['browser.navigation_failed', { code: 'net::ERR_NAME_NOT_RESOLVED' }], 'abort'],
    ['health timeout', ['platform.timeout', { code: 'BROWSER_HEALTH_TIMEOUT' }], 'retry'],
    ['lost browser', ['platform.not_found', { code: 'BROWSER_NOT_FOUND' }], 'abort,retry'],
    ['H environment_error', ['browser.crashed', { provider: 'hcompany', code: 'environment_error' }], 'retry'],
  ])('%s', (_name, args, actions) => {
    expect(ruleFor(failure(...args)).options.map((o) => o.action).join(',')).toBe(actions);
  });

  it('H environment_error may be retried as is; a Playwright crash may not', () => {
    const hcompany = failure('browser.crashed', { provider: 'hcompany', code: 'environment_error' });
    expect(rules(attempts([[hcompany, retry(0)]], true), expectFor('browser.crashed'))).toEqual([]);
    const playwright = failure('browser.crashed', { provider: 'playwright', code: 'Error' });
    expect(rules(attempts([[playwright, retry(0)]], true), expectFor('browser.crashed'))).toContain('kind-option');
  });
});
