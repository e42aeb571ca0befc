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
/** A rule in short: its options, `≤N` (`?` when the bound is the oracle's advice), its level, `≥N` retries the seed asks for. */
const rule = (kind: FailureKind, fields: Partial<Failure> = {}) => {
  const r = ruleFor(failure(kind, fields));
  return `${r.options.map(short).join(' ; ')} ≤${r.maxRetries}${r.bound === 'should' ? '?' : ''} ${r.level}${r.retryAtLeast ? ` ≥${r.retryAtLeast}` : ''}`;
};

describe('ruleFor: the table, one row per kind', () => {
  it.each<[FailureKind, string]>([
    ['transport.connection_refused', 'retry:/@backoff ≤3? should'],
    ['transport.connection_reset', 'retry:/@backoff ≤3? should'],
    ['transport.dns', 'retry:/@backoff ≤3? should'],
    ['transport.timeout', 'retry:/@backoff ≤3? should'],
    ['transport.malformed_response', 'retry:/@backoff ≤3? should'],
    ['platform.invalid_request', 'abort ; escalate:review ≤3? must'],
    ['platform.unauthorized', 'escalate:credentials ; retry:refresh_credentials/@any ≤1 must'],
    ['platform.forbidden', 'abort ≤3? must'],
    ['platform.not_found', 'abort ≤3? must'],
    ['platform.wrong_state', 'retry:/@wait ≤3? should'],
    ['platform.idempotency_in_flight', 'retry:/@wait ≤3? should'],
    ['platform.idempotency_mismatch', 'abort ≤3? must'],
    ['platform.payload_too_large', 'abort ; retry:narrow_task/@any ≤3? must'],
    ['platform.rate_limited', 'retry:/@backoff ≤3? should'],
    ['platform.concurrency_limit', 'retry:/@backoff ≤3? should'],
    ['platform.quota_exceeded', 'abort ; escalate:human ≤3? must'],
    ['platform.unavailable', 'retry:/@backoff ≤3? should'],
    ['platform.upstream', 'retry:fresh_browser+new_proxy/fresh_browser+new_proxy@any ≤3? should'],
    ['platform.timeout', 'retry:fresh_browser+narrow_task/new_proxy@any ≤3? should'],
    ['platform.internal', 'retry:/@any ≤1? should'],
    ['platform.policy_blocked', 'abort ; escalate:human ≤3? must'],
    ['platform.canceled', 'abort ≤3? must'],
    ['browser.launch_failed', 'retry:fresh_browser/@any ≤1? should'],
    ['browser.crashed', 'retry:fresh_browser/new_proxy@any ≤3? should'],
    ['browser.disconnected', 'retry:fresh_browser/new_proxy@any ≤3? should'],
    ['browser.navigation_timeout', 'retry:fresh_browser+new_proxy/fresh_browser+new_proxy@any ≤2? should'],
    ['browser.navigation_failed', 'retry:fresh_browser+new_proxy/fresh_browser+new_proxy@any ; abort ≤2? should'],
    ['browser.proxy_failed', 'retry:new_proxy/fresh_browser@any ≤2? must'],
    ['browser.selector_not_found', 'abort ≤3? should'],
    ['browser.execute_failed', 'retry:/@any ≤1? should'],
    ['browser.screenshot_failed', 'retry:/@any ≤1? should'],
    ['browser.pdf_failed', 'retry:/@any ≤1? should'],
    ['agent.out_of_budget', 'retry:raise_budget+narrow_task/raise_budget+narrow_task@any ≤2? must'],
    ['agent.timed_out', 'retry:raise_budget+narrow_task/raise_budget+narrow_task@any ≤2? must'],
    ['agent.captcha', 'escalate:human ≤0 must'],
    ['agent.login_required', 'retry:refresh_credentials/@any ; escalate:credentials ≤1 must'],
    ['agent.access_denied', 'escalate:human ; abort ≤3? must'],
    ['agent.blocked', 'escalate:human ≤3? must'],
    ['agent.infeasible', 'abort ≤3? must'],
    ['agent.not_found', 'abort ≤3? must'],
    ['agent.site_maintenance', 'retry:/@long ≤3? should'],
    ['agent.site_rate_limited', 'retry:new_proxy/fresh_browser@wait ≤3? should'],
    ['agent.partial', 'escalate:review ≤3? must'],
    ['answer.schema_mismatch', 'retry:simplify_schema/@any ; escalate:review ≤1? must'],
    ['answer.missing', 'retry:narrow_task/@any ; escalate:review ≤1? should'],
  ])('%s', (kind, expected) => {
    expect(rule(kind)).toBe(expected);
  });

  it('covers every kind, each with words for users', () => {
    for (const kind of FAILURE_KINDS) expect(ruleFor(failure(kind)).says).toMatch(/\w{3}/);
  });
});

describe('ruleFor: per-code refinements', () => {
  it.each<[string, FailureKind, Partial<Failure>, string]>([
    [
      'network-shaped net error (reset)',
      'browser.navigation_failed',
      { code: 'net::ERR_CONNECTION_RESET' },
      'retry:new_proxy+fresh_browser/new_proxy+fresh_browser@any ≤2? should',
    ],
    [
      'network-shaped net error (tunnel)',
      'browser.navigation_failed',
      { code: 'net::ERR_TUNNEL_CONNECTION_FAILED' },
      'retry:new_proxy+fresh_browser/new_proxy+fresh_browser@any ≤2? should',
    ],
    ['name not resolved', 'browser.navigation_failed', { code: 'net::ERR_NAME_NOT_RESOLVED' }, 'abort ≤3? should'],
    ['certificate', 'browser.navigation_failed', { code: 'net::ERR_CERT_AUTHORITY_INVALID' }, 'abort ≤3? should'],
    ['blocked', 'browser.navigation_failed', { code: 'net::ERR_BLOCKED_BY_CLIENT' }, 'abort ≤3? should'],
    [
      'not a net error (Webcompute NAVIGATION_FAILED): either',
      'browser.navigation_failed',
      { code: 'NAVIGATION_FAILED' },
      'retry:fresh_browser+new_proxy/fresh_browser+new_proxy@any ; abort ≤2? should',
    ],
    [
      'a proxy that refuses: new proxy',
      'browser.proxy_failed',
      { code: 'net::ERR_PROXY_CONNECTION_FAILED' },
      'retry:new_proxy/fresh_browser@any ≤2? must',
    ],
    [
      'a tunnel through the proxy that fails: either swap',
      'browser.proxy_failed',
      { code: 'net::ERR_TUNNEL_CONNECTION_FAILED' },
      'retry:new_proxy+fresh_browser/new_proxy+fresh_browser@any ≤2? must',
    ],
    [
      'browser health timeout',
      'platform.timeout',
      { code: 'BROWSER_HEALTH_TIMEOUT' },
      'retry:fresh_browser/new_proxy@any ≤3? should',
    ],
    ['quick action timeout', 'platform.timeout', { code: 'QUICK_ACTION_TIMEOUT' }, 'retry:narrow_task/@any ≤3? should'],
    [
      'lost browser (Webcompute)',
      'platform.not_found',
      { code: 'BROWSER_NOT_FOUND' },
      'abort ; retry:fresh_browser/@any ≤3? must',
    ],
    ['lost session', 'platform.not_found', { code: 'SESSION_NOT_FOUND' }, 'abort ; retry:fresh_browser/@any ≤3? must'],
    [
      'lost browser (lower case)',
      'platform.not_found',
      { code: 'browser_not_found' },
      'abort ; retry:fresh_browser/@any ≤3? must',
    ],
    ['lost something else', 'platform.not_found', { code: 'TASK_NOT_FOUND' }, 'abort ≤3? must'],
    [
      'a wrong state flagged not retryable: stopping passes too',
      'platform.wrong_state',
      { code: 'BROWSER_WRONG_STATE', retryable: false },
      'retry:/@wait ; abort ; escalate:human|credentials|review ≤3? should',
    ],
    [
      'idempotency in flight flagged not retryable: stopping passes too',
      'platform.idempotency_in_flight',
      { retryable: false },
      'retry:/@wait ; abort ; escalate:human|credentials|review ≤3? should',
    ],
    [
      'a browser still configuring: the seed says retry',
      'platform.wrong_state',
      { code: 'browser_configuring' },
      'retry:/@wait ≤3? should ≥1',
    ],
    [
      'H Company internal: ’Yes, once’',
      'platform.internal',
      { provider: 'hcompany', code: 'internal' },
      'retry:/@any ≤1 should ≥1',
    ],
    [
      'H Company no_answer: ’Yes, with a higher budget’',
      'agent.out_of_budget',
      { provider: 'hcompany', code: 'no_answer' },
      'retry:raise_budget+narrow_task/raise_budget+narrow_task@any ≤2? must ≥1',
    ],
    [
      'H Company timeout: ’Yes, with a higher max_time_s’',
      'agent.timed_out',
      { provider: 'hcompany', code: 'timeout' },
      'retry:raise_budget+narrow_task/raise_budget+narrow_task@any ≤2? must ≥1',
    ],
    [
      'H Company environment_error',
      'browser.crashed',
      { provider: 'hcompany', code: 'environment_error' },
      'retry:/fresh_browser+new_proxy@any ≤3? should ≥1',
    ],
    [
      'Skyvern failed',
      'browser.crashed',
      { provider: 'skyvern', code: 'failed' },
      'retry:/fresh_browser+new_proxy@any ≤3? should',
    ],
    [
      'Skyvern failed with a user-mapped code',
      'browser.crashed',
      { provider: 'skyvern', code: 'download_failed' },
      'retry:/fresh_browser+new_proxy@any ; abort ; escalate:human|credentials|review ≤3? should',
    ],
    [
      'environment_error from another provider is not refined',
      'browser.crashed',
      { provider: 'webcompute', code: 'environment_error' },
      'retry:fresh_browser/new_proxy@any ≤3? should',
    ],
  ])('%s', (_name, kind, fields, expected) => {
    expect(rule(kind, fields)).toBe(expected);
  });

  it('a scenario override wins over a refinement', () => {
    const f = failure('browser.crashed', { provider: 'hcompany', code: 'environment_error' });
    expect(ruleFor(f, { 'browser.crashed': { options: [{ action: 'abort' }], says: 'abort' } }).options).toEqual([
      { action: 'abort' },
    ]);
  });

  it.each<[string, Partial<Failure>, string[]]>([
    ['H environment_error may be retried as is', { provider: 'hcompany', code: 'environment_error' }, []],
    ['a Playwright crash may not, by best practice', { provider: 'playwright', code: 'Error' }, ['kind-option/should']],
  ])('%s', (_name, fields, violated) => {
    const sequence = attempts([[failure('browser.crashed', fields), retry(0)]], true);
    expect(judge(sequence, { end: ['accept'], kinds: ['browser.crashed'] }).map((v) => `${v.rule}/${v.level}`)).toEqual(
      violated,
    );
  });
});
