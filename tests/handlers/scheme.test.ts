import { describe, expect, it } from 'vitest';
import type { Failure, RecoveryHandler } from '../../harness/contract/index.ts';
import conservative from '../../harness/handlers/correct/conservative.ts';
import decorrelatedJitter from '../../harness/handlers/correct/decorrelated-jitter.ts';
import equalJitter from '../../harness/handlers/correct/equal-jitter.ts';
import fullJitter from '../../harness/handlers/correct/full-jitter.ts';
import noBackoff from '../../harness/handlers/flawed/no-backoff.ts';
import noCap from '../../harness/handlers/flawed/no-cap.ts';
import noJitterAtCap from '../../harness/handlers/flawed/no-jitter-at-cap.ts';
import noJitter from '../../harness/handlers/flawed/no-jitter.ts';
import reference from '../../harness/handlers/reference.ts';
import webcomputeSdkDefaults from '../../harness/handlers/webcompute-sdk-defaults.ts';
import { judge, type Expectation } from '../../harness/oracle/index.ts';
import { failure } from '../oracle/helpers.ts';
import { feedAll } from './helpers.ts';

const BACKOFF_RULES = ['backoff-growth', 'backoff-jitter', 'backoff-min', 'backoff-cap'];
/** An outage crossing kinds for eight retries in a row, within every bound, as a Webcompute client sees it. */
const OUTAGE: Failure[] = [
  ...Array.from({ length: 3 }, () => failure('platform.unavailable', { status: 503, retryable: true })),
  ...Array.from({ length: 3 }, () => failure('transport.connection_reset', { code: 'ECONNRESET' })),
  ...Array.from({ length: 2 }, () => failure('transport.connection_refused', { code: 'ECONNREFUSED' })),
  failure('platform.unavailable', { status: 503, retryable: true }),
];
const expectation: Expectation = {
  end: ['accept', 'abort'],
  kinds: ['platform.unavailable', 'transport.connection_reset', 'transport.connection_refused'],
};
const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);

async function backoffViolations(handler: RecoveryHandler, seed: number): Promise<string[]> {
  const { attempts, samples } = await feedAll(handler, OUTAGE, seed);
  return judge(attempts, expectation, { samples })
    .filter((v) => BACKOFF_RULES.includes(v.rule))
    .map((v) => v.message);
}

describe('backoff schemes over a long outage, judged as schemes on 40 seeds', () => {
  it.each(
    [reference, fullJitter, equalJitter, decorrelatedJitter, conservative, webcomputeSdkDefaults].map(
      (h) => [h.name, h] as const,
    ),
  )('%s: never a backoff violation', async (_name, handler) => {
    for (const seed of SEEDS) expect(await backoffViolations(handler, seed), `seed ${seed}`).toEqual([]);
  });

  it.each(
    [
      [noJitter, 'backoff-jitter'],
      [noBackoff, 'backoff-growth'],
      [noCap, 'backoff-cap'],
      [noJitterAtCap, 'backoff-jitter'],
    ].map(
      ([handler, rule]) => [(handler as RecoveryHandler).name, handler as RecoveryHandler, rule as string] as const,
    ),
  )('%s is caught on every seed', async (_name, handler, rule) => {
    for (const seed of SEEDS)
      expect((await backoffViolations(handler, seed)).join('\n'), `seed ${seed}`).toMatch(
        new RegExp(`rule ${rule}, should`),
      );
  });

  it('reaches the cap within the outage, so the cap and jitter at the cap are judged', async () => {
    const { attempts } = await feedAll(equalJitter, OUTAGE, 1);
    expect(Math.max(...attempts.map((a) => (a.decision.action === 'retry' ? a.decision.delayMs : 0)))).toBeGreaterThan(
      15_000,
    );
  });
});
