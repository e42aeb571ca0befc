import { z } from 'zod';
import { PLATFORMS } from '../platforms.ts';
import { fixtureRunId, jsonAnswer } from './fault.ts';
import { payloadFault } from './payload-fault.ts';

/**
 * A Skyvern run that ends the way the scenario says (seed 001: `status`, `output` with a mapped
 * `error` code, `failure_reason`, `errors[]`), as the full run `get_run` answers; in client mode,
 * the simulated run ends so.
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
  realize: async (run, ctx) => jsonAnswer('skyvern', 200, PLATFORMS.skyvern.endPayload(run, fixtureRunId(ctx))),
});
