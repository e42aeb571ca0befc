import type { BrowserContextOptions, Page } from '@playwright/test';
import type { BrowserParts, FaultContext } from './fault.ts';

/**
 * Runs `work` on a page of a fresh browser context (one per attempt, as a retry with
 * `fresh_browser` would get), and always closes the context afterwards.
 *
 * @example
 * await withFreshPage(ctx, {}, (page, parts) => page.goto(parts.site.url('/data')));
 */
export async function withFreshPage<T>(
  ctx: FaultContext,
  options: BrowserContextOptions,
  work: (page: Page, parts: BrowserParts) => Promise<T>,
): Promise<T> {
  const parts = ctx.browser;
  if (!parts) throw new Error(`fault needs a real browser, but the runner gave none (provider ${ctx.provider})`);
  const context = await parts.browser.newContext(options);
  try {
    return await work(await context.newPage(), parts);
  } finally {
    await context.close().catch(() => {});
  }
}
