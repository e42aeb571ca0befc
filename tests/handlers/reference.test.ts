import { describe, expect, it } from 'vitest';
import { FAILURE_KINDS, type Attempt, type Failure, type FailureKind } from '../../harness/contract/index.ts';
import reference from '../../harness/handlers/reference.ts';
import { ExponentialBackoff } from '../../harness/handlers/backoff.ts';
import { judge } from '../../harness/oracle/index.ts';
import { seededRandom } from '../../harness/runner/random.ts';
import { buildTask } from '../../harness/scenario/task.ts';
import { failure } from '../oracle/helpers.ts';

/** Feeds the reference handler the same failure until it stops (at most `times` attempts). */
async function sequence(f: Failure, times = 4): Promise<Attempt[]> {
  const history: Attempt[] = [];
  const random = seededRandom(7);
  let atMs = 0;
  for (let n = 1; n <= times; n++) {
    const decision = await reference.decide(f, { attempt: n, history: structuredClone(history), elapsedMs: atMs, task: buildTask('t/x', f.provider), random });
    history.push({ n, failure: f, decision, atMs });
    if (decision.action !== 'retry') break;
    atMs += decision.delayMs;
  }
  return history;
}

const VARIANTS: Array<[string, Partial<Failure>]> = [
  ['plain', {}],
  ['Retry-After 2 s', { retryAfterMs: 2000 }],
  ['Retry-After 45 s', { retryAfterMs: 45_000 }],
  ['retryable false', { retryable: false }],
  ['retryable true', { retryable: true }],
  ['next abort', { next: 'abort' }],
  ['next authenticate', { next: 'authenticate' }],
  ['next change_request', { next: 'change_request' }],
];

describe('the reference handler agrees with the oracle', () => {
  it.each(FAILURE_KINDS.flatMap((kind) => VARIANTS.map(([name, fields]) => [kind, name, fields] as [FailureKind, string, Partial<Failure>])))(
    '%s (%s), four times in a row',
    async (kind, _name, fields) => {
      const attempts = await sequence(failure(kind, fields));
      // The handler stops by itself: the last attempt is not a retry, or the feed ran out while it retried within its bounds.
      const expectation = { end: ['accept', 'abort', 'escalate'] as const, kinds: [kind] };
      const violations = judge(attempts, { ...expectation, end: [...expectation.end] }).filter((v) => !(v.rule === 'end' && attempts.length === 4));
      expect(violations.map((v) => v.message)).toEqual([]);
    },
  );

  it.each<[string, Partial<Failure>]>([
    ['a navigation failure on a blocked URL', { code: 'net::ERR_BLOCKED_BY_CLIENT' }],
    ['a navigation failure on a reset', { code: 'net::ERR_CONNECTION_RESET' }],
    ['a Webcompute NAVIGATION_FAILED', { code: 'NAVIGATION_FAILED' }],
  ])('%s', async (_name, fields) => {
    const attempts = await sequence(failure('browser.navigation_failed', fields));
    expect(judge(attempts, { end: ['accept', 'abort', 'escalate'], kinds: ['browser.navigation_failed'] }).filter((v) => v.rule !== 'end')).toEqual([]);
  });

  it('honours a Retry-After of an hour on a maintenance page', async () => {
    const [first] = await sequence(failure('agent.site_maintenance', { retryAfterMs: 3_600_000 }), 1);
    expect(first!.decision).toMatchObject({ action: 'retry' });
    expect((first!.decision as { delayMs: number }).delayMs).toBeGreaterThanOrEqual(3_600_000);
  });
});

describe('ExponentialBackoff', () => {
  it('grows, is capped and jittered within its band', () => {
    const backoff = new ExponentialBackoff({ initialDelayMs: 500, exponent: 1.5, maxDelayMs: 30_000, jitter: 0.25 });
    expect(backoff.delayFor(0, () => 0)).toBe(500);
    expect(backoff.delayFor(0, () => 1)).toBe(625);
    expect(backoff.delayFor(2, () => 0)).toBe(1125);
    expect(backoff.delayFor(20, () => 1)).toBe(30_000);
    const random = seededRandom(1);
    const delays = [0, 1, 2].map((k) => backoff.delayFor(k, random));
    expect(delays[2]).toBeGreaterThan(delays[0]!);
  });
});
