import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from '@playwright/test';
import { resolveBrowser } from '../../harness/shared/browser-path.ts';
import { ABORT_CODES, ABORT_CODE_TO_NET_ERROR, armPageFetch } from '../../mocks/site/route-faults.ts';
import { startFixtureSite, type FixtureSite } from '../../mocks/site/server.ts';

let browser: Browser;
let site: FixtureSite;
beforeAll(async () => {
  site = await startFixtureSite();
  browser = await chromium.launch({
    executablePath: resolveBrowser(process.env, chromium.executablePath()).executablePath,
  });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe("in-page faults on the page's own fetch", () => {
  it.each(ABORT_CODES)('route.abort(%s): the page really sees the failure, requestfailed names it', async (code) => {
    const context = await browser.newContext();
    try {
      const record = await armPageFetch(context, { mode: 'abort', code });
      const page = await context.newPage();
      await page.goto(site.url('/data-fetch'));
      await expect.poll(() => page.locator('#slot').innerText()).toMatch(/Price unavailable: TypeError/);
      expect(record.failures).toEqual([ABORT_CODE_TO_NET_ERROR[code]]);
      expect(await page.locator('#price').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('off-schema JSON reaches the page', async () => {
    const context = await browser.newContext();
    try {
      const record = await armPageFetch(context, { mode: 'off_schema' });
      const page = await context.newPage();
      await page.goto(site.url('/data-fetch'));
      await expect.poll(() => page.locator('#price').innerText()).toBe('about a thousand');
      expect(record.intercepted).toBe(1);
    } finally {
      await context.close();
    }
  });

  it('without a fault the page renders the real price', async () => {
    const page = await browser.newPage();
    await page.goto(site.url('/data-fetch'));
    await expect.poll(() => page.locator('#price').innerText()).toBe('1049');
    await page.close();
  });
});
