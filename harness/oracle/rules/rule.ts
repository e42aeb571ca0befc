import type { Attempt, Decision, Failure } from '../../contract/index.ts';
import type { KindRule, ParsedExpectation } from '../schema.ts';

/** Everything a rule needs to judge one decision on one failure. */
export interface DecisionCheck {
  n: number;
  failure: Failure;
  decision: Decision;
  /** The kind's rule: table, refinements and the scenario's override applied. */
  rule: KindRule;
  expect: ParsedExpectation;
  /** Retries of this kind before this decision. */
  retriesOfKind: number;
  /** Retries of any kind before this decision. */
  totalRetries: number;
}

/** A rule judged on each decision: returns what was expected when the decision breaks it, else null. */
export interface DecisionRule {
  id: string;
  /** Why the rule exists, in plain words. */
  why: string;
  check(c: DecisionCheck): string | null;
}

/** A broken rule, in plain words. */
export interface Violation {
  /** The attempt it concerns, or null for the scenario as a whole. */
  attempt: number | null;
  rule: string;
  message: string;
}

/** A rule judged on the whole sequence of attempts. */
export interface SequenceRule {
  id: string;
  why: string;
  check(attempts: readonly Attempt[], expect: ParsedExpectation, checks: readonly DecisionCheck[]): Violation[];
}

/** DESIGN.md: at most 10 retries per scenario. */
export const MAX_RETRIES_PER_SCENARIO = 10;
/** DESIGN.md: at most 3 h of total (virtual) delay per scenario. */
export const MAX_TOTAL_DELAY_MS = 3 * 60 * 60 * 1000;
/** DESIGN.md backoff bounds. */
export const BACKOFF_MIN_MS = 100;
export const BACKOFF_CAP_MS = 30_000;
/** DESIGN.md: `agent.site_maintenance` waits at least this long without a Retry-After. */
export const LONG_WAIT_MS = 60_000;

/**
 * True once the retries this decision could use are spent (per kind, or per scenario): then
 * abort and any escalation are right, another retry is not.
 *
 * @example
 * boundSpent({ ...check, retriesOfKind: 3, rule: { ...rule, maxRetries: 3 } }); // true
 */
export function boundSpent(c: DecisionCheck): boolean {
  return c.retriesOfKind >= c.rule.maxRetries || c.totalRetries >= MAX_RETRIES_PER_SCENARIO;
}
