import { afterAll, describe, expect, it } from 'vitest';
import type { ClientHandler, ClientResult } from '../../harness/contract/index.ts';
import { closeMswServer } from '../../harness/runner/client/msw-server.ts';
import { runClientScenario } from '../../harness/runner/client/run-client-scenario.ts';
import reference from '../../harness/handlers/reference-client.ts';
// Three 429s with Retry-After: 2, then success: the scenario the bench's real-time baseline runs too.
import { RETRY_AFTER_BASELINE } from '../../harness/bench/client.ts';

afterAll(() => closeMswServer());

const session = (prompt: string) =>
  JSON.stringify({ agent: 'h/web-surfer-flash', messages: [{ type: 'user_message', message: prompt }] });
const post = (env: { baseUrl: string; apiKey: string }, path: string, body: string) =>
  fetch(`${env.baseUrl}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${env.apiKey}`, 'content-type': 'application/json' },
    body,
  });

/** A client built from one `run` function. */
const client = (name: string, run: ClientHandler['run']): ClientHandler => ({ name, providers: ['hcompany'], run });
const run = (c: ClientHandler) => runClientScenario(RETRY_AFTER_BASELINE, { client: c, seed: 3, realLimitMs: 10_000 });

describe('client mode', () => {
  it('passes the reference client, on virtual time: 3 Retry-After waits cost milliseconds', async () => {
    const result = await run(reference);
    expect(result.problems).toEqual([]);
    expect(result.attempts.map((a) => a.decision.action)).toEqual(['retry', 'retry', 'retry', 'accept']);
    expect(result.attempts.slice(0, 3).every((a) => a.decision.action === 'retry' && a.decision.delayMs >= 2_000)).toBe(
      true,
    );
    expect(result.virtualMs).toBeGreaterThanOrEqual(6_000);
  });

  it('is byte-for-byte reproducible from the seed', async () => {
    const [a, b] = [await run(reference), await run(reference)];
    expect(JSON.stringify(b.trace.events)).toBe(JSON.stringify(a.trace.events));
  });

  it('catches a client that ignores Retry-After, and names the rule', async () => {
    const impatient = client('impatient', async (task, env) => {
      for (;;) {
        const res = await post(env, '/api/v2/sessions', session(task.prompt));
        if (res.status !== 429) return { outcome: 'gave_up', reason: 'stop' };
      }
    });
    const result = await run(impatient);
    expect(result.grade).toBe('fail');
    expect(result.problems.join('\n')).toMatch(/expected retry after ≥ 2,000 ms \(rule retry-after/);
  });

  const bad: Array<[string, ClientHandler['run'], RegExp]> = [
    [
      'throws',
      async () => {
        throw new Error('boom in the client');
      },
      /the client threw: Error: boom in the client/,
    ],
    [
      'returns garbage',
      async () => ({ outcome: 'done' }) as unknown as ClientResult,
      /the client returned \{"outcome":"done"\}, not a result/,
    ],
    [
      'waits on nothing',
      () => new Promise(() => undefined),
      /waits on nothing: no request in flight and no timer pending/,
    ],
    [
      'polls past its budget',
      async (_task, env) => {
        for (;;) await env.sleep(60_000);
      },
      /was still running after 240 min of virtual time/,
    ],
    [
      'calls an unknown endpoint',
      async (_task, env) => {
        await fetch(`${env.baseUrl}/v2/sessions`).catch(() => undefined);
        return { outcome: 'gave_up', reason: 'x' };
      },
      /the client called GET https:\/\/api\.hcompany\.test\/v2\/sessions, which the hcompany simulator does not know/,
    ],
    [
      'sends a malformed body',
      async (_task, env) => {
        await post(env, '/api/v2/sessions', '{"messages": ');
        return { outcome: 'gave_up', reason: 'x' };
      },
      /POST \/api\/v2\/sessions \(request 1\): the body is not JSON/,
    ],
    [
      'keeps sending after it returned',
      async (task, env) => {
        setTimeout(() => void post(env, '/api/v2/sessions', session(task.prompt)).catch(() => undefined), 5_000);
        return { outcome: 'gave_up', reason: 'x' };
      },
      /request 1 \(POST \/api\/v2\/sessions\) was sent 5000 ms into the run, after the client had returned/,
    ],
  ];
  it.each(bad)(
    'fails a client that %s with a clear message, and restores the clock',
    async (_name, body, message) => {
      const before = setTimeout;
      const result = await run(client('bad', body));
      expect(result.grade).toBe('fail');
      expect(result.problems.join('\n')).toMatch(message);
      expect(setTimeout).toBe(before);
    },
    30_000,
  );

  it('never lets the API key into the trace or the problems', async () => {
    const leaky = client('leaky', async (_task, env) => ({ outcome: 'gave_up', reason: `key ${env.apiKey}` }));
    const result = await run(leaky);
    const text = JSON.stringify({ events: result.trace.events, problems: result.problems });
    expect(text).not.toContain('hai_live_CANARY');
  });
});
