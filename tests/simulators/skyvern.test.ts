import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { listenOnLoopback } from '../../mocks/net/listen.ts';
import { RunSchema, SkyvernErrorSchema } from '../../mocks/skyvern/schema.ts';
import { signWebhook } from '../../mocks/skyvern/webhook.ts';
import { KEY, mount, send, useSimulatorWorld } from './helpers.ts';

const world = useSimulatorWorld();
const BASE = 'https://api.skyvern.test';
const headers = { 'content-type': 'application/json', 'x-api-key': KEY };
const runTask = (body: unknown) => send(world.clock(), `${BASE}/v1/run/tasks`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('Skyvern simulator', () => {
  it('moves a run through created → queued → running → the fate\'s end, every poll a valid run object', async () => {
    mount('skyvern', { next: () => ({ type: 'final', fault: 'test', body: { status: 'terminated', failure_reason: 'Login failed', output: { error: 'login_failed' } } }) });
    const run = RunSchema.parse(await (await runTask({ prompt: 'Log in' })).json());
    expect(run.status).toBe('created');
    const statuses: string[] = [];
    for (let i = 0; i < 30 && statuses.at(-1) !== 'terminated'; i++) {
      await world.clock().tickAsync(1_000);
      const polled = RunSchema.parse(await (await send(world.clock(), `${BASE}/v1/runs/${run.run_id}`, { headers })).json());
      if (statuses.at(-1) !== polled.status) statuses.push(polled.status);
    }
    expect(statuses).toEqual(['queued', 'running', 'terminated']);
  });

  it('posts a signed webhook to a loopback receiver when the run ends', async () => {
    const received: Array<{ body: string; signature: string; timestamp: string }> = [];
    const receiver = await listenOnLoopback(createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c)).on('end', () => {
        received.push({ body, signature: String(req.headers['x-skyvern-signature']), timestamp: String(req.headers['x-skyvern-timestamp']) });
        res.end('ok');
      });
    }));
    try {
      const sim = mount('skyvern');
      await runTask({ prompt: 'Find the price', webhook_callback_url: `http://127.0.0.1:${receiver.port}/hook` });
      for (let i = 0; i < 40 && received.length === 0; i++) {
        await world.clock().tickAsync(1_000);
        await new Promise((r) => setImmediate(r));
        while (sim.core.busy > 0) await new Promise((r) => setImmediate(r));
      }
      expect(received).toHaveLength(1);
      const [hook] = received;
      expect(RunSchema.parse(JSON.parse(hook!.body)).status).toBe('completed');
      expect(hook!.signature).toBe(signWebhook(KEY, hook!.timestamp, hook!.body));
      expect(sim.core.attempts[0]!.observedAtMs).toBeGreaterThan(0);
    } finally {
      await receiver.close();
    }
  });

  it('answers a missing prompt with a 422 detail list, a malformed body too, and a non-loopback webhook is refused', async () => {
    const sim = mount('skyvern');
    for (const body of [{}, '{oops', { prompt: 'x', webhook_callback_url: 'https://example.com/hook' }]) {
      const answer = await runTask(body);
      expect(answer.status).toBe(422);
      SkyvernErrorSchema.parse(await answer.json());
    }
    expect(sim.core.misuse).toHaveLength(3);
  });
});
