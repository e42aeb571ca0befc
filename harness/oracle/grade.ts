import type { Violation } from './rules/index.ts';

/**
 * A scenario × handler verdict (docs/oracle.md, "Grades"), as in the Autobahn test suite's
 * OK / NON-STRICT / FAILED: `pass`, `non-strict` (only `should` rules broken) or `fail`.
 */
export type Grade = 'pass' | 'non-strict' | 'fail';

/**
 * The grade of a scenario × handler: `fail` on any broken `must` rule or any other problem (a
 * handler that threw, a request the platform refused), `non-strict` when only `should` rules broke.
 *
 * @example
 * gradeOf([{ attempt: 3, rule: 'backoff-jitter', level: 'should', message: '…' }]); // 'non-strict'
 * gradeOf([], ['handler "x" threw on platform.internal: TypeError: …']); // 'fail'
 */
export function gradeOf(violations: readonly Violation[], otherProblems: readonly string[] = []): Grade {
  if (otherProblems.length || violations.some((v) => v.level === 'must')) return 'fail';
  return violations.length ? 'non-strict' : 'pass';
}

/**
 * True when a grade fails the run: always for `fail`, for `non-strict` only in strict mode
 * (`FAULTLINE_STRICT=1`, `strict: true`).
 *
 * @example
 * failsRun('non-strict', { strict: false }); // false: a warning, not a failure
 */
export function failsRun(grade: Grade, { strict }: { strict: boolean }): boolean {
  return grade === 'fail' || (strict && grade === 'non-strict');
}
