import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from '@playwright/test';
import { listeningPorts } from '../../harness/bench/processes.ts';
import { resolveBrowser } from '../../harness/runner/browser-path.ts';
import { startFaultyProxy } from '../../mocks/proxy/index.ts';
import { startFixtureSite, type FixtureSite } from '../../mocks/site/server.ts';

const PASSWORD = 'canary-proxy-password-5551';
let browser: Browser;
let site: FixtureSite;

beforeAll(async () => {
  site = await startFixtureSite();
  browser = await chromium.launch({ executablePath: resolveBrowser(process.env, chromium.executablePath()).executablePath });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Loads the data page through the proxy; returns the status or the first line of the error. */
async function load(proxyUrl: string, timeout = 3000): Promise<string> {
  const context = await browser.newContext({ proxy: { server: proxyUrl, username: 'agent', password: PASSWORD } });
  try {
    const response = await (await context.newPage()).goto(site.url('/data'), { timeout });
    return `status ${response?.status()}`;
  } catch (error) {
    return (error as Error).message.split('\n')[0]!;
  } finally {
    await context.close();
  }
}

/** Opens a CONNECT tunnel through the proxy (as a browser does for https://) and sends a GET through it. */
function throughTunnel(proxyPort: number, target: URL): Promise<string> {
  return new Promise((resolve) => {
    const auth = Buffer.from(`agent:${PASSWORD}`).toString('base64');
    const connect = request({ host: '127.0.0.1', port: proxyPort, method: 'CONNECT', path: target.host, headers: { 'proxy-authorization': `Basic ${auth}` } });
    connect.on('connect', (response, socket) => {
      if (response.statusCode !== 200) return resolve(`CONNECT ${response.statusCode}`);
      socket.write(`GET ${target.pathname} HTTP/1.1\r\nHost: ${target.host}\r\nConnection: close\r\n\r\n`);
      let text = '';
      socket.on('data', (chunk) => (text += chunk));
      socket.on('end', () => resolve(text.split('\r\n')[0]!));
      socket.on('error', (error) => resolve(`tunnel ${error.message}`));
    });
    connect.on('error', (error) => resolve(`error ${(error as NodeJS.ErrnoException).code}`));
    connect.end();
  });
}

describe('faulty proxy, CONNECT tunnels (what https:// pages use)', () => {
  it.each<[string, Record<string, unknown> | null, RegExp]>([
    ['healthy', null, /^HTTP\/1\.1 200 OK$/],
    ['refuse', { toxic: 'refuse' }, /error ECONNRESET/],
    ['407', { toxic: 'auth_required' }, /CONNECT 407/],
    ['502', { toxic: 'error_status', status: 502 }, /CONNECT 502/],
  ])('%s', async (_name, spec, seen) => {
    const proxy = await startFaultyProxy({ auth: { username: 'agent', password: PASSWORD } });
    try {
      if (spec) proxy.arm({ ...spec, toxic: String(spec.toxic) });
      expect(await throughTunnel(proxy.port, new URL(site.url('/data')))).toMatch(seen);
    } finally {
      await proxy.close();
    }
  });
});

describe('faulty proxy, through real Chromium', () => {
  it.each<[string, Record<string, unknown>, RegExp]>([
    ['refuse', { toxic: 'refuse' }, /net::ERR_(CONNECTION_RESET|PROXY_CONNECTION_FAILED|SOCKET_NOT_CONNECTED)/],
    ['reset mid-response', { toxic: 'reset' }, /net::ERR_CONNECTION_RESET/],
    ['407', { toxic: 'auth_required' }, /status 407/],
    ['502', { toxic: 'error_status', status: 502 }, /status 502/],
    ['403', { toxic: 'error_status', status: 403 }, /status 403/],
    ['latency past the timeout', { toxic: 'latency', ms: 1500 }, /Timeout 300ms exceeded/],
  ])('%s: the page sees it, the stats prove it', async (_name, spec, seen) => {
    const proxy = await startFaultyProxy({ auth: { username: 'agent', password: PASSWORD } });
    try {
      proxy.arm({ ...spec, toxic: String(spec.toxic), times: 'always' });
      expect(await load(proxy.url, spec.toxic === 'latency' ? 300 : 3000)).toMatch(seen);
      expect(proxy.stats().fired[String(spec.toxic)]).toBeGreaterThan(0);
    } finally {
      await proxy.close();
    }
  });

  it('a counted toxic fails N connections, then the proxy is healthy', async () => {
    const proxy = await startFaultyProxy({ auth: { username: 'agent', password: PASSWORD } });
    try {
      proxy.arm({ toxic: 'error_status', status: 502, times: 2 });
      expect([await load(proxy.url), await load(proxy.url), await load(proxy.url)]).toEqual(['status 502', 'status 502', 'status 200']);
      expect(proxy.stats().fired).toEqual({ error_status: 2 });
    } finally {
      await proxy.close();
    }
  });

  it('a wrong password gets a 407; the password never shows in stats or errors', async () => {
    const proxy = await startFaultyProxy({ auth: { username: 'agent', password: 'another-password' } });
    try {
      expect(await load(proxy.url)).toBe('status 407');
      expect(JSON.stringify(proxy.stats())).not.toContain(PASSWORD);
      expect(() => proxy.arm({ toxic: 'latency', ms: -1 })).toThrow(/toxic "latency": ms: /);
    } finally {
      await proxy.close();
    }
  });

  it('refuses an unknown toxic with the list of known ones', async () => {
    const proxy = await startFaultyProxy();
    try {
      expect(() => proxy.arm({ toxic: 'explode' })).toThrow(/unknown toxic "explode"; expected one of: refuse, reset, latency, throttle, auth_required, error_status/);
    } finally {
      await proxy.close();
    }
  });

  it('close() leaves no listening port, even with a hung connection', async () => {
    const before = listeningPorts();
    const proxy = await startFaultyProxy();
    proxy.arm({ toxic: 'latency', ms: 60_000 });
    const hung = load(proxy.url, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await proxy.close();
    await hung;
    expect([...listeningPorts()].filter((p) => !before.has(p))).toEqual([]);
  });
});
