import { describe, expect, it } from 'vitest';
import { takeUnhandled } from '../../harness/runner/client/msw-server.ts';
import { HErrorSchema, SessionSchema, ChangesSchema } from '../../mocks/hcompany/schema.ts';
import { MAX_CONCURRENT_SESSIONS } from '../../mocks/hcompany/simulator.ts';
import { jsonInit, mount, send, useSimulatorWorld } from './helpers.ts';

const world = useSimulatorWorld();
const BASE = 'https://api.hcompany.test';
const create = (body: unknown = { messages: 'Find the price' }, headers: Record<string, string> = {}) => send(world.clock(), `${BASE}/v1/sessions`, jsonInit(body, headers));

describe('H Company simulator', () => {
  it('creates a session that goes pending → running → completed, each answer a valid session object', async () => {
    mount('hcompany');
    const created = await create();
    expect(created.status).toBe(201);
    const session = SessionSchema.parse(await created.json());
    expect(session.status).toBe('pending');
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const polled = SessionSchema.parse(await (await send(world.clock(), `${BASE}/v1/sessions/${session.id}`, jsonInit(undefined, {}, 'GET'))).json());
      seen.add(polled.status);
      if (polled.status === 'completed') break;
      await world.clock().tickAsync(1_000);
    }
    expect([...seen]).toEqual(expect.arrayContaining(['running', 'completed']));
  });

  it('answers the changes long-poll when the status changes', async () => {
    mount('hcompany');
    const session = SessionSchema.parse(await (await create()).json());
    const changes = ChangesSchema.parse(await (await send(world.clock(), `${BASE}/v1/sessions/${session.id}/changes?cursor=0&wait_s=30`, jsonInit(undefined, {}, 'GET'))).json());
    expect(changes).toMatchObject({ changed: true, cursor: 1, session: { status: 'running' } });
  });

  it('answers 401 {"detail"} without a key, 422 with a field list for a malformed body, 404 for an unknown session', async () => {
    const sim = mount('hcompany');
    const noKey = await send(world.clock(), `${BASE}/v1/sessions`, { method: 'POST', body: '{}' });
    expect(noKey.status).toBe(401);
    HErrorSchema.parse(await noKey.json());
    const broken = await create('{"messages": ');
    expect(broken.status).toBe(422);
    expect(HErrorSchema.parse(await broken.json()).detail).toEqual([expect.objectContaining({ loc: ['body'] })]);
    const missing = await create({ max_steps: 5 });
    expect(missing.status).toBe(422);
    expect(JSON.stringify(await missing.json())).toContain('messages');
    expect(sim.core.misuse).toHaveLength(2);
    expect((await send(world.clock(), `${BASE}/v1/sessions/ses_nope`, jsonInit(undefined, {}, 'GET'))).status).toBe(404);
  });

  it('honours Idempotency-Key: same body replays, another body is refused, a resend in flight gets 409', async () => {
    mount('hcompany');
    const first = await (await create({ messages: 'a' }, { 'idempotency-key': 'k1' })).json();
    const replay = await (await create({ messages: 'a' }, { 'idempotency-key': 'k1' })).json();
    expect(replay.id).toBe(first.id);
    const other = await create({ messages: 'b' }, { 'idempotency-key': 'k1' });
    expect(other.status).toBe(409);
    const [a, b] = await Promise.all([create({ messages: 'c' }, { 'idempotency-key': 'k2' }), create({ messages: 'c' }, { 'idempotency-key': 'k2' })]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
  });

  it(`answers 429 with Retry-After past ${MAX_CONCURRENT_SESSIONS} running sessions`, async () => {
    mount('hcompany');
    for (let i = 0; i < MAX_CONCURRENT_SESSIONS; i++) expect((await create()).status).toBe(201);
    const limited = await create();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('10');
  });

  it('fails an unknown endpoint and names it', async () => {
    mount('hcompany');
    await expect(fetch(`${BASE}/v1/nope`)).rejects.toThrow();
    expect(takeUnhandled()).toEqual([`GET ${BASE}/v1/nope`]);
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
