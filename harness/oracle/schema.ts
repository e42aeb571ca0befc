import { z } from 'zod';
import { ChangeSchema, EscalationTargetSchema, FailureKindSchema } from '../contract/index.ts';

/**
 * Schema of an allowed retry. `require`: at least one of these changes must be made ([] = none
 * required); `allow`: these may also be made; any other change is wrong. `delay`: `backoff`
 * (exponential backoff rules unless the provider gave a wait), `wait` (≥ 100 ms), `long`
 * (≥ max(retryAfterMs, 60 s)), `any` (≥ 0). Every retry also waits ≥ `retryAfterMs` when given.
 */
export const RetryOptionSchema = z.strictObject({
  action: z.literal('retry'),
  require: z.array(ChangeSchema).default([]),
  allow: z.array(ChangeSchema).default([]),
  delay: z.enum(['backoff', 'wait', 'long', 'any']).default('any'),
});

/** Schema of one decision the oracle accepts for a kind. */
export const DecisionOptionSchema = z.discriminatedUnion('action', [
  RetryOptionSchema,
  z.strictObject({ action: z.literal('abort') }),
  z.strictObject({ action: z.literal('escalate'), to: z.array(EscalationTargetSchema).min(1) }),
  z.strictObject({ action: z.literal('accept') }),
]);

/**
 * Schema of how binding a rule is (docs/oracle.md, "Grades"): `must` when a seed or an RFC says it
 * and breaking it loses work, money or data; `should` for Faultline's best practice beyond that.
 */
export const LevelSchema = z.enum(['must', 'should']);

/** Schema of the expected decisions for one kind. */
export const KindRuleSchema = z.strictObject({
  /** The decisions that pass. */
  options: z.array(DecisionOptionSchema).min(1),
  /** How binding the options are: the level of a decision none of them allows. */
  level: LevelSchema.default('must'),
  /** "≤N": retries of this kind within one scenario. */
  maxRetries: z.number().int().nonnegative().default(3),
  /**
   * How binding `maxRetries` is: `should` (Faultline's advice) unless a seed or a real risk sets it
   * (a captcha loop, locked credentials, H Company's "Yes, once"). The scenario's bounds (≤10
   * retries, ≤3 h of waiting) are always a `must`.
   */
  bound: LevelSchema.default('should'),
  /** Retries the seed asks for before giving up ("Retry? Yes"): giving up sooner is a `must`. */
  retryAtLeast: z.number().int().nonnegative().default(0),
  /** The expected decision in plain words. */
  says: z.string().min(1),
});

/** Schema of a scenario's expectation. */
export const ExpectationSchema = z.strictObject({
  /** The right ways for the scenario to end. */
  end: z.array(z.enum(['accept', 'abort', 'escalate'])).min(1),
  /** Every failure the scenario produces must classify as one of these. */
  kinds: z.array(FailureKindSchema).min(1),
  /** Kinds on which `accept` is allowed. */
  acceptOn: z.array(FailureKindSchema).default([]),
  /** Per-scenario override of the oracle's rule for a kind. */
  rules: z.partialRecord(FailureKindSchema, KindRuleSchema).optional(),
});

/** How binding a rule is: `must` (a seed or an RFC says it) or `should` (best practice). */
export type Level = z.output<typeof LevelSchema>;
export type RetryOption = z.output<typeof RetryOptionSchema>;
export type DecisionOption = z.output<typeof DecisionOptionSchema>;
/** The expected decisions for one kind, defaults filled in. */
export type KindRule = z.output<typeof KindRuleSchema>;
/** A kind rule as written in data, defaults optional. */
export type KindRuleInput = z.input<typeof KindRuleSchema>;
/** A scenario's expectation as written in a scenario file. */
export type Expectation = z.input<typeof ExpectationSchema>;
/** A scenario's expectation, defaults filled in. */
export type ParsedExpectation = z.output<typeof ExpectationSchema>;
