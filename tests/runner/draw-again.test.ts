import { describe, expect, it } from 'vitest';
import type { Failure, RecoveryHandler } from '../../harness/contract/index.ts';
import { drawAgain } from '../../harness/runner/draw-again.ts';
import { buildTask } from '../../harness/scenario/task.ts';

describe('drawAgain: the backoff scheme of a policy handler', () => {
  const failure: Failure = {
    kind: 'transport.connection_reset',
    layer: 'transport',
    provider: 'problem',
    retryable: null,
    retryAfterMs: null,
    next: null,
    status: null,
    code: 'ECONNRESET',
    message: 'reset',
    raw: null,
  };
  const task = buildTask('problem/x', 'problem');
  const asked = [1, 2].map((n) => ({
    attempt: { n, failure, decision: { action: 'retry' as const, delayMs: 500, changes: [] }, atMs: 0 },
    task,
  }));

  it('asks again on 16 other random streams, the same way every time', async () => {
    const jittered: RecoveryHandler = {
      name: 'jittered',
      decide: (_f, ctx) => ({ action: 'retry', delayMs: Math.round(1000 * ctx.random()), changes: [] }),
    };
    const samples = await drawAgain(jittered, asked, 7, 2_000);
    expect(samples[1]).toHaveLength(16);
    expect(new Set(samples[2]).size).toBeGreaterThan(8);
    expect(await drawAgain(jittered, asked, 7, 2_000)).toEqual(samples);
  });

  it('gives up on a handler that throws when asked again: its one run decides', async () => {
    let calls = 0;
    const once: RecoveryHandler = {
      name: 'once',
      decide: () => {
        if (++calls > 0) throw new Error('asked twice');
        return { action: 'abort', reason: 'x' };
      },
    };
    expect(await drawAgain(once, asked, 7, 2_000)).toEqual({});
    expect(calls).toBe(1);
  });
});
