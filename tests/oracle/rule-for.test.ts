import { describe, expect, it } from 'vitest';
import { FAILURE_KINDS, type Failure, type FailureKind } from '../../harness/contract/index.ts';
import { judge, ruleFor, type DecisionOption } from '../../harness/oracle/index.ts';
import { attempts, failure, retry } from './helpers.ts';

/** An option in short: `abort`, `escalate:human|review`, `retry:fresh_browser+new_proxy/narrow_task@backoff` (require/allow@delay). */
const short = (o: DecisionOption) => {
  if (o.action === 'escalate') return `escalate:${o.to.join('|')}`;
  if (o.action === 'retry') return `retry:${o.require.join('+')}/${o.allow.join('+')}@${o.delay}`;
  return o.action;
};
const rule = (kind: FailureKind, fields: Partial<Failure> = {}) => {
  const r = ruleFor(failure(kind, fields));
  return `${r.options.map(short).join(' ; ')} ≤${r.maxRetries}`;
};

describe('ruleFor: the table, one row per kind', () => {
  it.each<[FailureKind, string]>([
    ['transport.connection_refused', 'retry:/@backoff ≤3'],
    ['transport.connection_reset', 'retry:/@backoff ≤3'],
    ['transport.dns', 'retry:/@backoff ≤3'],
    ['transport.timeout', 'retry:/@backoff ≤3'],
    ['transport.malformed_response', 'retry:/@backoff ≤3'],
    ['platform.invalid_request', 'abort ; escalate:review ≤3'],
    ['platform.unauthorized', 'escalate:credentials ; retry:refresh_credentials/@any ≤1'],
    ['platform.forbidden', 'abort ≤3'],
    ['platform.not_found', 'abort ≤3'],
    ['platform.wrong_state', 'retry:/@wait ≤3'],
    ['platform.idempotency_in_flight', 'retry:/@wait ≤3'],
    ['platform.idempotency_mismatch', 'abort ≤3'],
    ['platform.payload_too_large', 'abort ; retry:narrow_task/@any ≤3'],
    ['platform.rate_limited', 'retry:/@backoff ≤3'],
    ['platform.concurrency_limit', 'retry:/@backoff ≤3'],
    ['platform.quota_exceeded', 'abort ; escalate:human ≤3'],
    ['platform.unavailable', 'retry:/@backoff ≤3'],
    ['platform.upstream', 'retry:fresh_browser/new_proxy@any ≤3'],
    ['platform.timeout', 'retry:fresh_browser+narrow_task/new_proxy@any ≤3'],
    ['platform.internal', 'retry:/@any ≤1'],
    ['platform.policy_blocked', 'abort ; escalate:human ≤3'],
    ['platform.canceled', 'abort ≤3'],
    ['browser.launch_failed', 'retry:fresh_browser/@any ≤1'],
    ['browser.crashed', 'retry:fresh_browser/new_proxy@any ≤3'],
    ['browser.disconnected', 'retry:fresh_browser/new_proxy@any ≤3'],
    ['browser.navigation_timeout', 'retry:fresh_browser+new_proxy/fresh_browser+new_proxy@any ≤2'],
    ['browser.navigation_failed', 'retry:fresh_browser+new_proxy/fresh_browser+new_proxy@any ; abort ≤2'],
    ['browser.proxy_failed', 'retry:new_proxy/fresh_browser@any ≤2'],
    ['browser.selector_not_found', 'abort ≤3'],
    ['browser.execute_failed', 'retry:/@any ≤1'],
    ['browser.screenshot_failed', 'retry:/@any ≤1'],
    ['browser.pdf_failed', 'retry:/@any ≤1'],
    ['agent.out_of_budget', 'retry:raise_budget+narrow_task/raise_budget+narrow_task@any ≤2'],
    ['agent.timed_out', 'retry:raise_budget+narrow_task/raise_budget+narrow_task@any ≤2'],
    ['agent.captcha', 'escalate:human ≤0'],
    ['agent.login_required', 'retry:refresh_credentials/@any ; escalate:credentials ≤1'],
    ['agent.access_denied', 'escalate:human ; abort ≤3'],
    ['agent.blocked', 'escalate:human ≤3'],
    ['agent.infeasible', 'abort ≤3'],
    ['agent.not_found', 'abort ≤3'],
    ['agent.site_maintenance', 'retry:/@long ≤3'],
    ['agent.site_rate_limited', 'retry:new_proxy/fresh_browser@backoff ≤3'],
    ['agent.partial', 'escalate:review ≤3'],
    ['answer.schema_mismatch', 'retry:simplify_schema/@any ; escalate:review ≤1'],
    ['answer.missing', 'retry:narrow_task/@any ; escalate:review ≤1'],
  ])('%s', (kind, expected) => {
    expect(rule(kind)).toBe(expected);
  });

  it('covers every kind, each with words for users', () => {
    for (const kind of FAILURE_KINDS) expect(ruleFor(failure(kind)).says).toMatch(/\w{3}/);
  });
});

describe('ruleFor: per-code refinements', () => {
  it.each<[string, FailureKind, Partial<Failure>, string]>([
    ['network-shaped net error (reset)', 'browser.navigation_failed', { code: 'net::ERR_CONNECTION_RESET' }, 'retry:new_proxy+fresh_browser/new_proxy+fresh_browser@any ≤2'],
    ['network-shaped net error (tunnel)', 'browser.navigation_failed', { code: 'net::ERR_TUNNEL_CONNECTION_FAILED' }, 'retry:new_proxy+fresh_browser/new_proxy+fresh_browser@any ≤2'],
    ['name not resolved', 'browser.navigation_failed', { code: 'net::ERR_NAME_NOT_RESOLVED' }, 'abort ≤3'],
    ['certificate', 'browser.navigation_failed', { code: 'net::ERR_CERT_AUTHORITY_INVALID' }, 'abort ≤3'],
    ['blocked', 'browser.navigation_failed', { code: 'net::ERR_BLOCKED_BY_CLIENT' }, 'abort ≤3'],
    ['not a net error (Webcompute NAVIGATION_FAILED): either', 'browser.navigation_failed', { code: 'NAVIGATION_FAILED' }, 'retry:fresh_browser+new_proxy/fresh_browser+new_proxy@any ; abort ≤2'],
    ['browser health timeout', 'platform.timeout', { code: 'BROWSER_HEALTH_TIMEOUT' }, 'retry:fresh_browser/new_proxy@any ≤3'],
    ['quick action timeout', 'platform.timeout', { code: 'QUICK_ACTION_TIMEOUT' }, 'retry:narrow_task/@any ≤3'],
    ['lost browser (Webcompute)', 'platform.not_found', { code: 'BROWSER_NOT_FOUND' }, 'abort ; retry:fresh_browser/@any ≤3'],
    ['lost session', 'platform.not_found', { code: 'SESSION_NOT_FOUND' }, 'abort ; retry:fresh_browser/@any ≤3'],
    ['lost browser (lower case)', 'platform.not_found', { code: 'browser_not_found' }, 'abort ; retry:fresh_browser/@any ≤3'],
    ['lost something else', 'platform.not_found', { code: 'TASK_NOT_FOUND' }, 'abort ≤3'],
    ['H Company environment_error', 'browser.crashed', { provider: 'hcompany', code: 'environment_error' }, 'retry:/fresh_browser@any ≤3'],
    ['Skyvern failed', 'browser.crashed', { provider: 'skyvern', code: 'failed' }, 'retry:/fresh_browser+new_proxy@any ≤3'],
    ['environment_error from another provider is not refined', 'browser.crashed', { provider: 'webcompute', code: 'environment_error' }, 'retry:fresh_browser/new_proxy@any ≤3'],
  ])('%s', (_name, kind, fields, expected) => {
    expect(rule(kind, fields)).toBe(expected);
  });

  it('a scenario override wins over a refinement', () => {
    const f = failure('browser.crashed', { provider: 'hcompany', code: 'environment_error' });
    expect(ruleFor(f, { 'browser.crashed': { options: [{ action: 'abort' }], says: 'abort' } }).options).toEqual([{ action: 'abort' }]);
  });

  it.each<[string, Partial<Failure>, string[]]>([
    ['H environment_error may be retried as is', { provider: 'hcompany', code: 'environment_error' }, []],
    ['a Playwright crash may not', { provider: 'playwright', code: 'Error' }, ['kind-option']],
  ])('%s', (_name, fields, violated) => {
    const sequence = attempts([[failure('browser.crashed', fields), retry(0)]], true);
    expect(judge(sequence, { end: ['accept'], kinds: ['browser.crashed'] }).map((v) => v.rule)).toEqual(violated);
  });
});
