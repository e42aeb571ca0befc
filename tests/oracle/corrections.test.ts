import { describe, expect, it } from 'vitest';
import type { Attempt, Failure, FailureKind } from '../../harness/contract/index.ts';
import { judge, type Expectation } from '../../harness/oracle/index.ts';
import { abort, attempts, escalate, failure, retry } from './helpers.ts';

/** Broken rules as `rule/level`, for a sequence that may end any way. */
const judged = (sequence: Attempt[], ...kinds: FailureKind[]) => {
  const expectation: Expectation = { end: ['accept', 'abort', 'escalate'], kinds };
  return judge(sequence, expectation).map((v) => `${v.rule}/${v.level}`);
};

describe('issue 11, item 3: the oracle corrections', () => {
  describe('a wait-state the provider flags not retryable: stopping passes, and so does waiting', () => {
    const cases: Array<[string, Failure]> = [
      [
        '409 wrong state, retryable false',
        failure('platform.wrong_state', { code: 'BROWSER_WRONG_STATE', status: 409, retryable: false }),
      ],
      [
        '409 in flight, is_retriable false',
        failure('platform.idempotency_in_flight', { provider: 'problem', status: 409, retryable: false }),
      ],
    ];
    it.each(cases)('%s', (_name, f) => {
      expect(judged(attempts([[f, abort]]), f.kind)).toEqual([]);
      expect(judged(attempts([[f, escalate('human')]]), f.kind)).toEqual([]);
      expect(judged(attempts([[f, retry(1500)]], true), f.kind)).toEqual([]);
    });
  });

  describe('agent.site_rate_limited is a dictated wait with new_proxy, not backoff', () => {
    const site = failure('agent.site_rate_limited', { provider: 'skyvern', code: 'rate_limited' });
    it('a 60 s delay with new_proxy passes, three times over: no cap, no growth, no jitter', () => {
      expect(
        judged(
          attempts(
            [
              [site, retry(60_000, 'new_proxy')],
              [site, retry(60_000, 'new_proxy')],
              [site, retry(60_000, 'new_proxy')],
            ],
            true,
          ),
          site.kind,
        ),
      ).toEqual([]);
    });
    it('without a new proxy it is a departure from the seed\'s advice ("use different proxy")', () => {
      expect(judged(attempts([[site, retry(60_000)]], true), site.kind)).toEqual(['kind-option/should']);
    });
  });

  describe('Skyvern failed, with or without a code in output.error / errors[]: retry as is or with a fresh browser', () => {
    const plain = failure('browser.crashed', { provider: 'skyvern', code: 'failed' });
    const mapped = failure('browser.crashed', { provider: 'skyvern', code: 'download_failed' });
    it.each([plain, mapped])('%o', (f) => {
      expect(judged(attempts([[f, retry(500)]], true), f.kind)).toEqual([]);
      expect(judged(attempts([[f, retry(500, 'fresh_browser')]], true), f.kind)).toEqual([]);
    });
    it('a code the user mapped means what the user decided: escalate and abort pass too', () => {
      expect(judged(attempts([[mapped, abort]]), mapped.kind)).toEqual([]);
      expect(judged(attempts([[mapped, escalate('review')]]), mapped.kind)).toEqual([]);
      expect(judged(attempts([[mapped, escalate('human')]]), mapped.kind)).toEqual([]);
    });
    it('without a mapped code, giving up at once is a weaker choice, not a failure', () => {
      expect(judged(attempts([[plain, abort]]), plain.kind)).toEqual(['early-give-up/should']);
    });
  });

  describe('a dead proxy reported by a platform: a retry with new_proxy passes', () => {
    it.each<[string, Failure]>([
      [
        'a 502 upstream-proxy-failed problem',
        failure('platform.upstream', {
          provider: 'problem',
          status: 502,
          code: 'https://agents.example/problems/upstream-proxy-failed',
          retryable: true,
        }),
      ],
      [
        'an H Company environment_error',
        failure('browser.crashed', { provider: 'hcompany', code: 'environment_error' }),
      ],
      ['a Skyvern failed run', failure('browser.crashed', { provider: 'skyvern', code: 'failed' })],
      ['a Webcompute PROXY_CONNECTION_FAILED', failure('browser.proxy_failed', { code: 'PROXY_CONNECTION_FAILED' })],
    ])('%s', (_name, f) => {
      expect(judged(attempts([[f, retry(500, 'new_proxy')]], true), f.kind)).toEqual([]);
    });
  });

  describe('net::ERR_TUNNEL_CONNECTION_FAILED passes with new_proxy or fresh_browser, never unchanged', () => {
    const tunnel = failure('browser.proxy_failed', {
      provider: 'playwright',
      code: 'net::ERR_TUNNEL_CONNECTION_FAILED',
    });
    it.each([['new_proxy'], ['fresh_browser']] as const)('%s', (change) => {
      expect(judged(attempts([[tunnel, retry(0, change)]], true), tunnel.kind)).toEqual([]);
    });
    it('unchanged', () => {
      expect(judged(attempts([[tunnel, retry(0)]], true), tunnel.kind)).toEqual(['kind-option/must']);
    });
  });
});
