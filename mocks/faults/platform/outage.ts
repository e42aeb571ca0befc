import { z } from 'zod';
import { definePlatformFault, FLEET_PROVIDERS } from './platform-fault.ts';
import { refusalReply } from './refusal.ts';

/**
 * The whole platform is down for a window of virtual time: every run-starting request in it is
 * refused with 503 (with `Retry-After` when `retryAfterS` is given); runs it had already accepted
 * carry on.
 */
export const outage = definePlatformFault({
  id: 'platform.outage',
  summary:
    'The platform refuses every new run with 503 from `fromS` for `forS` seconds of virtual time (optional `Retry-After`)',
  providers: FLEET_PROVIDERS,
  params: z.strictObject({
    fromS: z.number().min(0).default(0).describe('When the outage starts, in virtual seconds from the first request'),
    forS: z.number().positive().describe('How long it lasts, in virtual seconds'),
    retryAfterS: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('Sent as Retry-After on every refusal; absent: the platform says nothing'),
  }),
  arm: ({ fromS, forS, retryAfterS }) => {
    let refused = 0;
    return {
      fault: 'platform.outage',
      refuse: ({ atMs }) =>
        atMs >= fromS * 1000 && atMs < (fromS + forS) * 1000
          ? refusalReply(
              {
                status: 503,
                slug: 'service-unavailable',
                title: 'Service unavailable',
                detail: 'The platform is down; try again later',
                ...(retryAfterS !== undefined && { retryAfterMs: retryAfterS * 1000 }),
              },
              `trace-outage-${++refused}`,
            )
          : null,
    };
  },
});
