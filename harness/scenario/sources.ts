import { z } from 'zod';

/**
 * Schema of a seed row id, `<provider>:<table>:<code>`, e.g. `hcompany:error_code:no_answer`,
 * `skyvern:status:terminated`, `webcompute:gateway:CONCURRENT_LIMIT`.
 */
export const SourceIdSchema = z
  .string()
  .regex(
    /^(hcompany|skyvern|webcompute|problem|playwright):[a-z_]+:[A-Za-z0-9_.:*-]+$/,
    'expected a seed row id "<provider>:<table>:<code>", e.g. "hcompany:error_code:no_answer"',
  );
