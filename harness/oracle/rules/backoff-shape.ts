import { describeFailure, explain, formatMs } from '../describe.ts';
import { isBackoffRetry } from './delay-option.ts';
import type { DecisionCheck, SequenceRule, Violation } from './rule.ts';

const MIN_RUN = 3;

/** Runs of three or more consecutive backoff retries, as their checks. */
function backoffRuns(checks: readonly DecisionCheck[]): DecisionCheck[][] {
  const runs: DecisionCheck[][] = [[]];
  for (const c of checks) {
    if (isBackoffRetry(c)) runs[runs.length - 1]!.push(c);
    else if (runs[runs.length - 1]!.length) runs.push([]);
  }
  return runs.filter((run) => run.length >= MIN_RUN);
}

const delays = (run: DecisionCheck[]) => run.map((c) => (c.decision.action === 'retry' ? c.decision.delayMs : 0));

/** A violation about a whole run of backoff retries, in the same words as one about a decision. */
function runViolation(rule: SequenceRule, run: DecisionCheck[], expected: string): Violation {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  return {
    attempt: last.n,
    rule: rule.id,
    message: explain({
      where: `attempts ${first.n}–${last.n}`,
      fault: [...new Set(run.map((c) => describeFailure(c.failure)))].join(', then '),
      decided: `${run.length} consecutive backoff retries after ${delays(run).map(formatMs).join(', ')}`,
      expected,
      rule,
      says: first.rule.says,
    }),
  };
}

/** Over three or more consecutive backoff retries, the last delay is larger than the first. */
export const backoffGrowth: SequenceRule = {
  id: 'backoff-growth',
  why: 'repeated backoff must grow, or every client retries into the same overload',
  check: (_attempts, _expect, checks) =>
    backoffRuns(checks)
      .filter((run) => {
        const d = delays(run);
        return d[d.length - 1]! <= d[0]!;
      })
      .map((run) => runViolation(backoffGrowth, run, 'the last delay to be larger than the first')),
};

/** Over three or more consecutive backoff retries, the successive ratios are not all equal. */
export const backoffJitter: SequenceRule = {
  id: 'backoff-jitter',
  why: 'backoff without jitter makes many clients retry in lockstep',
  check: (_attempts, _expect, checks) =>
    backoffRuns(checks)
      .filter((run) => {
        const d = delays(run);
        const ratios = d.slice(1).map((value, i) => value / (d[i]! || 1));
        return ratios.every((r) => Math.abs(r - ratios[0]!) < 1e-9);
      })
      .map((run) => runViolation(backoffJitter, run, 'jittered delays (the ratios between successive delays were all equal)')),
};
