import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { DATA_PAGE_ANSWER, KNOWN_PAGES } from '../site/pages.ts';
import { AGENT_TIMEOUT_MS, budgetTimeoutMs, realizeWithAgent } from './agent-fault.ts';
import { defineFault } from './fault.ts';
import { ALL_PROVIDERS } from './providers.ts';

const FAULTY_PAGES = KNOWN_PAGES.filter((page) => !['/data', '/large', '/api/price'].includes(page));

/**
 * The agent meets a page from the wild on the fixture site: a captcha or login wall, a
 * maintenance or rate-limit page, a missing selector, an off-schema value, a redirect loop, a
 * slow page. Proof: the site served the page and the run did not end with the clean answer.
 */
export const sitePage = defineFault({
  id: 'site.page',
  summary:
    'The agent opens a page from the wild on the fixture site: a captcha or login wall, a maintenance (503) or rate-limit (429) page, a missing selector, an off-schema value, a redirect loop, a slow or hung page',
  providers: ALL_PROVIDERS,
  browser: true,
  params: z.strictObject({
    page: z.enum(FAULTY_PAGES as [string, ...string[]], {
      error: (issue) => `unknown fixture page ${JSON.stringify(issue.input)}; the site has: ${FAULTY_PAGES.join(', ')}`,
    }),
    query: z.record(z.string(), z.string()).default({}),
    /** Real navigation timeout; `'budget'` derives it from the task's maxTimeS, so raise_budget really helps. */
    timeoutMs: z.union([z.number().int().positive().max(30_000), z.literal('budget')]).default(AGENT_TIMEOUT_MS),
  }),
  realize: ({ page, query, timeoutMs }, ctx) => {
    const search = new URLSearchParams(query).toString();
    const before = ctx.browser?.site.hits(page) ?? 0;
    const timeout = timeoutMs === 'budget' ? budgetTimeoutMs(ctx.task) : timeoutMs;
    return realizeWithAgent(
      ctx,
      { path: search ? `${page}?${search}` : page, timeoutMs: timeout },
      `page ${page}`,
      (o) =>
        ctx.browser!.site.hits(page) > before &&
        !(o.type === 'answer' && isDeepStrictEqual(o.answer, DATA_PAGE_ANSWER)),
    );
  },
});
