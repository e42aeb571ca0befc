import { z } from 'zod';
import { AGENT_TIMEOUT_MS, realizeWithAgent } from './agent-fault.ts';
import { defineFault } from './fault.ts';
import { ALL_PROVIDERS } from './providers.ts';

const CRASH_EVENT_TIMEOUT_MS = 5_000;

/**
 * The renderer really dies mid-run: once the page loaded, it opens `chrome://crash`; the harness
 * waits for the page's `crash` event, and the agent's next action meets the real error.
 */
export const browserCrash = defineFault({
  id: 'browser.crash',
  summary: 'The renderer really dies mid-run (`chrome://crash`); the next action meets "Target crashed"',
  providers: ALL_PROVIDERS,
  browser: true,
  params: z.strictObject({}),
  realize: (_params, ctx) => {
    let sawCrash = false;
    return realizeWithAgent(
      ctx,
      {
        path: '/data',
        timeoutMs: AGENT_TIMEOUT_MS,
        afterLoad: async (page) => {
          const crashed = page.waitForEvent('crash', { timeout: CRASH_EVENT_TIMEOUT_MS });
          await page.goto('chrome://crash').catch(() => {});
          sawCrash = await crashed.then(
            () => true,
            () => false,
          );
        },
      },
      'renderer crash',
      (o) => sawCrash && o.type === 'error',
    );
  },
});
