import type { Attempt, Failure } from '../contract/index.ts';
import { describeDecision, describeFailure } from './describe.ts';
import { REFINEMENTS } from './refine.ts';
import { DECISION_RULES, SEQUENCE_RULES, type DecisionCheck, type Violation } from './rules/index.ts';
import { ExpectationSchema, KindRuleSchema, type Expectation, type KindRule } from './schema.ts';
import { ORACLE } from './table.ts';

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

/**
 * Judges a scenario's attempts against the oracle and the scenario's expectation. Returns every
 * broken rule in plain words: which fault, what the handler decided, what was expected, and why.
 * An empty list means the handler decided right.
 *
 * @example
 * judge(result.attempts, { end: ['accept'], kinds: ['platform.rate_limited'] });
 * // [{ attempt: 1, rule: 'retry-after', message: 'attempt 1: platform.rate_limited … expected retry after ≥ 2,000 ms …' }]
 */
export function judge(attempts: readonly Attempt[], expectation: Expectation): Violation[] {
  const expect = ExpectationSchema.parse(expectation);
  const retriesByKind = new Map<string, number>();
  let totalRetries = 0;
  const checks: DecisionCheck[] = [];
  const violations: Violation[] = [];
  for (const { n, failure, decision } of attempts) {
    if (!failure) continue;
    const check: DecisionCheck = {
      n,
      failure,
      decision,
      rule: ruleFor(failure, expect.rules),
      expect,
      retriesOfKind: retriesByKind.get(failure.kind) ?? 0,
      totalRetries,
    };
    checks.push(check);
    for (const rule of DECISION_RULES) {
      const expected = rule.check(check);
      if (expected === null) continue;
      violations.push({
        attempt: n,
        rule: rule.id,
        message: `attempt ${n}: ${describeFailure(failure)}: handler decided ${describeDecision(decision)}; expected ${expected} (rule ${rule.id}: ${rule.why})`,
      });
    }
    if (decision.action === 'retry') {
      retriesByKind.set(failure.kind, check.retriesOfKind + 1);
      totalRetries++;
    }
  }
  for (const rule of SEQUENCE_RULES) violations.push(...rule.check(attempts, expect, checks));
  return violations;
}
