import { z } from 'zod';
import { BudgetSchema, type Provider, type TaskSpec } from '../contract/index.ts';

/** The answer schema of the default task: what the fixture site's data page yields. */
export const DEFAULT_ANSWER_SCHEMA = {
  type: 'object',
  required: ['product', 'price'],
  properties: { product: { type: 'string', minLength: 1 }, price: { type: 'number' } },
  additionalProperties: false,
} as const;

/** Schema of what a scenario may change about the default task. */
export const TaskOverridesSchema = z.strictObject({
  prompt: z.string().min(1).optional().describe('What the agent is asked to do, in words'),
  budget: BudgetSchema.partial().optional().describe('maxSteps and maxTimeS (default 25 steps, 300 s)'),
  answerSchema: z
    .record(z.string(), z.unknown())
    .nullable()
    .optional()
    .describe('JSON Schema the answer must match (default: {product: string, price: number}); null for none'),
  proxy: z.string().url().optional().describe('Proxy URL the run goes through'),
});
/** What a scenario may change about the default task. */
export type TaskOverrides = z.infer<typeof TaskOverridesSchema>;

/**
 * The task a scenario runs: the default task (find a laptop's price, answer `{product, price}`)
 * with the scenario's overrides. `answerSchema: null` means the task has no answer schema.
 *
 * @example
 * buildTask('hcompany/captcha', 'hcompany', { budget: { maxSteps: 5 } }).budget; // { maxSteps: 5, maxTimeS: 300 }
 */
export function buildTask(id: string, provider: Provider, overrides: TaskOverrides = {}): TaskSpec {
  const { answerSchema, budget, ...rest } = overrides;
  return {
    id,
    provider,
    prompt: 'Find the current price of the Framework 13 laptop',
    budget: { maxSteps: 25, maxTimeS: 300, ...budget },
    ...(answerSchema === null ? {} : { answerSchema: answerSchema ?? structuredClone(DEFAULT_ANSWER_SCHEMA) }),
    ...rest,
  };
}
