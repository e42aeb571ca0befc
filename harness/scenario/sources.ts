import { z } from 'zod';
import { ProviderSchema } from '../contract/index.ts';
import { nearestRowIds, SOURCE_ROW_IDS } from '../catalogue/source-rows.ts';

const SHAPE = new RegExp(`^(${ProviderSchema.options.join('|')}):[a-z_]+:[A-Za-z0-9_.:*-]+$`);

/**
 * Schema of a seed row id, `<provider>:<table>:<code>`, e.g. `hcompany:error_code:no_answer`,
 * `skyvern:status:terminated`, `webcompute:gateway:CONCURRENT_LIMIT`. The id must name a row of
 * `harness/catalogue/source-rows.ts`; an unknown one is refused with the nearest known ids.
 */
export const SourceIdSchema = z
  .string()
  .regex(SHAPE, 'expected a seed row id "<provider>:<table>:<code>", e.g. "hcompany:error_code:no_answer"')
  .refine((id) => !SHAPE.test(id) || SOURCE_ROW_IDS.has(id), {
    error: (issue) =>
      `unknown seed row "${String(issue.input)}" (not in harness/catalogue/source-rows.ts); nearest known: ${nearestRowIds(String(issue.input)).join(', ')}`,
  });
