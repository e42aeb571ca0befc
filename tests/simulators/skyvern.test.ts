import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { listenOnLoopback } from '../../mocks/net/listen.ts';
import { SkyvernErrorSchema, TaskRunResponseSchema } from '../../mocks/skyvern/schema.ts';
import { KEY, mount, send, useSimulatorWorld } from './helpers.ts';

const world = useSimulatorWorld();
const BASE = 'https://api.skyvern.test';
const headers = { 'content-type': 'application/json', 'x-api-key': KEY };
const runTask = (body: unknown, extra: Record<string, string> = {}) =>
  send(world.clock(), `${BASE}/v1/run/tasks`, {
    method: 'POST',
    headers: { ...headers, ...extra },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const getRun = (id: string) => send(world.clock(), `${BASE}/v1/runs/${id}`, { headers });
const cancel = (id: string) => send(world.clock(), `${BASE}/v1/runs/${id}/cancel`, { method: 'POST', headers });

describe('Skyvern simulator', () => {
  it("moves a run through created → queued → running → the fate's end, every answer a full TaskRunResponse", async () => {
    mount('skyvern', {
      next: () => ({
        type: 'final',
        fault: 'test',
        body: { status: 'terminated', failure_reason: 'Login failed', output: { error: 'login_failed' } },
      }),
    });
    const run = TaskRunResponseSchema.parse(await (await runTask({ prompt: 'Log in' })).json());
    expect(run).toMatchObject({
      status: 'created',
      run_type: 'task_v1',
      run_request: { prompt: 'Log in', engine: 'skyvern-1.0' },
    });
    const statuses: string[] = [];
    for (let i = 0; i < 30 && statuses.at(-1) !== 'terminated'; i++) {
      await world.clock().tickAsync(1_000);
      const polled = TaskRunResponseSchema.parse(await (await getRun(run.run_id)).json());
      if (statuses.at(-1) !== polled.status) statuses.push(polled.status);
    }
    expect(statuses).toEqual(['queued', 'running', 'terminated']);
  });

  it('gives a skyvern-2.0 run a tsk_v2_ id and run_type task_v2, and tolerates fields it does not know', async () => {
    mount('skyvern');
    const run = TaskRunResponseSchema.parse(
      await (await runTask({ prompt: 'p', engine: 'skyvern-2.0', some_future_field: 1 })).json(),
    );
    expect(run.run_id).toMatch(/^tsk_v2_\d{18}$/);
    expect(run.run_type).toBe('task_v2');
  });

  it('cancels a running run (200 null): it then reads canceled; a second cancel is a 400', async () => {
    mount('skyvern');
    const run = TaskRunResponseSchema.parse(await (await runTask({ prompt: 'p' })).json());
    const canceled = await cancel(run.run_id);
    expect([canceled.status, await canceled.json()]).toEqual([200, null]);
    expect(TaskRunResponseSchema.parse(await (await getRun(run.run_id)).json())).toMatchObject({
      status: 'canceled',
      finished_at: expect.any(String),
    });
    const again = await cancel(run.run_id);
    expect(again.status).toBe(400);
    expect(SkyvernErrorSchema.parse(await again.json())).toEqual({
      detail: `Invalid task status transition to canceled for ${run.run_id} because task is already canceled`,
    });
    expect((await cancel('tsk_404')).status).toBe(404);
  });

  it('posts the webhook to webhook_url when the run ends, signed over the raw body with the API key', async () => {
    const received: Array<{ body: string; headers: Record<string, unknown> }> = [];
    const receiver = await listenOnLoopback(
      createServer((req, res) => {
        let body = '';
        req
          .on('data', (c) => (body += c))
          .on('end', () => {
            received.push({ body, headers: req.headers });
            res.end('ok');
          });
      }),
    );
    try {
      const sim = mount('skyvern');
      await runTask({ prompt: 'Find the price', webhook_url: `http://127.0.0.1:${receiver.port}/hook` });
      for (let i = 0; i < 40 && received.length === 0; i++) {
        await world.clock().tickAsync(1_000);
        await new Promise((r) => setImmediate(r));
        while (sim.core.busy > 0) await new Promise((r) => setImmediate(r));
      }
      expect(received).toHaveLength(1);
      expect(JSON.parse(received[0]!.body)).toMatchObject({
        status: 'completed',
        webhook_callback_url: `http://127.0.0.1:${receiver.port}/hook`,
      });
      expect(received[0]!.headers).toMatchObject({
        'x-skyvern-signature': expect.stringMatching(/^[0-9a-f]{64}$/),
        'x-skyvern-timestamp': expect.stringMatching(/^\d+$/),
      });
      expect(sim.core.attempts[0]!.observedAtMs).toBeGreaterThan(0);
    } finally {
      await receiver.close();
    }
  });

  it('answers a bad body with a FastAPI 422, a missing or unknown key with 403 "Invalid credentials", and an unknown run with 404', async () => {
    const sim = mount('skyvern');
    const cases: Array<[unknown, object]> = [
      [{}, { type: 'missing', loc: ['body', 'prompt'], msg: 'Field required' }],
      ['{oops', { type: 'json_invalid', loc: ['body', 1] }],
      [
        { prompt: 'x', max_steps: 'ten' },
        { loc: ['body', 'max_steps'], input: 'ten' },
      ],
      [
        { prompt: 'x', engine: 'skyvern-9' },
        { type: 'enum', loc: ['body', 'engine'] },
      ],
      [
        { prompt: 'x', webhook_url: 'https://example.com/hook' },
        { type: 'value_error', loc: ['body', 'webhook_url'] },
      ],
    ];
    for (const [body, issue] of cases) {
      const answer = await runTask(body);
      expect(answer.status).toBe(422);
      expect(SkyvernErrorSchema.parse(await answer.json())).toMatchObject({ detail: [issue] });
    }
    expect(sim.core.misuse).toHaveLength(cases.length);
    const noKey = await send(world.clock(), `${BASE}/v1/run/tasks`, { method: 'POST', body: '{"prompt":"x"}' });
    expect([noKey.status, await noKey.json()]).toEqual([403, { detail: 'Invalid credentials' }]);
    expect(await (await getRun('tsk_1')).json()).toEqual({ detail: 'Task run not found tsk_1' });
  });
});
