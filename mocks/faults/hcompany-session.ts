import { z } from 'zod';
import { PLATFORMS } from '../platforms.ts';
import { fixtureRunId, jsonAnswer } from './fault.ts';
import { payloadFault } from './payload-fault.ts';

/**
 * An H Company session that ends the way the scenario says (seed 000: `status`, `error_code`,
 * `error`, `outcome`, `answer`), as the `changes` answer that carries the end; in client mode, the
 * simulated session ends so.
 */
export const hcompanySession = payloadFault({
  id: 'hcompany.session',
  summary: 'A session end (`status`, `error_code`, `error`, `outcome`, `answer`), as the `changes` answer carries it',
  providers: ['hcompany'],
  params: z.strictObject({
    status: z.string(),
    error_code: z.string().nullable().default(null),
    error: z.string().nullable().default(null),
    outcome: z.string().nullable().default(null),
    answer: z.unknown().default(null),
  }),
  realize: async (session, ctx) =>
    jsonAnswer('hcompany', 200, PLATFORMS.hcompany.endPayload(session, fixtureRunId(ctx))),
});
