import type { Attempt, Decision, Failure } from '../../contract/index.ts';
import { optionObeysFlags } from '../options.ts';
import type { KindRule, Level, ParsedExpectation, RetryOption } from '../schema.ts';

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
  /** Delay of the retries before this decision, in ms. */
  delaySoFarMs: number;
  /**
   * The delays the handler chose for this decision when asked again on other random streams (its
   * backoff scheme, not one sample of it); empty when unknown (client mode).
   */
  samples: readonly number[];
}

/** What a broken decision rule expected instead, at the rule's own level unless it says another. */
export type Finding = string | { expected: string; level: Level };

/** A rule judged on each decision: returns what was expected when the decision breaks it, else null. */
export interface DecisionRule {
  id: string;
  /** Why the rule exists, in plain words. */
  why: string;
  /** How binding the rule is (a finding may say otherwise for one decision). */
  level: Level;
  check(c: DecisionCheck): Finding | null;
}

/** A broken rule, in plain words. */
export interface Violation {
  /** The attempt it concerns, or null for the scenario as a whole. */
  attempt: number | null;
  rule: string;
  /** `must`: the verdict is fail; `should` alone: non-strict. */
  level: Level;
  message: string;
}

/** A rule judged on the whole sequence of attempts, knowing what the decision rules found. */
export interface SequenceRule {
  id: string;
  why: string;
  level: Level;
  check(
    attempts: readonly Attempt[],
    expect: ParsedExpectation,
    checks: readonly DecisionCheck[],
    decided: readonly Violation[],
  ): Violation[];
}

/** docs/oracle.md: at most 10 retries per scenario. */
export const MAX_RETRIES_PER_SCENARIO = 10;
/** docs/oracle.md: at most 3 h of total (virtual) delay per scenario. */
export const MAX_TOTAL_DELAY_MS = 3 * 60 * 60 * 1000;
/** docs/oracle.md backoff bounds. */
export const BACKOFF_MIN_MS = 100;
export const BACKOFF_CAP_MS = 30_000;
/** docs/oracle.md: `agent.site_maintenance` waits at least this long without a Retry-After. */
export const LONG_WAIT_MS = 60_000;

/**
 * The shortest wait a retry under this option may take: what the provider asked, and at least
 * 100 ms for backoff (when the provider asked nothing) and wait-states, 60 s for a long wait.
 *
 * @example
 * delayFloorMs({ action: 'retry', require: [], allow: [], delay: 'long' }, failure); // 60000 without a Retry-After
 */
export function delayFloorMs(option: RetryOption, failure: Failure): number {
  const asked = failure.retryAfterMs ?? 0;
  switch (option.delay) {
    case 'backoff':
      return failure.retryAfterMs ?? BACKOFF_MIN_MS;
    case 'wait':
      return Math.max(asked, BACKOFF_MIN_MS);
    case 'long':
      return Math.max(asked, LONG_WAIT_MS);
    case 'any':
      return asked;
  }
}

/**
 * True once a kind whose rule offers a retry can retry no more: its own retries are spent, the
 * scenario's 10 retries are, or even the shortest allowed wait would pass the 3 h of total delay.
 * Then abort and any escalation are right, another retry is not. A kind that offers no retry
 * (captcha: escalate to a human) never spends anything, so its own options still decide.
 *
 * @example
 * boundSpent({ ...check, retriesOfKind: 1, rule: ruleFor(internalFailure) }); // true: ≤1 is spent
 */
export function boundSpent(c: DecisionCheck): boolean {
  const retries = c.rule.options.filter((option): option is RetryOption => option.action === 'retry');
  if (retries.length === 0) return false;
  const shortestWait = Math.min(...retries.map((option) => delayFloorMs(option, c.failure)));
  return (
    c.retriesOfKind >= c.rule.maxRetries ||
    c.totalRetries >= MAX_RETRIES_PER_SCENARIO ||
    c.delaySoFarMs + shortestWait > MAX_TOTAL_DELAY_MS
  );
}

/**
 * True when the kind's rule offers a retry the provider's flags allow: then giving up is a choice
 * the early-give-up rule grades, not a wrong kind of decision.
 *
 * @example
 * retryOffered({ ...check, rule: ruleFor(crashed) }); // true: retry with fresh_browser
 */
export function retryOffered(c: DecisionCheck): boolean {
  return c.rule.options.some((option) => option.action === 'retry' && optionObeysFlags(option, c.failure));
}
