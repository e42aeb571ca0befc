import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chromium, type Browser } from '@playwright/test';
import { listeningPorts } from '../../harness/bench/processes.ts';
import { resolveBrowser } from '../../harness/shared/browser-path.ts';
import { closedPort } from '../../mocks/net/listen.ts';
import { startFaultyProxy, type ArmSpec, type FaultyProxy } from '../../mocks/proxy/index.ts';
import { startFixtureSite, type FixtureSite } from '../../mocks/site/server.ts';
import { startHttpsSite, type HttpsSite } from './https-site.ts';

/** The proxy's own password: a canary that must never show up in anything the proxy produces. */
const SECRET = 'canary-proxy-secret-5551';
const AUTH = { username: 'agent', password: SECRET };
type Scheme = 'http' | 'https';

let browser: Browser;
let site: FixtureSite;
let secure: HttpsSite;
beforeAll(async () => {
  [site, secure] = await Promise.all([startFixtureSite(), startHttpsSite()]);
  browser = await chromium.launch({
    executablePath: resolveBrowser(process.env, chromium.executablePath()).executablePath,
  });
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), secure?.close()]);
});

const target = (scheme: Scheme, path = '/data') => (scheme === 'http' ? site.url(path) : secure.url(path));

/**
 * Loads a page in a fresh context going through `proxyUrl` with the given credentials; returns
 * what the page saw (`status N`, the `net::ERR_*`, or `timeout`) and how long it took.
 */
async function visit(proxyUrl: string, url: string, { timeout = 3000, password = SECRET } = {}) {
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    proxy: { server: proxyUrl, username: 'agent', password },
  });
  const started = Date.now();
  try {
    const response = await (await context.newPage()).goto(url, { timeout });
    return { seen: `status ${response?.status()}`, ms: Date.now() - started, body: (await response?.text()) ?? '' };
  } catch (error) {
    const message = (error as Error).message;
    return {
      seen: /net::ERR_[A-Z_]+/.exec(message)?.[0] ?? (/Timeout \d+ms exceeded/.test(message) ? 'timeout' : message),
      ms: Date.now() - started,
      body: message,
    };
  } finally {
    await context.close();
  }
}

/** Runs `body` with a fresh authenticated proxy, and always closes it. */
async function withProxy<T>(body: (proxy: FaultyProxy) => Promise<T>, auth = AUTH): Promise<T> {
  const proxy = await startFaultyProxy({ auth });
  try {
    return await body(proxy);
  } finally {
    await proxy.close();
  }
}

// One row per toxic and scheme: what Chromium (headless shell 156) really reports. Keep in sync
// with the table in mocks/proxy/index.ts.
const PER_TOXIC: Array<[string, Scheme, ArmSpec, string, { timeout?: number; minMs?: number }?]> = [
  ['refuse', 'http', { toxic: 'refuse' }, 'net::ERR_CONNECTION_RESET'],
  ['refuse', 'https', { toxic: 'refuse' }, 'net::ERR_CONNECTION_RESET'],
  ['reset mid-response', 'http', { toxic: 'reset' }, 'net::ERR_CONNECTION_RESET'],
  ['reset mid-response', 'https', { toxic: 'reset' }, 'net::ERR_CONNECTION_RESET'],
  ['407 with Proxy-Authenticate', 'http', { toxic: 'auth_required' }, 'status 407'],
  ['407 with Proxy-Authenticate (CONNECT hangs)', 'https', { toxic: 'auth_required' }, 'timeout', { timeout: 1000 }],
  ['407 without Proxy-Authenticate', 'http', { toxic: 'auth_required', challenge: false }, 'status 407'],
  [
    '407 without Proxy-Authenticate',
    'https',
    { toxic: 'auth_required', challenge: false },
    'net::ERR_PROXY_AUTH_UNSUPPORTED',
  ],
  ['502 bad gateway', 'http', { toxic: 'bad_gateway' }, 'status 502'],
  ['502 bad gateway', 'https', { toxic: 'bad_gateway' }, 'net::ERR_TUNNEL_CONNECTION_FAILED'],
  ['403 forbidden', 'http', { toxic: 'forbidden' }, 'status 403'],
  ['403 forbidden', 'https', { toxic: 'forbidden' }, 'net::ERR_TUNNEL_CONNECTION_FAILED'],
  ['latency past the navigation timeout', 'http', { toxic: 'latency', ms: 1500 }, 'timeout', { timeout: 300 }],
  ['latency past the navigation timeout', 'https', { toxic: 'latency', ms: 1500 }, 'timeout', { timeout: 300 }],
  ['latency under the timeout', 'http', { toxic: 'latency', ms: 300 }, 'status 200', { minMs: 300 }],
  ['throttle 4 kB/s', 'http', { toxic: 'throttle', kbps: 4 }, 'status 200', { minMs: 200 }],
  ['throttle 4 kB/s (TLS handshake bytes too)', 'https', { toxic: 'throttle', kbps: 4 }, 'status 200', { minMs: 800 }],
];

describe('each toxic through real Chromium, http:// and https:// (CONNECT)', () => {
  it.each(PER_TOXIC)(
    '%s, %s, armed %j: the page sees %s',
    async (_name, scheme, spec, seen, { timeout, minMs = 0 } = {}) => {
      await withProxy(async (proxy) => {
        proxy.arm({ ...spec, times: 'always' });
        const result = await visit(proxy.url, target(scheme), { timeout });
        expect(result.seen).toBe(seen);
        expect(result.ms).toBeGreaterThanOrEqual(minMs);
        const stats = proxy.stats();
        expect(Object.keys(stats.byToxic)).toEqual([spec.toxic]);
        expect(stats.byToxic[spec.toxic]).toBe(stats.connections); // every connection got the toxic
        expect(stats.passed).toBe(0);
      });
    },
  );

  it.each<[Scheme]>([['http'], ['https']])(
    'healthy, %s: the page loads, through the proxy (loopback is not bypassed)',
    async (scheme) => {
      await withProxy(async (proxy) => {
        expect((await visit(proxy.url, target(scheme))).seen).toBe('status 200');
        expect(proxy.stats()).toMatchObject({ byToxic: {} });
        expect(proxy.stats().passed).toBeGreaterThan(0);
      });
    },
  );

  it.each<[Scheme, string]>([
    ['http', 'net::ERR_PROXY_CONNECTION_FAILED'],
    ['https', 'net::ERR_PROXY_CONNECTION_FAILED'],
  ])('nothing listening on the proxy port, %s: %s', async (scheme, seen) => {
    expect((await visit(`http://127.0.0.1:${await closedPort()}`, target(scheme))).seen).toBe(seen);
  });

  it.each<[Scheme, string]>([
    ['http', 'status 407'],
    ['https', 'timeout'],
  ])('a wrong password, %s: %s; no toxic is counted', async (scheme, seen) => {
    await withProxy(async (proxy) => {
      expect((await visit(proxy.url, target(scheme), { timeout: 1000, password: 'wrong-password' })).seen).toBe(seen);
      expect(proxy.stats().byToxic).toEqual({});
    });
  });

  it.each<[string, string]>([
    ['http://192.0.2.1/data', 'status 403'],
    ['https://192.0.2.1/data', 'net::ERR_TUNNEL_CONNECTION_FAILED'],
  ])('a target off loopback (%s) is refused by the proxy: %s', async (url, seen) => {
    await withProxy(async (proxy) => {
      const result = await visit(proxy.url, url);
      expect(result.seen).toBe(seen);
      if (url.startsWith('http:')) expect(result.body).toContain('forwards only to loopback targets');
    });
  });
});

describe('counted toxics fail N connections, then the proxy is healthy', () => {
  it.each<[string, Scheme, ArmSpec, string[]]>([
    [
      'refuse ×2',
      'http',
      { toxic: 'refuse', times: 2 },
      ['net::ERR_CONNECTION_RESET', 'net::ERR_CONNECTION_RESET', 'status 200'],
    ],
    [
      'bad_gateway ×2',
      'https',
      { toxic: 'bad_gateway', times: 2 },
      ['net::ERR_TUNNEL_CONNECTION_FAILED', 'net::ERR_TUNNEL_CONNECTION_FAILED', 'status 200'],
    ],
    ['forbidden ×1', 'http', { toxic: 'forbidden', times: 1 }, ['status 403', 'status 200']],
    [
      'auth_required ×1: Chromium answers the challenge with its credentials',
      'http',
      { toxic: 'auth_required', times: 1 },
      ['status 200'],
    ],
    [
      'auth_required ×1: Chromium answers the challenge with its credentials',
      'https',
      { toxic: 'auth_required', times: 1 },
      ['status 200'],
    ],
  ])('%s, %s', async (_name, scheme, spec, seen) => {
    await withProxy(async (proxy) => {
      proxy.arm(spec);
      const results: string[] = [];
      for (const _ of seen) results.push((await visit(proxy.url, target(scheme))).seen);
      expect(results).toEqual(seen);
      expect(proxy.stats().byToxic).toEqual({ [spec.toxic]: spec.times });
      expect(proxy.stats().passed).toBeGreaterThan(0);
    });
  });
});

describe('arm() refuses bad input with the toxic, the field and what was expected', () => {
  let proxy: FaultyProxy;
  beforeAll(async () => (proxy = await startFaultyProxy()));
  afterAll(() => proxy?.close());

  it.each<[string, unknown, RegExp]>([
    [
      'unknown toxic',
      { toxic: 'explode' },
      /toxic: unknown toxic "explode"; expected one of: refuse, reset, auth_required, bad_gateway, forbidden, latency, throttle$/,
    ],
    ['no toxic', {}, /arm\(\): toxic: .*expected string/],
    ['times 0', { toxic: 'refuse', times: 0 }, /arm\(\): times: .*/],
    ['times as text', { toxic: 'refuse', times: 'twice' }, /arm\(\): times: /],
    ['latency without ms', { toxic: 'latency' }, /toxic "latency": ms: .*expected number/],
    ['negative latency', { toxic: 'latency', ms: -1 }, /toxic "latency": ms: Too small/],
    ['throttle of 0', { toxic: 'throttle', kbps: 0 }, /toxic "throttle": kbps: Too small/],
    ['reset after text', { toxic: 'reset', afterBytes: 'x' }, /toxic "reset": afterBytes: .*expected number/],
    [
      'challenge as text',
      { toxic: 'auth_required', challenge: 'no' },
      /toxic "auth_required": challenge: .*expected boolean/,
    ],
    [
      'a parameter the toxic has not',
      { toxic: 'bad_gateway', status: 500 },
      /toxic "bad_gateway": .*Unrecognized key: "status"/,
    ],
  ])('%s', (_name, spec, message) => {
    expect(() => proxy.arm(spec as ArmSpec)).toThrow(message);
    expect(proxy.stats()).toEqual({ connections: 0, byToxic: {}, passed: 0 });
  });
});

describe('the secret and the sockets', () => {
  it('the proxy password never shows in pages, errors, stats or output', async () => {
    const output: string[] = [];
    const record = (chunk: unknown) => void output.push(String(chunk));
    const spies = [
      vi.spyOn(process.stdout, 'write'),
      vi.spyOn(process.stderr, 'write'),
      vi.spyOn(console, 'log'),
      vi.spyOn(console, 'error'),
    ];
    for (const spy of spies) spy.mockImplementation(((chunk: unknown) => (record(chunk), true)) as never);
    try {
      await withProxy(async (proxy) => {
        for (const scheme of ['http', 'https'] as const) {
          for (const password of [SECRET, 'wrong-password'])
            output.push(JSON.stringify(await visit(proxy.url, target(scheme), { timeout: 1000, password })));
          output.push(JSON.stringify(await visit(proxy.url, `${scheme}://192.0.2.1/`)));
        }
        proxy.arm({ toxic: 'auth_required', times: 'always' });
        output.push(JSON.stringify(await visit(proxy.url, target('http'))));
        try {
          proxy.arm({ toxic: 'latency', ms: -1, password: SECRET });
        } catch (error) {
          output.push((error as Error).message);
        }
        output.push(JSON.stringify(proxy.stats()), proxy.url);
      });
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(output.join('\n')).toContain('status 407');
    expect(output.join('\n')).not.toContain(SECRET);
  });

  it('close() destroys a hung connection, never hangs, and leaves no listening socket', async () => {
    // Node drops a closed server from its resource list a tick after close() resolves: poll.
    const servers = () => process.getActiveResourcesInfo().filter((r) => r === 'TCPServerWrap').length;
    await new Promise((resolve) => setTimeout(resolve, 50)); // earlier tests' servers are gone
    const before = servers();
    const proxy = await startFaultyProxy({ auth: AUTH });
    expect(servers()).toBe(before + 2); // the TCP layer and proxy-chain behind it
    proxy.arm({ toxic: 'latency', ms: 60_000, times: 'always' });
    const hung = visit(proxy.url, target('http'), { timeout: 10_000 });
    await vi.waitUntil(() => proxy.stats().connections > 0, { timeout: 2000 });
    const started = Date.now();
    await proxy.close();
    expect(Date.now() - started).toBeLessThan(1000);
    expect((await hung).seen).toMatch(/^net::ERR_/);
    await vi.waitUntil(() => servers() === before, { timeout: 500 });
    expect(listeningPorts().has(Number(new URL(proxy.url).port))).toBe(false);
  });
});
