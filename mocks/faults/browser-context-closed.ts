import { z } from 'zod';
import { AGENT_TIMEOUT_MS, realizeWithAgent } from './agent-fault.ts';
import { defineFault } from './fault.ts';
import { ALL_PROVIDERS } from './providers.ts';

/** The browser context is closed under the agent after the page loaded. */
export const browserContextClosed = defineFault({
  id: 'browser.context_closed',
  summary: 'The browser context is closed under the agent',
  providers: ALL_PROVIDERS,
  browser: true,
  params: z.strictObject({}),
  realize: (_params, ctx) =>
    realizeWithAgent(
      ctx,
      { path: '/data', timeoutMs: AGENT_TIMEOUT_MS, afterLoad: (page) => page.context().close() },
      'context closed',
      (o) => o.type === 'error' && /closed/i.test(o.error.message),
    ),
});
