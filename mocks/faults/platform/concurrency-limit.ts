import { z } from 'zod';
import { definePlatformFault, FLEET_PROVIDERS } from './platform-fault.ts';
import { refusalReply } from './refusal.ts';

/**
 * At most `limit` runs at once: a run-starting request that arrives while `limit` runs are being
 * worked on is refused with 429, announcing the limit as the problem's `concurrency_limit` member.
 */
export const concurrencyLimit = definePlatformFault({
  id: 'platform.concurrency-limit',
  summary: 'At most `limit` runs at once: one more gets 429 announcing `concurrency_limit` (optional `Retry-After`)',
  providers: FLEET_PROVIDERS,
  params: z.strictObject({
    limit: z.number().int().positive().describe('Runs the platform works on at once'),
    retryAfterS: z.number().int().positive().optional().describe('Sent as Retry-After on every refusal'),
  }),
  arm: ({ limit, retryAfterS }) => {
    let refused = 0;
    return {
      fault: 'platform.concurrency-limit',
      refuse: ({ running }) =>
        running < limit
          ? null
          : refusalReply(
              {
                status: 429,
                slug: 'concurrency-limit',
                title: 'Concurrency limit reached',
                detail: `At most ${limit} runs at once`,
                ...(retryAfterS !== undefined && { retryAfterMs: retryAfterS * 1000 }),
                extra: { concurrency_limit: limit },
              },
              `trace-concurrency-${++refused}`,
            ),
    };
  },
});
