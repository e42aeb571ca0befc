import { z } from 'zod';

/** Schema of an RFC 9457 problem document with the agent extensions (seed 003). */
export const ProblemSchema = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.number().int().min(400).max(599),
  detail: z.string().optional(),
  instance: z.string().optional(),
  is_retriable: z.boolean().optional(),
  retry_after_ms: z.number().int().nonnegative().optional(),
  suggestions: z.array(z.unknown()).optional(),
  errors: z.array(z.unknown()).optional(),
  trace_id: z.string().optional(),
});
