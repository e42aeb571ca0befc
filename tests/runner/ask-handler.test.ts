import { describe, expect, it } from 'vitest';
import { askHandler } from '../../harness/runner/ask-handler.ts';
import type { Failure, RecoveryContext, RecoveryHandler } from '../../harness/contract/index.ts';
import { buildTask } from '../../harness/scenario/task.ts';

const failure: Failure = {
  kind: 'platform.rate_limited',
  layer: 'platform',
  provider: 'webcompute',
  retryable: true,
  retryAfterMs: 2000,
  next: null,
  status: 429,
  code: 'RATE_LIMITED',
  message: 'HTTP 429',
  raw: null,
};
const ctx: RecoveryContext = {
  attempt: 1,
  history: [],
  elapsedMs: 0,
  task: buildTask('t/x', 'webcompute'),
  random: () => 0.5,
};
const handler = (decide: RecoveryHandler['decide']): RecoveryHandler => ({ name: 'under-test', decide });

describe('askHandler', () => {
  it('passes a valid decision through', async () => {
    const asked = await askHandler(
      handler(() => ({ action: 'retry', delayMs: 2500, changes: [] })),
      failure,
      ctx,
      500,
    );
    expect(asked).toEqual({ ok: true, decision: { action: 'retry', delayMs: 2500, changes: [] } });
  });

  it.each<[string, RecoveryHandler['decide'], RegExp]>([
    [
      'throws',
      () => {
        throw new TypeError('boom');
      },
      /handler "under-test" threw on platform\.rate_limited: TypeError: boom/,
    ],
    ['rejects', async () => Promise.reject(new Error('nope')), /threw on platform\.rate_limited: Error: nope/],
    ['hangs', () => new Promise(() => {}), /did not decide within 50 ms \(per-decision timeout\)/],
    [
      'returns garbage',
      () => 'retry' as never,
      /returned something that is not a Decision on platform\.rate_limited: "retry"/,
    ],
    ['misspells a field', () => ({ action: 'retry', delay: 100, changes: [] }) as never, /delayMs/],
    [
      'returns an unknown change',
      () => ({ action: 'retry', delayMs: 1, changes: ['reboot'] }) as never,
      /changes\[0\]/,
    ],
    ['returns undefined', () => undefined as never, /not a Decision/],
    [
      'calls process.exit',
      () => process.exit(3),
      /threw on platform\.rate_limited: Error: called process\.exit\(3\) instead of returning a Decision/,
    ],
  ])('a handler that %s fails with a clear message, never a crash', async (_name, decide, pattern) => {
    const asked = await askHandler(handler(decide), failure, ctx, 50);
    expect(asked.ok).toBe(false);
    expect(!asked.ok && asked.problem).toMatch(pattern);
  });

  it('gives the handler a copy: mutating the failure changes nothing for the harness', async () => {
    await askHandler(
      handler((f) => {
        (f as { kind: string }).kind = 'agent.captcha';
        return { action: 'abort', reason: 'x' };
      }),
      failure,
      ctx,
      50,
    );
    expect(failure.kind).toBe('platform.rate_limited');
  });
});
