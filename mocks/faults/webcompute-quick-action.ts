import { z } from 'zod';
import {
  gatewayBody,
  gatewayHeaders,
  QUICK_ACTION_FAILURES,
  quickActionFailure,
  type QuickActionCode,
} from '../webcompute/payloads.ts';
import { jsonAnswer } from './fault.ts';
import { payloadFault } from './payload-fault.ts';
import { RetryAfterSchema, retryAfterHeaders } from './retry-after.ts';

const CODES = Object.keys(QUICK_ACTION_FAILURES) as [QuickActionCode, ...QuickActionCode[]];

/**
 * A Webcompute quick action (`POST /v1/scrape`, an ephemeral browser) that fails (seed 002):
 * `QUICK_ACTION_TIMEOUT` (504), or a browser-server code it surfaces, in a gateway envelope with
 * the status, `retryable` and `next` the Webcompute simulator gives that code.
 */
export const webcomputeQuickAction = payloadFault({
  id: 'webcompute.quick_action',
  summary:
    'A quick action (`POST /v1/scrape`) failing with `QUICK_ACTION_TIMEOUT` or a browser-server code, in a gateway envelope',
  providers: ['webcompute'],
  params: z.strictObject({
    code: z.enum(CODES),
    message: z.string().default('The quick action did not finish before its timeout'),
    retryAfter: RetryAfterSchema,
  }),
  realize: async ({ code, message, retryAfter }, ctx) => {
    const failure = quickActionFailure(code, message);
    return jsonAnswer('webcompute', failure.status, gatewayBody(failure, `req_${ctx.attempt}`), {
      ...gatewayHeaders(failure),
      ...retryAfterHeaders(retryAfter),
    });
  },
});
