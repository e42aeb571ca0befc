import { describe, expect, it } from 'vitest';
import type { Attempt, Decision, Failure, FailureKind } from '../../harness/contract/index.ts';
import { judge, type Expectation, type Level } from '../../harness/oracle/index.ts';
import { abort, accept, attempts, escalate, failure, retry } from './helpers.ts';

const ANY_END: Expectation['end'] = ['accept', 'abort', 'escalate'];
const expectFor = (kind: FailureKind, end = ANY_END): Expectation => ({ end, kinds: [kind] });
const rules = (a: Attempt[], e: Expectation) => judge(a, e).map((v) => v.rule);
const times = (count: number, f: Failure, decision: Decision): Array<[Failure, Decision]> =>
  Array.from({ length: count }, () => [f, decision]);

const crashed = failure('browser.crashed');
const internal = failure('platform.internal');
const maintenance = failure('agent.site_maintenance');
const refused = failure('transport.connection_refused', { code: 'ECONNREFUSED' });
const rateLimited = failure('platform.rate_limited', { code: 'RATE_LIMITED', status: 429, retryAfterMs: 2000 });

/** The last violation of a rule: the one a row is about when a rule fires at several attempts. */
const lastOf = (a: Attempt[], e: Expectation, rule: string) =>
  judge(a, e)
    .filter((v) => v.rule === rule)
    .at(-1);

/**
 * One row per rule (or per case of a rule): a right sequence the rule passes, a wrong one it
 * flags (its last violation of that rule) at the given level, the expectation, and what the wrong one's message must mention: the
 * fault, the decision and the expectation (the rule's id, level and why are checked for every row).
 */
const CASES: Array<
  [rule: string, level: Level, right: Attempt[], wrong: Attempt[], expectation: Expectation, mentions: string[]]
> = [
  [
    'kind-option',
    'should',
    attempts([[crashed, retry(0, 'fresh_browser')]], true),
    attempts([[crashed, retry(0)]], true),
    expectFor('browser.crashed'),
    [
      'browser.crashed from webcompute',
      'handler decided retry after 0 ms unchanged',
      'expected retry with fresh_browser, ≤3',
    ],
  ],
  [
    'kind-option',
    'must',
    attempts([[failure('agent.captcha'), escalate('human')]]),
    attempts([[failure('agent.captcha'), abort]]),
    expectFor('agent.captcha'),
    ['agent.captcha', 'handler decided abort: gave up', 'expected escalate to a human; no automatic retry loop'],
  ],
  [
    'kind-option',
    'must',
    attempts([[failure('agent.out_of_budget'), retry(0, 'raise_budget')]], true),
    attempts([[failure('agent.out_of_budget'), retry(0)]], true),
    expectFor('agent.out_of_budget'),
    [
      'agent.out_of_budget',
      'handler decided retry after 0 ms unchanged',
      'expected retry with raise_budget or narrow_task, ≤2; never unchanged',
    ],
  ],
  [
    'kind-option',
    'should', // handed to someone where abort was expected: never worse than dropping it
    attempts([[failure('platform.forbidden'), abort]]),
    attempts([[failure('platform.forbidden'), escalate('human')]]),
    expectFor('platform.forbidden'),
    ['platform.forbidden', 'handler decided escalate to human: needs someone', 'expected abort'],
  ],
  [
    'early-give-up',
    'should',
    attempts([
      [crashed, retry(0, 'fresh_browser')],
      [crashed, retry(0, 'fresh_browser')],
      [crashed, retry(0, 'fresh_browser')],
      [crashed, abort],
    ]),
    attempts([
      [crashed, retry(0, 'fresh_browser')],
      [crashed, abort],
    ]),
    expectFor('browser.crashed'),
    [
      'attempt 2: browser.crashed',
      'handler decided abort: gave up',
      'expected a retry: 1 retry of the 3 allowed for browser.crashed used, and a bound is a maximum',
    ],
  ],
  [
    'early-give-up',
    'must', // H Company environment_error: "Yes, as is": at least once
    attempts([
      ...times(3, failure('browser.crashed', { provider: 'hcompany', code: 'environment_error' }), retry(500)),
      [failure('browser.crashed', { provider: 'hcompany', code: 'environment_error' }), abort],
    ]),
    attempts([[failure('browser.crashed', { provider: 'hcompany', code: 'environment_error' }), abort]]),
    expectFor('browser.crashed'),
    [
      'browser.crashed from hcompany (code environment_error)',
      'handler decided abort: gave up',
      'expected a retry: the seed says to retry browser.crashed at least once',
    ],
  ],
  [
    'kind-expected',
    'must',
    attempts([[failure('agent.captcha'), escalate('human')]]),
    attempts([[failure('agent.blocked'), escalate('human')]]),
    expectFor('agent.captcha'),
    ['agent.blocked', 'handler decided escalate to human: needs someone', 'expected a failure of kind agent.captcha'],
  ],
  [
    'accept-on-failure',
    'must',
    attempts([[failure('answer.schema_mismatch'), escalate('review')]]),
    attempts([[failure('answer.schema_mismatch'), accept]]),
    expectFor('answer.schema_mismatch'),
    [
      'answer.schema_mismatch',
      'handler decided accept',
      'expected retry with simplify_schema once, or escalate for review',
    ],
  ],
  [
    'bound-kind',
    'should', // internal once is the oracle's advice (the Webcompute SDK retries a 500 three times)
    attempts([
      [internal, retry(500)],
      [internal, abort],
    ]),
    attempts(
      [
        [internal, retry(500)],
        [internal, retry(800)],
      ],
      true,
    ),
    expectFor('platform.internal'),
    [
      'attempt 2: platform.internal',
      'handler decided retry after 800 ms unchanged',
      'expected abort or escalate: the 1 retry advised for platform.internal is spent',
    ],
  ],
  [
    'bound-kind',
    'must', // H Company internal: the seed says "Yes, once"
    attempts([
      [failure('platform.internal', { provider: 'hcompany', code: 'internal' }), retry(500)],
      [failure('platform.internal', { provider: 'hcompany', code: 'internal' }), abort],
    ]),
    attempts(times(2, failure('platform.internal', { provider: 'hcompany', code: 'internal' }), retry(500)), true),
    expectFor('platform.internal'),
    [
      'attempt 2: platform.internal from hcompany (code internal)',
      'expected abort or escalate: the 1 retry allowed for platform.internal is spent',
    ],
  ],
  [
    'bound-kind',
    'must',
    attempts([[failure('agent.captcha'), escalate('human')]]),
    attempts([[failure('agent.captcha'), retry(1000)]], true),
    expectFor('agent.captcha'),
    [
      'agent.captcha',
      'handler decided retry after 1,000 ms unchanged',
      'expected abort or escalate: no retry is allowed for agent.captcha',
    ],
  ],
  [
    'bound-total-retries',
    'must',
    attempts([...times(10, crashed, retry(0, 'fresh_browser')), [crashed, abort]]),
    attempts(times(11, crashed, retry(0, 'fresh_browser')), true),
    {
      end: ['accept', 'abort'],
      kinds: ['browser.crashed'],
      rules: {
        'browser.crashed': {
          options: [{ action: 'retry', require: ['fresh_browser'] }],
          maxRetries: 20,
          says: 'retry with fresh_browser',
        },
      },
    },
    [
      'attempt 11: browser.crashed',
      'handler decided retry after 0 ms with fresh_browser',
      'expected abort or escalate: 10 retries are spent',
    ],
  ],
  [
    'bound-total-delay',
    'must',
    attempts(times(3, maintenance, retry(3_600_000)), true),
    attempts([...times(2, maintenance, retry(3_600_000)), [maintenance, retry(3_600_001)]], true),
    expectFor('agent.site_maintenance'),
    [
      'attempt 3: agent.site_maintenance',
      'handler decided retry after 3,600,001 ms unchanged',
      'expected abort or escalate, or a retry after ≤ 3,600,000 ms (the earlier retries already waited 7,200,000 ms)',
    ],
  ],
  [
    'retry-after',
    'must',
    attempts([[rateLimited, retry(2000)]], true),
    attempts([[rateLimited, retry(1999)]], true),
    expectFor('platform.rate_limited'),
    [
      'platform.rate_limited from webcompute (code RATE_LIMITED, HTTP 429, Retry-After 2,000 ms)',
      'handler decided retry after 1,999 ms unchanged',
      'expected retry after ≥ 2,000 ms',
    ],
  ],
  [
    'flag-retryable',
    'must',
    attempts([[failure('platform.internal', { retryable: false }), abort]]),
    attempts([[failure('platform.internal', { retryable: false }), retry(500)]], true),
    expectFor('platform.internal'),
    [
      'platform.internal from webcompute (retryable false)',
      'handler decided retry after 500 ms unchanged',
      'expected no unchanged retry',
    ],
  ],
  [
    'flag-retryable',
    'must', // the wait-states are exempt: the seed says retry once the state changes
    attempts([[failure('platform.wrong_state', { retryable: false }), retry(500)]], true),
    attempts([[failure('platform.upstream', { retryable: false }), retry(500)]], true),
    { end: ['accept'], kinds: ['platform.wrong_state', 'platform.upstream'] },
    [
      'platform.upstream from webcompute (retryable false)',
      'handler decided retry after 500 ms unchanged',
      'expected no unchanged retry',
    ],
  ],
  [
    'flag-next',
    'must',
    attempts([[failure('platform.rate_limited', { next: 'abort' }), abort]]),
    attempts([[failure('platform.rate_limited', { next: 'abort' }), retry(5000)]], true),
    expectFor('platform.rate_limited'),
    [
      'platform.rate_limited from webcompute (next abort)',
      'handler decided retry after 5,000 ms unchanged',
      'expected abort or escalate (the provider said next: abort)',
    ],
  ],
  [
    'flag-next',
    'must',
    attempts([[failure('platform.unauthorized', { next: 'authenticate' }), retry(0, 'refresh_credentials')]], true),
    attempts([[failure('platform.unauthorized', { next: 'authenticate' }), escalate('human')]]),
    expectFor('platform.unauthorized'),
    [
      'platform.unauthorized from webcompute (next authenticate)',
      'handler decided escalate to human: needs someone',
      'expected a retry with refresh_credentials, or escalate to credentials',
    ],
  ],
  [
    'flag-next',
    'must',
    attempts([[failure('platform.invalid_request', { next: 'change_request' }), escalate('review')]]),
    attempts([[failure('platform.invalid_request', { next: 'change_request' }), escalate('human')]]),
    expectFor('platform.invalid_request'),
    [
      'platform.invalid_request from webcompute (next change_request)',
      'handler decided escalate to human: needs someone',
      'expected abort, escalate for review, or a retry with at least one change',
    ],
  ],
  [
    'delay-wait',
    'should',
    attempts([[failure('platform.wrong_state'), retry(100)]], true),
    attempts([[failure('platform.wrong_state'), retry(0)]], true),
    expectFor('platform.wrong_state'),
    ['platform.wrong_state', 'handler decided retry after 0 ms unchanged', 'expected retry after ≥ 100 ms'],
  ],
  [
    'delay-long',
    'should',
    attempts([[maintenance, retry(60_000)]], true),
    attempts([[maintenance, retry(30_000)]], true),
    expectFor('agent.site_maintenance'),
    ['agent.site_maintenance', 'handler decided retry after 30,000 ms unchanged', 'expected retry after ≥ 60,000 ms'],
  ],
  [
    'delay-long',
    'should', // a Retry-After shorter than the long wait does not shorten it
    attempts([[failure('agent.site_maintenance', { retryAfterMs: 30_000 }), retry(60_000)]], true),
    attempts([[failure('agent.site_maintenance', { retryAfterMs: 30_000 }), retry(40_000)]], true),
    expectFor('agent.site_maintenance'),
    [
      'agent.site_maintenance from webcompute (Retry-After 30,000 ms)',
      'handler decided retry after 40,000 ms unchanged',
      'expected retry after ≥ 60,000 ms',
    ],
  ],
  [
    'retry-after',
    'must', // a Retry-After longer than the long wait lengthens it; retry-after alone reports it
    attempts([[failure('agent.site_maintenance', { retryAfterMs: 120_000 }), retry(120_000)]], true),
    attempts([[failure('agent.site_maintenance', { retryAfterMs: 120_000 }), retry(90_000)]], true),
    expectFor('agent.site_maintenance'),
    [
      'agent.site_maintenance from webcompute (Retry-After 120,000 ms)',
      'handler decided retry after 90,000 ms unchanged',
      'expected retry after ≥ 120,000 ms',
    ],
  ],
  [
    'backoff-min',
    'should',
    attempts([[refused, retry(100)]], true),
    attempts([[refused, retry(99)]], true),
    expectFor('transport.connection_refused'),
    [
      'transport.connection_refused from webcompute (code ECONNREFUSED)',
      'handler decided retry after 99 ms unchanged',
      'expected retry after ≥ 100 ms (backoff)',
    ],
  ],
  [
    'backoff-cap',
    'should',
    attempts([[refused, retry(30_000)]], true),
    attempts([[refused, retry(30_001)]], true),
    expectFor('transport.connection_refused'),
    [
      'transport.connection_refused',
      'handler decided retry after 30,001 ms unchanged',
      'expected retry after ≤ 30,000 ms (backoff cap)',
    ],
  ],
  [
    'backoff-growth',
    'should',
    attempts(
      [
        [refused, retry(500)],
        [refused, retry(800)],
        [refused, retry(1300)],
      ],
      true,
    ),
    attempts(
      [
        [refused, retry(900)],
        [refused, retry(700)],
        [refused, retry(800)],
      ],
      true,
    ),
    expectFor('transport.connection_refused'),
    [
      'attempts 1–3: transport.connection_refused from webcompute (code ECONNREFUSED)',
      'handler decided 3 consecutive backoff retries after 900 ms, 700 ms, 800 ms',
      'expected a later delay to be larger than the first',
    ],
  ],
  [
    'backoff-jitter',
    'should',
    attempts(
      [
        [refused, retry(500)],
        [refused, retry(800)],
        [refused, retry(1300)],
      ],
      true,
    ),
    attempts(
      [
        [refused, retry(500)],
        [refused, retry(1000)],
        [refused, retry(2000)],
      ],
      true,
    ),
    expectFor('transport.connection_refused'),
    [
      'attempts 1–3: transport.connection_refused',
      'handler decided 3 consecutive backoff retries after 500 ms, 1,000 ms, 2,000 ms',
      'expected jittered delays',
    ],
  ],
  [
    'after-end',
    'must',
    attempts([[crashed, retry(0, 'fresh_browser')]], true),
    attempts([
      [crashed, abort],
      [crashed, abort],
    ]),
    expectFor('browser.crashed'),
    [
      'attempt 2: browser.crashed',
      'handler decided abort: gave up at attempt 1, yet attempt 2 was made',
      'expected nothing after attempt 1',
    ],
  ],
  [
    'end',
    'should', // a give-up the rules allow, where the scenario hoped for another ending: a weaker choice
    attempts([[failure('agent.infeasible'), escalate('human')]]),
    attempts([[failure('agent.infeasible'), abort]]),
    {
      end: ['escalate'],
      kinds: ['agent.infeasible'],
      rules: {
        'agent.infeasible': {
          options: [{ action: 'abort' }, { action: 'escalate', to: ['human'] }],
          says: 'abort or escalate',
        },
      },
    },
    [
      'agent.infeasible',
      'handler decided abort: gave up, ending the scenario after 0 retries',
      'expected the scenario to end with escalate',
    ],
  ],
  [
    'end',
    'must', // a scenario whose fault never clears must end in abort, not in a success
    attempts([...times(3, crashed, retry(0, 'fresh_browser')), [crashed, abort]]),
    attempts([[crashed, retry(0, 'fresh_browser')]], true),
    expectFor('browser.crashed', ['abort']),
    [
      'no failure (the run succeeded)',
      'handler decided to retry until the run succeeded (1 retry), so the harness accepted it',
      'expected the scenario to end with abort',
    ],
  ],
  [
    'end',
    'must', // a retry the harness had to cut off: the handler never stopped
    attempts([[crashed, retry(0, 'fresh_browser')]], true),
    attempts([[crashed, retry(0, 'fresh_browser')]]),
    expectFor('browser.crashed'),
    [
      'browser.crashed',
      'handler decided retry after 0 ms with fresh_browser and never stopped: the harness cut it off after 1 retry',
      'expected the scenario to end with accept or abort or escalate',
    ],
  ],
];

describe('judge: each rule passes a right sequence and flags a wrong one, at its level', () => {
  it.each(CASES)('%s (%s)', (rule, level, right, wrong, expectation) => {
    expect(judge(right, expectation).map((v) => v.message)).toEqual([]);
    expect(lastOf(wrong, expectation, rule)?.level).toBe(level);
  });
});

describe('judge: the message names the fault, the decision, the expectation, the rule and its level', () => {
  it.each(CASES)('%s (%s)', (rule, level, _right, wrong, expectation, mentions) => {
    const violation = lastOf(wrong, expectation, rule);
    for (const words of [...mentions, 'handler decided ', '; expected ', `(rule ${rule}, ${level}: `])
      expect(violation?.message).toContain(words);
  });

  it('in full, for a retry too early', () => {
    const [violation] = judge(attempts([[rateLimited, retry(1000)]], true), expectFor('platform.rate_limited'));
    expect(violation).toEqual({
      attempt: 1,
      rule: 'retry-after',
      level: 'must',
      message:
        'attempt 1: platform.rate_limited from webcompute (code RATE_LIMITED, HTTP 429, Retry-After 2,000 ms): handler decided retry after 1,000 ms unchanged; ' +
        'expected retry after ≥ 2,000 ms (rule retry-after, must: a retry must wait at least what the provider asked; ' +
        'for this fault the oracle expects: retry after ≥ retryAfterMs when given, else with backoff, ≤3)',
    });
  });
});

describe('judge: how the rules combine', () => {
  it.each<[string, Attempt[], Expectation]>([
    [
      'a flag no option of the kind can obey wins: next abort on a retry-only kind',
      attempts([[failure('transport.timeout', { next: 'abort' }), abort]]),
      expectFor('transport.timeout'),
    ],
    [
      'a flag no option of the kind can obey wins: retryable false on an unchanged-only kind, retried with a change',
      attempts([[failure('platform.internal', { retryable: false }), retry(500, 'fresh_browser')]], true),
      expectFor('platform.internal'),
    ],
    [
      "once the kind's retries are spent, abort is right",
      attempts([
        [internal, retry(500)],
        [internal, abort],
      ]),
      expectFor('platform.internal'),
    ],
    [
      "once the kind's retries are spent, escalating to a human is right",
      attempts([
        [internal, retry(500)],
        [internal, escalate('human')],
      ]),
      expectFor('platform.internal'),
    ],
    [
      "once the kind's retries are spent, escalating for review is right",
      attempts([
        [internal, retry(500)],
        [internal, escalate('review')],
      ]),
      expectFor('platform.internal'),
    ],
    [
      'when even the shortest allowed wait would pass 3 h, giving up is right',
      attempts([
        [failure('platform.rate_limited', { retryAfterMs: 7_200_000 }), retry(7_200_000)],
        [failure('platform.rate_limited', { retryAfterMs: 7_200_000 }), abort],
      ]),
      expectFor('platform.rate_limited'),
    ],
    [
      'a provider-dictated wait is exempt from the backoff cap, growth and jitter',
      attempts(times(3, failure('platform.unavailable', { retryAfterMs: 40_000 }), retry(40_000)), true),
      expectFor('platform.unavailable'),
    ],
    [
      'a site maintenance wait is exempt from the backoff cap',
      attempts([[maintenance, retry(90_000)]], true),
      expectFor('agent.site_maintenance'),
    ],
    [
      'backoff runs are judged on consecutive backoff retries only: two, a wait-state retry, two',
      attempts(
        [
          [refused, retry(500)],
          [refused, retry(500)],
          [failure('platform.wrong_state'), retry(500)],
          [refused, retry(500)],
        ],
        true,
      ),
      { end: ['accept'], kinds: ['transport.connection_refused', 'platform.wrong_state'] },
    ],
    [
      'a scenario override replaces the rule of its kind',
      attempts([[failure('agent.captcha'), retry(0, 'new_proxy')]], true),
      {
        end: ['accept'],
        kinds: ['agent.captcha'],
        rules: {
          'agent.captcha': {
            options: [{ action: 'retry', require: ['new_proxy'] }],
            maxRetries: 1,
            says: 'retry with new_proxy once',
          },
        },
      },
    ],
    [
      'acceptOn allows accept on a kind',
      attempts([[failure('agent.partial'), accept]]),
      { end: ['accept'], kinds: ['agent.partial'], acceptOn: ['agent.partial'] },
    ],
    [
      'a clean success at once needs no decision',
      attempts([], true),
      { end: ['accept'], kinds: ['platform.internal'] },
    ],
  ])('%s', (_name, sequence, expectation) => {
    expect(judge(sequence, expectation).map((v) => v.message)).toEqual([]);
  });

  it('a wait-state retried too early for its Retry-After is reported once, by retry-after', () => {
    const sequence = attempts([[failure('platform.wrong_state', { retryAfterMs: 2000 }), retry(50)]], true);
    expect(rules(sequence, expectFor('platform.wrong_state'))).toEqual(['retry-after']);
  });

  it('a retry that breaks several rules is reported once per rule', () => {
    const sequence = attempts([[failure('agent.captcha', { retryAfterMs: 5000 }), retry(1000)]], true);
    expect(rules(sequence, expectFor('agent.captcha'))).toEqual(['bound-kind', 'kind-option', 'retry-after']);
  });

  it('an early give-up is reported once, not again as the wrong ending', () => {
    const health = failure('platform.timeout', { code: 'BROWSER_HEALTH_TIMEOUT', status: 504 });
    const sequence = attempts([
      [health, retry(500, 'fresh_browser')],
      [health, abort],
    ]);
    expect(judge(sequence, expectFor('platform.timeout', ['accept'])).map((v) => `${v.rule}/${v.level}`)).toEqual([
      'early-give-up/should',
    ]);
  });

  it('a give-up once the bound is spent, where the scenario hoped for a success, is a weaker choice (should)', () => {
    const slow = failure('agent.timed_out', { provider: 'skyvern', code: 'timeout' });
    const sequence = attempts([
      [slow, retry(500, 'narrow_task')],
      [slow, retry(800, 'narrow_task')],
      [slow, abort],
    ]);
    expect(judge(sequence, expectFor('agent.timed_out', ['accept'])).map((v) => `${v.rule}/${v.level}`)).toEqual([
      'end/should',
    ]);
  });

  it('an unexpected success after a retry past a bound is reported by the bound, not again as the wrong ending', () => {
    const sequence = attempts(
      [
        [internal, retry(500)],
        [internal, retry(800)],
      ],
      true,
    );
    expect(
      judge(sequence, expectFor('platform.internal', ['abort', 'escalate'])).map((v) => `${v.rule}/${v.level}`),
    ).toEqual(['bound-kind/should']);
  });

  it('refuses an expectation that is not one', () => {
    expect(() => judge([], { end: [], kinds: ['agent.captcha'] })).toThrow();
  });
});
