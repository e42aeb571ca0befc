import { z } from 'zod';
import { ABORT_CODES, armPageFetch, type PageFetchRecord } from '../site/route-faults.ts';
import { AGENT_TIMEOUT_MS, realizeWithAgent } from './agent-fault.ts';
import { defineFault } from './fault.ts';
import { ALL_PROVIDERS } from './providers.ts';

/**
 * The page's own API call goes wrong inside the browser (Playwright `context.route`): it gets
 * off-schema JSON, or it is aborted with any `route.abort` code. The page then shows no price
 * (the agent's selector never appears) or a price in words (the answer fails the schema).
 */
export const pageFetch = defineFault({
  id: 'page.fetch',
  summary:
    "The page's own `fetch` of its data (`/data-fetch` → `/api/price`) is answered with off-schema JSON, or aborted with a `route.abort` code",
  providers: ALL_PROVIDERS,
  browser: true,
  params: z.discriminatedUnion('mode', [
    z.strictObject({ mode: z.literal('off_schema') }),
    z.strictObject({ mode: z.literal('abort'), code: z.enum(ABORT_CODES) }),
  ]),
  realize: (fault, ctx) => {
    let record: PageFetchRecord | undefined;
    const run = {
      path: '/data-fetch',
      timeoutMs: AGENT_TIMEOUT_MS,
      beforeLoad: async (context: Parameters<typeof armPageFetch>[0]) =>
        void (record = await armPageFetch(context, fault)),
    };
    if (fault.mode === 'off_schema') {
      return realizeWithAgent(
        ctx,
        run,
        'off-schema page data',
        (o) =>
          (record?.intercepted ?? 0) > 0 &&
          o.type === 'answer' &&
          typeof (o.answer as { price?: unknown }).price !== 'number',
      );
    }
    return realizeWithAgent(
      ctx,
      run,
      `page fetch aborted (${fault.code})`,
      (o) => (record?.failures.length ?? 0) > 0 && o.type !== 'answer',
    );
  },
});
