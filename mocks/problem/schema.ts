import { z } from 'zod';

// Seed 003 (RFC 9457 with the agent extensions) is the only reference: the task endpoint and its
// fields are Faultline's choice.

/** An RFC 9457 problem document with the agent extensions of seed 003. */
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
  doc_uri: z.string().optional(),
});

/** Body of `POST /v1/tasks` (Faultline's choice of fields; unknown fields are ignored). */
export const TaskRequestSchema = z.looseObject({
  prompt: z.string().min(1),
  max_steps: z.number().int().positive().optional(),
  max_time_s: z.number().positive().optional(),
  answer_schema: z.record(z.string(), z.unknown()).optional(),
  proxy: z.string().optional(),
});
