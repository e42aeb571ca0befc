import { z } from 'zod';
import { jsonAnswer } from './fault.ts';
import { payloadFault } from './payload-fault.ts';

/**
 * A Skyvern run that ends the way the scenario says: the run object `get_run` returns (seed 001:
 * `status`, `output` with a mapped `error` code, `failure_reason`, `errors[]`).
 */
export const skyvernRun = payloadFault({
  id: 'skyvern.run',
  summary: 'A run object (`status`, `output.error`, `failure_reason`, `errors[]`)',
  providers: ['skyvern'],
  params: z.strictObject({
    status: z.string(),
    output: z.unknown().default(null),
    failure_reason: z.string().nullable().default(null),
    errors: z.array(z.record(z.string(), z.unknown())).default([]),
  }),
  realize: async (run, ctx) =>
    jsonAnswer('skyvern', 200, { run_id: `tsk_v2_${ctx.task.id}_${ctx.attempt}`, created_at: '2026-01-20T11:58:57.414123', ...run }),
});
