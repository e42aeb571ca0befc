import type { Attempt, Failure } from '../contract/index.ts';
import { describeDecision, describeFailure, explain } from './describe.ts';
import { REFINEMENTS } from './refine.ts';
import { DECISION_RULES, SEQUENCE_RULES, type DecisionCheck, type Violation } from './rules/index.ts';
import { ExpectationSchema, KindRuleSchema, type Expectation, type KindRule } from './schema.ts';
import { ORACLE } from './table.ts';

export type { Violation } from './rules/index.ts';

/** What the judge may know besides the attempts. */
export interface JudgeOptions {
  /**
   * Per attempt number, the delays the handler chose when asked again for the same failure on other
   * random streams: its backoff scheme. Without them, backoff is judged from the one sample a run shows.
   */
  samples?: Readonly<Record<number, readonly number[]>>;
}

/**
 * The rule that judges a failure: the scenario's override for its kind, else the first matching
 * per-code refinement, else the table's row.
 *
 * @example
 * ruleFor(failure).says; // 'retry with fresh_browser, ≤3'
 */
export function ruleFor(failure: Failure, overrides?: Expectation['rules']): KindRule {
  const override = overrides?.[failure.kind];
  const refined = REFINEMENTS.find((r) => r.kind === failure.kind && r.when(failure));
  return KindRuleSchema.parse(override ?? refined?.rule ?? ORACLE[failure.kind]);
}

/** Judges one decision against every decision rule. */
function judgeDecision(c: DecisionCheck): Violation[] {
  return DECISION_RULES.flatMap((rule): Violation[] => {
    const found = rule.check(c);
    if (found === null) return [];
    const { expected, level } = typeof found === 'string' ? { expected: found, level: rule.level } : found;
    const message = explain({
      where: `attempt ${c.n}`,
      fault: describeFailure(c.failure),
      decided: describeDecision(c.decision),
      expected,
      rule,
      level,
      says: c.rule.says,
    });
    return [{ attempt: c.n, rule: rule.id, level, message }];
  });
}

/**
 * Judges a scenario's attempts against the oracle and the scenario's expectation. Returns every
 * broken rule in plain words, with its level: which fault, what the handler decided, what was
 * expected, and why. An empty list means the handler decided right.
 *
 * @example
 * judge(result.attempts, { end: ['accept'], kinds: ['platform.rate_limited'] });
 * // [{ attempt: 1, rule: 'retry-after', level: 'must', message: 'attempt 1: platform.rate_limited … expected retry after ≥ 2,000 ms …' }]
 */
export function judge(attempts: readonly Attempt[], expectation: Expectation, options: JudgeOptions = {}): Violation[] {
  const expect = ExpectationSchema.parse(expectation);
  const retriesByKind = new Map<string, number>();
  let totalRetries = 0;
  let delaySoFarMs = 0;
  const checks: DecisionCheck[] = [];
  for (const { n, failure, decision } of attempts) {
    if (!failure) continue;
    const retriesOfKind = retriesByKind.get(failure.kind) ?? 0;
    const samples = options.samples?.[n] ?? [];
    checks.push({
      n,
      failure,
      decision,
      rule: ruleFor(failure, expect.rules),
      expect,
      retriesOfKind,
      totalRetries,
      delaySoFarMs,
      samples,
    });
    if (decision.action === 'retry') {
      retriesByKind.set(failure.kind, retriesOfKind + 1);
      totalRetries++;
      delaySoFarMs += decision.delayMs;
    }
  }
  const decided = checks.flatMap(judgeDecision);
  return [...decided, ...SEQUENCE_RULES.flatMap((rule) => rule.check(attempts, expect, checks, decided))];
}
