import { describe, expect, it } from 'vitest';
import type { Attempt, Failure } from '../../harness/contract/index.ts';
import { failsRun, gradeOf, judge, type Expectation, type Violation } from '../../harness/oracle/index.ts';
import { abort, attempts, escalate, failure, retry } from './helpers.ts';

const violation = (level: Violation['level']): Violation => ({ attempt: 1, rule: 'x', level, message: 'x' });
const gradeFor = (sequence: Attempt[], expectation: Expectation) => gradeOf(judge(sequence, expectation));

describe('grades: pass, non-strict, fail', () => {
  it.each<[string, Violation[], string[], string]>([
    ['nothing broken', [], [], 'pass'],
    ['only should rules broken', [violation('should'), violation('should')], [], 'non-strict'],
    ['a must rule broken', [violation('should'), violation('must')], [], 'fail'],
    ['another problem (a handler that threw)', [], ['handler "x" threw'], 'fail'],
  ])('%s', (_name, violations, problems, grade) => {
    expect(gradeOf(violations, problems)).toBe(grade);
  });

  it('non-strict fails the run only in strict mode', () => {
    expect(failsRun('non-strict', { strict: false })).toBe(false);
    expect(failsRun('non-strict', { strict: true })).toBe(true);
    expect(failsRun('fail', { strict: false })).toBe(true);
    expect(failsRun('pass', { strict: true })).toBe(false);
  });
});

describe('issue 17: early give-ups are graded, not failed', () => {
  const health = failure('platform.timeout', { code: 'BROWSER_HEALTH_TIMEOUT', status: 504, retryable: true });
  const untilAccept: Expectation = { end: ['accept'], kinds: ['platform.timeout'] };

  it('the false alarm: stopping a BROWSER_HEALTH_TIMEOUT after two fresh-browser retries (the bound is three) is non-strict', () => {
    const sequence = attempts([
      [health, retry(500, 'fresh_browser')],
      [health, retry(800, 'fresh_browser')],
      [health, abort],
    ]);
    expect(judge(sequence, untilAccept).map((v) => `${v.rule}/${v.level}`)).toEqual(['early-give-up/should']);
    expect(gradeFor(sequence, untilAccept)).toBe('non-strict');
  });

  it('escalating instead is graded the same', () => {
    expect(gradeFor(attempts([[health, escalate('human')]]), untilAccept)).toBe('non-strict');
  });

  it.each<[string, Failure]>([
    [
      'H Company environment_error ("Yes, as is")',
      failure('browser.crashed', { provider: 'hcompany', code: 'environment_error' }),
    ],
    [
      'H Company no_answer ("Yes, with a higher budget")',
      failure('agent.out_of_budget', { provider: 'hcompany', code: 'no_answer' }),
    ],
    [
      'H Company timeout ("Yes, with a higher max_time_s")',
      failure('agent.timed_out', { provider: 'hcompany', code: 'timeout' }),
    ],
    ['H Company internal ("Yes, once")', failure('platform.internal', { provider: 'hcompany', code: 'internal' })],
    [
      'Webcompute browser_configuring ("Retry after readiness changes")',
      failure('platform.wrong_state', { code: 'browser_configuring', status: 409 }),
    ],
  ])('where the seed says to retry, giving up at once fails: %s', (_name, f) => {
    expect(gradeFor(attempts([[f, abort]]), { end: ['accept', 'abort', 'escalate'], kinds: [f.kind] })).toBe('fail');
  });

  it("once the seed's retry is made, giving up is non-strict again", () => {
    const environment = failure('browser.crashed', { provider: 'hcompany', code: 'environment_error' });
    expect(
      gradeFor(
        attempts([
          [environment, retry(500)],
          [environment, abort],
        ]),
        { end: ['accept', 'abort'], kinds: ['browser.crashed'] },
      ),
    ).toBe('non-strict');
  });
});

describe("issue 11, item 4: what seed 002 calls the SDK's default is never failed, blind retries against next always are", () => {
  const expectation = (kind: Failure['kind']): Expectation => ({ end: ['accept', 'abort', 'escalate'], kinds: [kind] });
  it.each<[string, Failure, Attempt[] | ((f: Failure) => Attempt[]), string]>([
    [
      'a 502 retried on the same browser',
      failure('platform.upstream', { code: 'DAYTONA_ERROR', status: 502, retryable: true }),
      (f) => attempts([[f, retry(500)]], true),
      'non-strict',
    ],
    [
      'a 504 health timeout retried as is',
      failure('platform.timeout', { code: 'BROWSER_HEALTH_TIMEOUT', status: 504, retryable: true }),
      (f) => attempts([[f, retry(500)]], true),
      'non-strict',
    ],
    [
      'a 504 quick action retried as is',
      failure('platform.timeout', { code: 'QUICK_ACTION_TIMEOUT', status: 504, retryable: true }),
      (f) => attempts([[f, retry(500)]], true),
      'non-strict',
    ],
    [
      'a 500 retried three times',
      failure('platform.internal', { code: 'INTERNAL_ERROR', status: 500, retryable: true }),
      (f) =>
        attempts([
          [f, retry(500)],
          [f, retry(750)],
          [f, retry(1125)],
          [f, abort],
        ]),
      'non-strict',
    ],
    [
      'a 429 retried across requests a fourth time (each request retried as the SDK does)',
      failure('platform.concurrency_limit', { code: 'CONCURRENT_LIMIT', status: 429, retryAfterMs: 1000 }),
      (f) =>
        attempts(
          [
            [f, retry(1000)],
            [f, retry(1000)],
            [f, retry(1000)],
            [f, retry(1000)],
          ],
          true,
        ),
      'non-strict',
    ],
    [
      'a 429 with next: abort retried',
      failure('platform.rate_limited', { code: 'RATE_LIMITED', status: 429, next: 'abort' }),
      (f) => attempts([[f, retry(500)]], true),
      'fail',
    ],
    [
      'a 503 with next: change_request retried as is',
      failure('platform.unavailable', { status: 503, next: 'change_request' }),
      (f) => attempts([[f, retry(500)]], true),
      'fail',
    ],
    [
      'a 500 with next: authenticate retried as is',
      failure('platform.internal', { status: 500, next: 'authenticate' }),
      (f) => attempts([[f, retry(500)]], true),
      'fail',
    ],
  ])('%s: %s', (_name, f, sequence, grade) => {
    const built = typeof sequence === 'function' ? sequence(f) : sequence;
    expect(gradeFor(built, expectation(f.kind))).toBe(grade);
  });
});
