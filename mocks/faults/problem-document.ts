import { z } from 'zod';
import { jsonAnswer } from './fault.ts';
import { payloadFault } from './payload-fault.ts';
import { RetryAfterSchema, retryAfterHeaders } from './retry-after.ts';

/**
 * An RFC 9457 `application/problem+json` error with the agent extensions (seed 003):
 * `is_retriable`, `retry_after_ms`, `suggestions`, `errors`, `trace_id`, `doc_uri`.
 */
export const problemDocument = payloadFault({
  id: 'problem.document',
  summary: 'An RFC 9457 problem document (`application/problem+json`) with the agent extensions',
  providers: ['problem'],
  params: z.strictObject({
    status: z.number().int().min(400).max(599),
    type: z.string(),
    title: z.string().default('Request failed'),
    detail: z.string().optional(),
    is_retriable: z.boolean().optional(),
    retry_after_ms: z.number().int().nonnegative().optional(),
    suggestions: z.array(z.unknown()).optional(),
    errors: z.array(z.unknown()).optional(),
    retryAfter: RetryAfterSchema,
  }),
  realize: async ({ retryAfter, ...problem }, ctx) =>
    jsonAnswer(
      'problem',
      problem.status,
      { ...problem, instance: `/runs/${ctx.task.id}/${ctx.attempt}`, trace_id: `trace-${ctx.attempt}` },
      retryAfterHeaders(retryAfter),
      'application/problem+json',
    ),
});
