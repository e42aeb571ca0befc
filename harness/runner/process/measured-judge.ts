import type { Attempt } from '../../contract/index.ts';
import { judge, type Violation } from '../../oracle/index.ts';
import type { Expectation } from '../../oracle/schema.ts';

/**
 * Judges decisions whose delays were measured on a real clock, giving the client the benefit of
 * the doubt: a delay measured as `d` was at least `d - uncertaintyMs` and at most `d` (what a
 * process does between reading an answer and sending the next request — parsing, deciding, being
 * scheduled on a busy machine — only ever adds to the gap the harness sees). The oracle judges the
 * measured delays, the delays all at their lower bound, and the delays of each streak of retries at
 * their lower bound but the last; only a violation found in all three is reported. So a rule that a
 * delay be at least something (Retry-After, the backoff floor) is judged on the measured delay, a
 * rule that it be at most something (the backoff cap, the total wait) on its lower bound, and a
 * rule that delays grow on the most favourable reading; the rules themselves are unchanged.
 *
 * @example
 * judgeMeasured(attempts, scenario.expect, () => 250); // [] when every decision is right within 250 ms
 */
export function judgeMeasured(
  attempts: readonly Attempt[],
  expect: Expectation,
  uncertaintyOf: (attempt: Attempt) => number,
): Violation[] {
  const measured = judge(attempts, expect);
  if (measured.length === 0) return measured;
  const lowered = (lower: (index: number) => boolean) =>
    attempts.map((a, index) =>
      a.decision.action === 'retry' && lower(index)
        ? { ...a, decision: { ...a.decision, delayMs: Math.max(0, a.decision.delayMs - uncertaintyOf(a)) } }
        : a,
    );
  const isRetry = (index: number) => attempts[index]?.decision.action === 'retry';
  const readings = [lowered(() => true), lowered((index) => isRetry(index + 1))].map(
    (variant) => new Set(judge(variant, expect).map(key)),
  );
  return measured.filter((v) => readings.every((found) => found.has(key(v))));
}

function key(v: Violation): string {
  return `${v.rule}@${v.attempt}`;
}
