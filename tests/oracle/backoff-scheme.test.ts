import { describe, expect, it } from 'vitest';
import type { Attempt, Failure } from '../../harness/contract/index.ts';
import { judge, type Expectation } from '../../harness/oracle/index.ts';
import { seededRandom } from '../../harness/shared/random.ts';
import { attempts, failure, retry } from './helpers.ts';

const unavailable = failure('platform.unavailable', { status: 503 });
const reset = failure('transport.connection_reset', { code: 'ECONNRESET' });
const refused = failure('transport.connection_refused', { code: 'ECONNREFUSED' });
const outage: Expectation = {
  end: ['accept'],
  kinds: ['platform.unavailable', 'transport.connection_reset', 'transport.connection_refused'],
};
const BACKOFF_RULES = ['backoff-growth', 'backoff-jitter', 'backoff-min', 'backoff-cap'];

/** An outage crossing kinds, retried after the given delays, then a success. */
const retriedAfter = (delays: number[]): Attempt[] => {
  const kinds: Failure[] = [unavailable, unavailable, unavailable, reset, reset, refused, refused, refused];
  return attempts(
    delays.map((d, i): [Failure, ReturnType<typeof retry>] => [kinds[i]!, retry(d)]),
    true,
  );
};
/** Per attempt, 16 draws of `scheme(retry, random)`: what asking the handler again on other streams gives. */
const drawsOf = (count: number, scheme: (retry: number, random: () => number) => number) => {
  const random = seededRandom(99);
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => [i + 1, Array.from({ length: 16 }, () => scheme(i, random))]),
  );
};
const backoffRules = (sequence: Attempt[], samples?: Record<number, number[]>) =>
  judge(sequence, outage, { samples })
    .filter((v) => BACKOFF_RULES.includes(v.rule))
    .map((v) => `${v.rule}/${v.level}`);

const fullJitter = (n: number, r: () => number) => Math.max(100, Math.round(r() * Math.min(30_000, 1_000 * 2 ** n)));
const equalJitterAtCap = (_n: number, r: () => number) => Math.round(15_000 + r() * 15_000);

describe('issue 17: backoff judged as a scheme, not one sample', () => {
  it('false alarm 1: full jitter, whose later draws are often shorter, passes when its scheme is known', () => {
    // The outage's fourth to sixth retries in a row: full jitter over [0, 8 s], [0, 16 s], [0, 30 s].
    const sequence = retriedAfter([6_753, 2_100, 5_120]);
    expect(
      backoffRules(
        sequence,
        drawsOf(3, (n, r) => fullJitter(n + 3, r)),
      ),
    ).toEqual([]);
    // One sample per retry (client mode) cannot tell this unlucky draw from no growth:
    expect(backoffRules(sequence)).toEqual(['backoff-growth/should']);
  });

  it('false alarm 2: delays at the 30 s cap with jitter (28.7 s, 27.7 s, 23.7 s) pass, with or without the scheme', () => {
    const sequence = retriedAfter([1_000, 2_000, 4_000, 8_000, 16_000, 28_700, 27_700, 23_700]);
    expect(backoffRules(sequence)).toEqual([]);
    const samples = {
      ...drawsOf(8, fullJitter),
      6: drawsOf(1, equalJitterAtCap)[1]!,
      7: drawsOf(1, equalJitterAtCap)[1]!,
      8: drawsOf(1, equalJitterAtCap)[1]!,
    };
    expect(backoffRules(sequence, samples)).toEqual([]);
  });

  it('a scheme at the cap from its first retry (the most conservative bounds) passes: growth has nowhere to go', () => {
    const sequence = retriedAfter([22_000, 29_000, 17_000]);
    expect(backoffRules(sequence, drawsOf(3, equalJitterAtCap))).toEqual([]);
  });

  it.each<[string, number[], (n: number, r: () => number) => number, string[]]>([
    [
      'no growth: a jittered 1 s forever',
      [1_050, 980, 1_020],
      (_n, r) => Math.round(900 + r() * 200),
      ['backoff-growth/should'],
    ],
    ['no jitter: the same delays on every stream', [500, 1_000, 2_000], (n) => 500 * 2 ** n, ['backoff-jitter/should']],
    [
      'no jitter at the cap: jittered, then capped',
      [8_000, 16_000, 30_000, 30_000],
      (n, r) => Math.min(30_000, Math.round(8_000 * 2 ** n * (1 + 0.25 * r()))),
      ['backoff-jitter/should'],
    ],
    [
      'no cap: a draw past 30 s',
      [8_000, 16_000, 29_000],
      (n, r) => Math.round(8_000 * 2 ** n * (1 + 0.25 * r())),
      ['backoff-cap/should'],
    ],
    [
      'zero delay: a draw below 100 ms',
      [300, 600, 1_200],
      (n, r) => Math.round(r() * 300 * 2 ** n),
      ['backoff-min/should'],
    ],
  ])('still rejects %s', (_name, delays, scheme, broken) => {
    expect(backoffRules(retriedAfter(delays), drawsOf(delays.length, scheme))).toEqual(broken);
  });

  it('with too few draws for a retry, judges that run from its one sample', () => {
    const sequence = retriedAfter([6_753, 2_100, 5_120]);
    expect(backoffRules(sequence, { 1: [6_753], 2: [2_100], 3: [5_120] })).toEqual(['backoff-growth/should']);
  });
});
