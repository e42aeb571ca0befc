import { describe, expect, it } from 'vitest';
import { judge } from '../../harness/oracle/index.ts';
import { judgeMeasured } from '../../harness/runner/process/measured-judge.ts';
import { attempts, failure, retry } from '../oracle/helpers.ts';

const refused = failure('transport.connection_refused');
const limited = failure('platform.rate_limited', { retryAfterMs: 30_000 });
const expect3 = { end: ['accept' as const], kinds: ['transport.connection_refused' as const] };

describe('judgeMeasured: delays measured on a real clock get the benefit of the doubt', () => {
  it('a Retry-After wait is judged on the delay as measured (overhead only ever lengthens it)', () => {
    const short = attempts([[limited, retry(29_000)]], true);
    expect(
      judgeMeasured(short, { end: ['accept'], kinds: ['platform.rate_limited'] }, () => 5_000).map((v) => v.rule),
    ).toEqual(['retry-after']);
    const enough = attempts([[limited, retry(30_400)]], true);
    expect(judgeMeasured(enough, { end: ['accept'], kinds: ['platform.rate_limited'] }, () => 5_000)).toEqual([]);
  });

  it('a backoff delay over the cap by less than its uncertainty passes; by more, it fails', () => {
    const over = (delayMs: number) => attempts([[refused, retry(delayMs)]], true);
    expect(judge(over(31_000), expect3).map((v) => v.rule)).toEqual(['backoff-cap']);
    expect(judgeMeasured(over(31_000), expect3, () => 2_000)).toEqual([]);
    expect(judgeMeasured(over(33_000), expect3, () => 2_000).map((v) => v.rule)).toEqual(['backoff-cap']);
  });

  it('growth over a streak is judged on the most favourable reading: the earlier delays at their lower bound', () => {
    // 1.2 s, 1.0 s, 1.1 s as measured: the client may have slept 0.6 s, 0.4 s, 1.1 s.
    const noisy = attempts(
      [
        [refused, retry(1_200)],
        [refused, retry(1_000)],
        [refused, retry(1_100)],
      ],
      true,
    );
    expect(judge(noisy, expect3).map((v) => v.rule)).toContain('backoff-growth');
    expect(judgeMeasured(noisy, expect3, () => 600).map((v) => v.rule)).not.toContain('backoff-growth');
    // Beyond the uncertainty the streak really shrank.
    const shrinking = attempts(
      [
        [refused, retry(4_000)],
        [refused, retry(2_000)],
        [refused, retry(1_000)],
      ],
      true,
    );
    expect(judgeMeasured(shrinking, expect3, () => 600).map((v) => v.rule)).toContain('backoff-growth');
  });

  it('is the oracle itself when nothing is uncertain, and keeps the measured delays in its messages', () => {
    const fast = attempts([[limited, retry(1_000)]], true);
    const plain = judge(fast, { end: ['accept'], kinds: ['platform.rate_limited'] });
    expect(judgeMeasured(fast, { end: ['accept'], kinds: ['platform.rate_limited'] }, () => 0)).toEqual(plain);
    expect(plain[0]!.message).toMatch(/retry after 1,000 ms/);
  });
});
