import { z } from 'zod';
import { DecisionSchema } from './decision.ts';
import { FailureSchema } from './failure.ts';
import { ProviderSchema } from './kinds.ts';

/** Schema of a task's budget. */
export const BudgetSchema = z.strictObject({
  maxSteps: z.number().int().positive().describe('Steps the agent may take'),
  maxTimeS: z.number().positive().describe('Seconds the run may last'),
});
/** How far the agent may go before it runs out of budget. */
export type Budget = z.infer<typeof BudgetSchema>;

/** Schema of the task the run is for: what a change would change. */
export const TaskSpecSchema = z.strictObject({
  id: z.string().min(1),
  provider: ProviderSchema,
  /** What the agent is asked to do, in words. */
  prompt: z.string(),
  budget: BudgetSchema,
  /** JSON Schema the answer must match, if any. */
  answerSchema: z.record(z.string(), z.unknown()).optional(),
  /** Proxy URL the run goes through, if any (credentials redacted in traces). */
  proxy: z.string().optional(),
});
/** The task the run is for. */
export type TaskSpec = z.infer<typeof TaskSpecSchema>;

/** Schema of one attempt that already happened. */
export const AttemptSchema = z.strictObject({
  /** 1-based attempt number. */
  n: z.number().int().positive(),
  /** What went wrong, or null when the attempt succeeded. */
  failure: FailureSchema.nullable(),
  decision: DecisionSchema,
  /** Virtual time of the decision, in ms since the scenario started. */
  atMs: z.number().nonnegative(),
});
/** One attempt that already happened. */
export type Attempt = z.infer<typeof AttemptSchema>;

/**
 * What a handler knows besides the failure itself.
 *
 * `random` is a Faultline addition to the original design (docs/design.md, "The public contract"): a generator seeded from the scenario's seed,
 * so that a handler which draws its jitter from it gives the same trace on every run.
 */
export interface RecoveryContext {
  /** 1-based number of the attempt that just failed. */
  attempt: number;
  /** The earlier attempts, in order. */
  history: Attempt[];
  /** Virtual time since the scenario started, in ms. */
  elapsedMs: number;
  task: TaskSpec;
  /** Seeded uniform random number in [0, 1). Use it instead of `Math.random` for reproducible jitter. */
  random: () => number;
}
