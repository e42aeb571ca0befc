import { describe, expect, it } from 'vitest';
import { BrowserSchema, ExecuteResultSchema, GatewayErrorSchema } from '../../mocks/webcompute/schema.ts';
import { MAX_OPEN_BROWSERS } from '../../mocks/webcompute/simulator.ts';
import { jsonInit, mount, send, useSimulatorWorld } from './helpers.ts';

const world = useSimulatorWorld();
const BASE = 'https://api.webcompute.test';
const post = (path: string, body: unknown) => send(world.clock(), `${BASE}${path}`, jsonInit(body));

describe('Webcompute simulator', () => {
  it('runs a browser through creating → configuring → ready; execute answers 409 browser_configuring until ready', async () => {
    mount('webcompute');
    const browser = BrowserSchema.parse(await (await post('/v1/browsers', {})).json());
    expect(browser.status).toBe('creating');
    const early = await post(`/v1/browsers/${browser.id}/playwright/execute`, { code: 'return 1' });
    expect(early.status).toBe(409);
    expect(GatewayErrorSchema.parse(await early.json())).toMatchObject({ code: 'browser_configuring', retryable: true });
    await world.clock().tickAsync(3_000);
    const ready = BrowserSchema.parse(await (await send(world.clock(), `${BASE}/v1/browsers/${browser.id}`, jsonInit(undefined, {}, 'GET'))).json());
    expect(ready.status).toBe('ready');
    const result = ExecuteResultSchema.parse(await (await post(`/v1/browsers/${browser.id}/playwright/execute`, { code: 'return 1' })).json());
    expect(result.success).toBe(true);
  });

  it(`answers 429 CONCURRENT_LIMIT past ${MAX_OPEN_BROWSERS} open browsers and 409 BROWSER_WRONG_STATE on a closed one`, async () => {
    mount('webcompute');
    const ids: string[] = [];
    for (let i = 0; i < MAX_OPEN_BROWSERS; i++) ids.push((await (await post('/v1/browsers', {})).json()).id);
    const limited = await post('/v1/browsers', {});
    expect(limited.status).toBe(429);
    expect(GatewayErrorSchema.parse(await limited.json())).toMatchObject({ code: 'CONCURRENT_LIMIT', next: 'retry' });
    expect(limited.headers.get('retry-after')).toBe('5');
    await send(world.clock(), `${BASE}/v1/browsers/${ids[0]}`, jsonInit(undefined, {}, 'DELETE'));
    const closed = await post(`/v1/browsers/${ids[0]}/playwright/execute`, { code: 'x' });
    expect(GatewayErrorSchema.parse(await closed.json())).toMatchObject({ code: 'BROWSER_WRONG_STATE' });
  });

  it('answers a bad key and a malformed body with gateway envelopes (401 authenticate, 400 change_request)', async () => {
    mount('webcompute');
    const noKey = await send(world.clock(), `${BASE}/v1/browsers`, { method: 'POST', body: '{}' });
    expect(GatewayErrorSchema.parse(await noKey.json())).toMatchObject({ code: 'UNAUTHORIZED', next: 'authenticate', retryable: false });
    const broken = await post('/v1/browsers', '{"proxy": ');
    expect(broken.status).toBe(400);
    expect(GatewayErrorSchema.parse(await broken.json())).toMatchObject({ code: 'INVALID_PARAMS', next: 'change_request' });
  });
});
