import { z } from 'zod';

/** H Company session statuses (seed 000 and the session lifecycle). */
export const SessionStatusSchema = z.enum(['pending', 'running', 'completed', 'failed', 'timed_out']);

/** Schema of the session object `GET /v1/sessions/{id}` answers (seed 000: status, error_code, error, outcome, answer). */
export const SessionSchema = z.looseObject({
  id: z.string().startsWith('ses_'),
  status: z.string(),
  error_code: z.string().nullable(),
  error: z.string().nullable(),
  outcome: z.string().nullable(),
  answer: z.unknown(),
  created_at: z.string(),
});

/** Schema of one answer of the `changes` long-poll. */
export const ChangesSchema = z.strictObject({
  cursor: z.number().int().nonnegative(),
  changed: z.boolean(),
  session: SessionSchema,
});

/** Schema of H Company HTTP errors: `{"detail": "..."}`, or a list of field errors on 422. */
export const HErrorSchema = z.strictObject({
  detail: z.union([z.string(), z.array(z.strictObject({ loc: z.array(z.union([z.string(), z.number()])), msg: z.string(), type: z.string() }))]),
});
