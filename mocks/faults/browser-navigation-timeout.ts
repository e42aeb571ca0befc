import { z } from 'zod';
import { realizeWithAgent } from './agent-fault.ts';
import { defineFault } from './fault.ts';
import { ALL_PROVIDERS } from './providers.ts';

/** A page that never finishes loading: real Chromium's navigation really times out. */
export const browserNavigationTimeout = defineFault({
  id: 'browser.navigation_timeout',
  summary: 'The page never answers; the navigation really times out',
  providers: ALL_PROVIDERS,
  browser: true,
  params: z.strictObject({ timeoutMs: z.number().int().positive().max(10_000).default(300) }),
  realize: (params, ctx) =>
    realizeWithAgent(
      ctx,
      { path: '/hang', timeoutMs: params.timeoutMs },
      'navigation timeout',
      (o) => o.type === 'error' && o.error.name === 'TimeoutError' && ctx.browser!.site.hits('/hang') > 0,
    ),
});
