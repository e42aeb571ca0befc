import { z } from 'zod';
import type { Realized } from './fault.ts';
import { defineFault } from './fault.ts';

/**
 * An error thrown by the Webcompute SDK (seed 002, "SDK error classes"): the class name and the
 * `WebcomputeError` fields, as a client catching it would see them.
 */
export const webcomputeSdkError = defineFault({
  id: 'webcompute.sdk_error',
  summary:
    'An error thrown by the Webcompute SDK (`RateLimitError`, `BrowserPolicyTipError`, …); a `fetch` client never sees one',
  providers: ['webcompute'],
  browser: false,
  params: z.strictObject({
    name: z.string(),
    statusCode: z.number().int().optional(),
    code: z.string().optional(),
    type: z.string().optional(),
    retryable: z.boolean().optional(),
    next: z.string().optional(),
    message: z.string().default('Webcompute request failed'),
  }),
  realize: async ({ name, message, ...fields }, ctx): Promise<Realized> => {
    const error = Object.assign(new Error(message), fields, { requestId: `req_${ctx.task.id}_${ctx.attempt}` });
    error.name = name;
    return { native: { provider: 'webcompute', thrown: error }, fired: true, evidence: `threw ${name}` };
  },
});
