import { z } from 'zod';
import { jsonAnswer } from './fault.ts';
import { payloadFault } from './payload-fault.ts';

/**
 * An H Company session that ends the way the scenario says: the session object as `status`
 * returns it (seed 000: `status`, `error_code`, `error`, `outcome`, `answer`).
 */
export const hcompanySession = payloadFault({
  id: 'hcompany.session',
  summary: 'A session status object (`status`, `error_code`, `error`, `outcome`, `answer`)',
  providers: ['hcompany'],
  params: z.strictObject({
    status: z.string(),
    error_code: z.string().nullable().default(null),
    error: z.string().nullable().default(null),
    outcome: z.string().nullable().default(null),
    answer: z.unknown().default(null),
  }),
  realize: async (session, ctx) => jsonAnswer('hcompany', 200, { id: `ses_${ctx.task.id}_${ctx.attempt}`, ...session }),
});
