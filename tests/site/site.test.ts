import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectWall } from '../../mocks/site/detect.ts';
import { KNOWN_PAGES } from '../../mocks/site/pages.ts';
import { startFixtureSite, type FixtureSite } from '../../mocks/site/server.ts';

let site: FixtureSite;
beforeAll(async () => {
  site = await startFixtureSite();
});
afterAll(async () => site?.close());

describe('fixture site', () => {
  it.each<[string, number, string | null, 'captcha' | 'login' | null]>([
    ['/data', 200, null, null],
    ['/captcha', 200, null, 'captcha'],
    ['/login', 200, null, 'login'],
    ['/maintenance', 503, '120', null],
    ['/rate-limit', 429, '30', null],
    ['/no-selector', 200, null, null],
    ['/off-schema', 200, null, null],
  ])('%s answers %i (Retry-After %s), wall %s', async (path, status, retryAfter, wall) => {
    const response = await fetch(site.url(path));
    expect(response.status).toBe(status);
    expect(response.headers.get('retry-after')).toBe(retryAfter);
    expect(detectWall(await response.text())).toBe(wall);
  });

  it('redirects forever, slowly loads, and serves a large page', async () => {
    expect((await fetch(site.url('/redirect-loop'), { redirect: 'manual' })).status).toBe(302);
    const started = Date.now();
    expect((await fetch(site.url('/slow?ms=150'))).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect((await (await fetch(site.url('/large?kb=200'))).text()).length).toBeGreaterThan(200_000);
  });

  it('names the unknown path and the pages it has', async () => {
    const response = await fetch(site.url('/paywall'));
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(`no fixture page at /paywall; the site has: ${KNOWN_PAGES.join(', ')}`);
  });

  it('counts hits, and close() does not wait for a hung request', async () => {
    const own = await startFixtureSite();
    const hung = fetch(own.url('/hang')).catch(() => 'closed');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(own.hits('/hang')).toBe(1);
    await own.close();
    expect(await hung).toBe('closed');
  });
});
