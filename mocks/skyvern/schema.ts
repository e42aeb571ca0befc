import { z } from 'zod';

/** Skyvern run statuses (seed 001, "Step 1: Check status"). */
export const RunStatusSchema = z.enum(['created', 'queued', 'running', 'completed', 'failed', 'terminated', 'timed_out', 'canceled']);

/** Terminal statuses: polling stops at these. */
export const TERMINAL_STATUSES: ReadonlySet<string> = new Set(['completed', 'failed', 'terminated', 'timed_out', 'canceled']);

/** Schema of the run object `get_run` answers and webhooks carry (seed 001). */
export const RunSchema = z.looseObject({
  run_id: z.string().startsWith('tsk_v2_'),
  status: z.string(),
  output: z.unknown(),
  failure_reason: z.string().nullable(),
  errors: z.array(z.unknown()),
  created_at: z.string(),
});

/** Schema of Skyvern HTTP errors: `{"detail": ...}` (a list on 422) or `{"error": ...}` on 500. */
export const SkyvernErrorSchema = z.union([
  z.strictObject({ detail: z.union([z.string(), z.array(z.strictObject({ loc: z.array(z.union([z.string(), z.number()])), msg: z.string(), type: z.string() }))]) }),
  z.strictObject({ error: z.string() }),
]);
