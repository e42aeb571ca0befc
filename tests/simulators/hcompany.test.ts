import { describe, expect, it } from 'vitest';
import { takeUnhandled } from '../../harness/runner/client/msw-server.ts';
import {
  ChangesSchema,
  HErrorSchema,
  QuotaSchema,
  SessionSchema,
  SessionStatusSchema,
} from '../../mocks/hcompany/schema.ts';
import { MAX_CONCURRENT_SESSIONS } from '../../mocks/hcompany/simulator.ts';
import { jsonInit, mount, send, useSimulatorWorld } from './helpers.ts';

const world = useSimulatorWorld();
const BASE = 'https://api.hcompany.test/api/v2/sessions';
const task = (message = 'Find the price') => ({
  agent: 'h/web-surfer-flash',
  messages: [{ type: 'user_message', message }],
});
const create = (body: unknown = task(), headers: Record<string, string> = {}) =>
  send(world.clock(), BASE, jsonInit(body, headers));
const get = (path: string) => send(world.clock(), `${BASE}${path}`, jsonInit(undefined, {}, 'GET'));

describe('H Company simulator', () => {
  it('creates a session (201, pending) that goes running → completed, each read a valid Session / status', async () => {
    mount('hcompany');
    const created = await create();
    expect(created.status).toBe(201);
    const session = SessionSchema.parse(await created.json());
    expect(session.status.status).toBe('pending');
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const status = SessionStatusSchema.parse(await (await get(`/${session.id}/status`)).json());
      seen.add(status.status);
      if (status.status === 'completed') break;
      await world.clock().tickAsync(1_000);
    }
    expect([...seen]).toEqual(expect.arrayContaining(['running', 'completed']));
    const done = SessionSchema.parse(await (await get(`/${session.id}`)).json());
    expect(done).toMatchObject({
      status: { status: 'completed', outcome: 'success' },
      latest_answer: { product: 'Framework 13', price: 1049 },
    });
  });

  it('answers the changes long-poll when a new event comes, and 204 when none comes in the wait', async () => {
    mount('hcompany');
    const session = SessionSchema.parse(await (await create()).json());
    const changes = ChangesSchema.parse(
      await (await get(`/${session.id}/changes?from_index=0&wait_for_seconds=30`)).json(),
    );
    expect(changes).toMatchObject({ status: 'running', new_events: [{ data: { status: 'running' } }] });
    expect((await get(`/${session.id}/changes?from_index=1`)).status).toBe(204);
  });

  it('answers 401 {"message"} without a key, FastAPI 422s for a bad body, 404 for an unknown session', async () => {
    const sim = mount('hcompany');
    const noKey = await send(world.clock(), BASE, { method: 'POST', body: '{}' });
    expect(noKey.status).toBe(401);
    expect(HErrorSchema.parse(await noKey.json())).toEqual({ message: 'Unauthorized' });
    const broken = await create('{"agent": ');
    expect(broken.status).toBe(422);
    expect(await broken.json()).toMatchObject({ detail: [{ type: 'json_invalid', loc: ['body', 10] }] });
    const missing = await create({ messages: [] });
    expect(await missing.json()).toMatchObject({
      detail: [{ type: 'missing', loc: ['body', 'agent'], msg: 'Field required' }],
    });
    const textMessages = await create({ agent: 'h/web-surfer-flash', messages: 'Find the price' });
    expect(await textMessages.json()).toMatchObject({ detail: [{ type: 'list_type', loc: ['body', 'messages'] }] });
    expect(sim.core.misuse).toHaveLength(3);
    const unknown = await get('/00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ detail: 'Session not found.' });
  });

  it('honours Idempotency-Key: same body replays, another body is refused (422), a resend in flight gets 409', async () => {
    mount('hcompany');
    const first = await (await create(task('a'), { 'idempotency-key': 'k1' })).json();
    const replay = await (await create(task('a'), { 'idempotency-key': 'k1' })).json();
    expect(replay.id).toBe(first.id);
    expect((await create(task('b'), { 'idempotency-key': 'k1' })).status).toBe(422);
    const [a, b] = await Promise.all([
      create(task('c'), { 'idempotency-key': 'k2' }),
      create(task('c'), { 'idempotency-key': 'k2' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect((await create(task('d'), { 'idempotency-key': 'k'.repeat(129) })).status).toBe(422);
  });

  it(`answers 429 past ${MAX_CONCURRENT_SESSIONS} active sessions, and its quota says so`, async () => {
    mount('hcompany');
    for (let i = 0; i < MAX_CONCURRENT_SESSIONS; i++) expect((await create()).status).toBe(201);
    expect((await create()).status).toBe(429);
    expect(QuotaSchema.parse(await (await get('/quota')).json())).toEqual({
      scope: 'user',
      limit: MAX_CONCURRENT_SESSIONS,
      active: MAX_CONCURRENT_SESSIONS,
      available: 0,
    });
  });

  it('DELETE interrupts a running session (204); it then reads interrupted', async () => {
    mount('hcompany');
    const session = SessionSchema.parse(await (await create()).json());
    expect((await send(world.clock(), `${BASE}/${session.id}`, jsonInit(undefined, {}, 'DELETE'))).status).toBe(204);
    expect(SessionStatusSchema.parse(await (await get(`/${session.id}/status`)).json()).status).toBe('interrupted');
  });

  it('fails an unknown endpoint and names it', async () => {
    mount('hcompany');
    await expect(fetch('https://api.hcompany.test/v1/sessions')).rejects.toThrow();
    expect(takeUnhandled()).toEqual(['GET https://api.hcompany.test/v1/sessions']);
  });

  it('answers armed route faults first, as often as armed', async () => {
    const sim = mount('hcompany');
    sim.core.arm({ route: 'create', reply: { status: 503, body: { detail: 'busy' } }, times: 2 });
    expect((await create()).status).toBe(503);
    expect(sim.core.unfiredArms()).toHaveLength(1);
    expect((await create()).status).toBe(503);
    expect((await create()).status).toBe(201);
    expect(sim.core.unfiredArms()).toEqual([]);
  });
});
