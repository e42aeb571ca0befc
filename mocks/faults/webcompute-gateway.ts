import { z } from 'zod';
import { jsonAnswer } from './fault.ts';
import { payloadFault } from './payload-fault.ts';
import { RetryAfterSchema, retryAfterHeaders } from './retry-after.ts';

/**
 * A Webcompute gateway error envelope (seed 002: `code`, `type`, `retryable`, `next`,
 * `requestId`, `param`, `details`) with its HTTP status and an optional `Retry-After`.
 */
export const webcomputeGateway = payloadFault({
  id: 'webcompute.gateway',
  summary:
    'A gateway error envelope (`code`, `type`, `retryable`, `next`, `param`) with its HTTP status and `Retry-After`',
  providers: ['webcompute'],
  params: z.strictObject({
    status: z.number().int().min(400).max(599),
    code: z.string(),
    type: z.string().optional(),
    message: z.string().default('Request failed'),
    retryable: z.boolean().optional(),
    next: z.string().optional(),
    param: z.string().optional(),
    retryAfter: RetryAfterSchema,
  }),
  realize: async ({ status, retryAfter, ...envelope }, ctx) =>
    jsonAnswer(
      'webcompute',
      status,
      { ...envelope, requestId: `req_${ctx.task.id}_${ctx.attempt}` },
      retryAfterHeaders(retryAfter),
    ),
});
