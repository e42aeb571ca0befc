import { z } from 'zod';
import { AGENT_TIMEOUT_MS, realizeWithAgent } from './agent-fault.ts';
import { defineFault } from './fault.ts';
import { ALL_PROVIDERS } from './providers.ts';

/**
 * The agent's screenshot fails inside Playwright: it asks for a region the page cannot give
 * (a zero-size clip), and Playwright's real error comes back.
 */
export const browserScreenshotFailure = defineFault({
  id: 'browser.screenshot_failure',
  summary: "The agent's screenshot fails inside Playwright (a capture the page cannot give)",
  providers: ALL_PROVIDERS,
  browser: true,
  params: z.strictObject({}),
  realize: (_params, ctx) =>
    realizeWithAgent(
      ctx,
      {
        path: '/data',
        timeoutMs: AGENT_TIMEOUT_MS,
        afterLoad: async (page) => void (await page.screenshot({ clip: { x: 0, y: 0, width: 0, height: 0 } })),
      },
      'screenshot failure',
      (o) => o.type === 'error' && /screenshot/.test(o.error.message),
    ),
});
