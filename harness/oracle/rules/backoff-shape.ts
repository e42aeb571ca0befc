import { formatMs } from '../describe.ts';
import { isBackoffRetry } from './delay-option.ts';
import type { DecisionCheck, SequenceRule, Violation } from './rule.ts';

const MIN_RUN = 3;

/** Runs of consecutive backoff retries, as their checks. */
function backoffRuns(checks: readonly DecisionCheck[]): DecisionCheck[][] {
  const runs: DecisionCheck[][] = [[]];
  for (const c of checks) {
    if (isBackoffRetry(c)) runs[runs.length - 1]!.push(c);
    else if (runs[runs.length - 1]!.length) runs.push([]);
  }
  return runs.filter((run) => run.length >= MIN_RUN);
}

const delays = (run: DecisionCheck[]) => run.map((c) => (c.decision.action === 'retry' ? c.decision.delayMs : 0));
const listed = (values: number[]) => values.map(formatMs).join(', ');
const attemptsOf = (run: DecisionCheck[]) => `attempts ${run[0]!.n}–${run[run.length - 1]!.n}`;

/** Over three or more consecutive backoff retries, the last delay is larger than the first. */
export const backoffGrowth: SequenceRule = {
  id: 'backoff-growth',
  why: 'repeated backoff must grow, or every client retries into the same overload',
  check: (_attempts, _expect, checks) =>
    backoffRuns(checks).flatMap((run): Violation[] => {
      const d = delays(run);
      return d[d.length - 1]! > d[0]!
        ? []
        : [{ attempt: run[run.length - 1]!.n, rule: 'backoff-growth', message: `${attemptsOf(run)}: ${run.length} consecutive backoff retries waited ${listed(d)}; expected the last delay to be larger than the first (rule backoff-growth: ${backoffGrowth.why})` }];
    }),
};

/** Over three or more consecutive backoff retries, the successive ratios are not all equal. */
export const backoffJitter: SequenceRule = {
  id: 'backoff-jitter',
  why: 'backoff without jitter makes many clients retry in lockstep',
  check: (_attempts, _expect, checks) =>
    backoffRuns(checks).flatMap((run): Violation[] => {
      const d = delays(run);
      const ratios = d.slice(1).map((value, i) => value / (d[i]! || 1));
      const allEqual = ratios.every((r) => Math.abs(r - ratios[0]!) < 1e-9);
      return allEqual
        ? [{ attempt: run[run.length - 1]!.n, rule: 'backoff-jitter', message: `${attemptsOf(run)}: ${run.length} consecutive backoff retries waited ${listed(d)}, every step the same ratio; expected jittered delays (rule backoff-jitter: ${backoffJitter.why})` }]
        : [];
    }),
};
