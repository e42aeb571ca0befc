import { z } from 'zod';
import { withFreshPage } from './browser-page.ts';
import { capture } from './capture.ts';
import { defineFault } from './fault.ts';

const CRASH_EVENT_TIMEOUT_MS = 5_000;

/**
 * The renderer really dies: the page opens `chrome://crash`, the harness waits for the page's
 * `crash` event, and the agent's next action meets the real "Target crashed" error.
 */
export const browserCrash = defineFault({
  id: 'browser.crash',
  summary: 'Real renderer crash: chrome://crash, then the next page action fails',
  providers: ['playwright'],
  browser: true,
  params: z.strictObject({}),
  realize: (_params, ctx) =>
    withFreshPage(ctx, {}, async (page) => {
      const crashed = page.waitForEvent('crash', { timeout: CRASH_EVENT_TIMEOUT_MS }).then(
        () => true,
        () => false,
      );
      await page.goto('chrome://crash').catch(() => {});
      const sawCrash = await crashed;
      return capture('playwright', () => page.evaluate(() => document.title), 'renderer crash', () => sawCrash);
    }),
});
