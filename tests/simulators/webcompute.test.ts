import { describe, expect, it } from 'vitest';
import {
  BrowserSchema,
  BrowserStatusSnapshotSchema,
  ExecuteResultSchema,
  GatewayErrorSchema,
  ScrapeResultSchema,
} from '../../mocks/webcompute/schema.ts';
import { MAX_OPEN_BROWSERS } from '../../mocks/webcompute/simulator.ts';
import { jsonInit, mount, send, useSimulatorWorld } from './helpers.ts';

const world = useSimulatorWorld();
const BASE = 'https://api.webcompute.test';
const post = (path: string, body: unknown) => send(world.clock(), `${BASE}${path}`, jsonInit(body));
const get = (path: string) => send(world.clock(), `${BASE}${path}`, jsonInit(undefined, {}, 'GET'));

describe('Webcompute simulator', () => {
  it('runs a browser through creating → configuring → ready; execute answers 409 browser_configuring until ready', async () => {
    mount('webcompute');
    const browser = BrowserSchema.parse(await (await post('/v1/browsers', {})).json());
    expect(browser.lifecycleStatus).toBe('creating');
    const early = await post(`/v1/browsers/${browser.id}/playwright/execute`, { code: 'return 1' });
    expect(early.status).toBe(409);
    expect(GatewayErrorSchema.parse(await early.json())).toMatchObject({
      code: 'browser_configuring',
      retryable: true,
      next: 'retry',
    });
    await world.clock().tickAsync(3_000);
    expect(BrowserSchema.parse(await (await get(`/v1/browsers/${browser.id}`)).json()).lifecycleStatus).toBe('ready');
    const result = ExecuteResultSchema.parse(
      await (
        await post(`/v1/browsers/${browser.id}/playwright/execute`, { code: 'return 1', timeoutMs: 30_000 })
      ).json(),
    );
    expect(result.success).toBe(true);
    const status = BrowserStatusSnapshotSchema.parse(await (await get(`/v1/browsers/${browser.id}/status`)).json());
    expect(status).toMatchObject({ browserId: browser.id, activeTab: { tabId: 'tab-1' } });
  });

  it(`answers 429 CONCURRENT_LIMIT past ${MAX_OPEN_BROWSERS} open browsers, and 404 BROWSER_NOT_FOUND (no next) on a closed one`, async () => {
    mount('webcompute');
    const ids: string[] = [];
    for (let i = 0; i < MAX_OPEN_BROWSERS; i++) ids.push((await (await post('/v1/browsers', {})).json()).id);
    const limited = await post('/v1/browsers', {});
    expect(limited.status).toBe(429);
    expect(GatewayErrorSchema.parse(await limited.json())).toMatchObject({ code: 'CONCURRENT_LIMIT', next: 'retry' });
    expect(limited.headers.get('retry-after')).toBe('5');
    await send(world.clock(), `${BASE}/v1/browsers/${ids[0]}`, jsonInit(undefined, {}, 'DELETE'));
    const closed = await post(`/v1/browsers/${ids[0]}/playwright/execute`, { code: 'x' });
    expect(closed.status).toBe(404);
    const envelope = GatewayErrorSchema.parse(await closed.json());
    expect(envelope).toMatchObject({ code: 'BROWSER_NOT_FOUND', retryable: false });
    expect(envelope.next).toBeUndefined();
  });

  it('runs the quick action POST /v1/scrape on an ephemeral browser', async () => {
    const sim = mount('webcompute');
    const scraped = await post('/v1/scrape', { url: 'https://shop.example.test/laptop', maxChars: 2_000 });
    expect(scraped.status).toBe(200);
    expect(ScrapeResultSchema.parse(await scraped.json())).toMatchObject({
      url: 'https://shop.example.test/laptop',
      statusCode: 200,
    });
    expect(sim.core.attempts).toHaveLength(1);
  });

  it('answers a bad key and a bad body with gateway envelopes (401 authenticate, 400 change_request naming the param)', async () => {
    mount('webcompute');
    const noKey = await send(world.clock(), `${BASE}/v1/browsers`, { method: 'POST', body: '{}' });
    expect(GatewayErrorSchema.parse(await noKey.json())).toMatchObject({
      code: 'UNAUTHORIZED',
      next: 'authenticate',
      retryable: false,
    });
    const broken = await post('/v1/browsers', '{"proxy": ');
    expect(broken.status).toBe(400);
    expect(GatewayErrorSchema.parse(await broken.json())).toMatchObject({
      code: 'INVALID_PARAMS',
      next: 'change_request',
    });
    const wrongProxy = await post('/v1/browsers', { proxy: { server: 'http://127.0.0.1:9' } });
    expect(GatewayErrorSchema.parse(await wrongProxy.json())).toMatchObject({ code: 'INVALID_PARAMS', param: 'proxy' });
    const noUrl = await post('/v1/scrape', {});
    expect(GatewayErrorSchema.parse(await noUrl.json())).toMatchObject({ code: 'INVALID_PARAMS', param: 'url' });
  });
});
