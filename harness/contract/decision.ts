import { z } from 'zod';

/** Schema of a change a retry makes to the run. */
export const ChangeSchema = z.enum([
  'fresh_browser',
  'new_proxy',
  'raise_budget',
  'narrow_task',
  'simplify_schema',
  'refresh_credentials',
]);
/** What a retry changes about the run. */
export type Change = z.infer<typeof ChangeSchema>;

/** Schema of who an escalation goes to. */
export const EscalationTargetSchema = z.enum(['human', 'credentials', 'review']);
/** Who an escalation goes to. */
export type EscalationTarget = z.infer<typeof EscalationTargetSchema>;

/**
 * Schema of a {@link Decision}, a union discriminated on `action`. Strict: an unknown field
 * is a sign of a handler bug (a typo such as `delay` for `delayMs`) and is refused.
 *
 * @example
 * DecisionSchema.parse({ action: 'retry', delayMs: 500, changes: [] });
 */
export const DecisionSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('accept') }),
  z.strictObject({
    action: z.literal('retry'),
    delayMs: z.number().finite().nonnegative(),
    changes: z.array(ChangeSchema).refine((c) => new Set(c).size === c.length, 'changes must not repeat'),
    reason: z.string().optional(),
  }),
  z.strictObject({ action: z.literal('escalate'), to: EscalationTargetSchema, reason: z.string() }),
  z.strictObject({ action: z.literal('abort'), reason: z.string() }),
]);

/** What a handler decided to do about a failure. */
export type Decision = z.infer<typeof DecisionSchema>;
/** The decision's action tag. */
export type Action = Decision['action'];
