import type { Level } from '../schema.ts';
import { describeFailure, explain, formatMs } from '../describe.ts';
import { isBackoffRetry } from './delay-option.ts';
import { BACKOFF_CAP_MS, type DecisionCheck, type SequenceRule, type Violation } from './rule.ts';

/** Growth and jitter are judged over this many consecutive backoff retries or more. */
const MIN_RUN = 3;
/** Draws on other random streams a retry needs before its scheme, not its one sample, is judged. */
const MIN_SAMPLES = 8;
/** A scheme whose longest draw reaches this share of the cap sits at the cap: growth has nowhere to go. */
const AT_CAP = 0.9;
/** How much the longest draw must rise over a run: more than the noise of the longest of 16 draws of a flat scheme. */
const ENVELOPE_RISE = 1.1;

/** Runs of three or more consecutive backoff retries, as their checks. */
function backoffRuns(checks: readonly DecisionCheck[]): DecisionCheck[][] {
  const runs: DecisionCheck[][] = [[]];
  for (const c of checks) {
    if (isBackoffRetry(c)) runs[runs.length - 1]!.push(c);
    else if (runs[runs.length - 1]!.length) runs.push([]);
  }
  return runs.filter((run) => run.length >= MIN_RUN);
}

const delayOf = (c: DecisionCheck) => (c.decision.action === 'retry' ? c.decision.delayMs : 0);
const delays = (run: DecisionCheck[]) => run.map(delayOf);
/** This run's delay and the ones drawn on other random streams, for each retry of the run. */
const drawn = (run: DecisionCheck[]) => run.map((c) => [delayOf(c), ...c.samples]);
/** True when every retry of the run was drawn again often enough to judge the scheme. */
const schemeKnown = (run: DecisionCheck[]) => run.every((c) => c.samples.length >= MIN_SAMPLES);
const list = (values: number[]) => values.map(formatMs).join(', ');

/** What the handler did over a run, in words: the delays, and the scheme's envelope when known. */
function decidedOver(run: DecisionCheck[], envelope: string): string {
  const waited = `${run.length} consecutive backoff retries after ${list(delays(run))}`;
  return schemeKnown(run) ? `${waited}; drawn again ${run[0]!.samples.length} times each, ${envelope}` : waited;
}

/** A violation about a whole run of backoff retries, in the same words as one about a decision. */
function runViolation(
  rule: SequenceRule,
  run: DecisionCheck[],
  decided: string,
  expected: string,
  level: Level = rule.level,
): Violation {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  return {
    attempt: last.n,
    rule: rule.id,
    level,
    message: explain({
      where: `attempts ${first.n}–${last.n}`,
      fault: [...new Set(run.map((c) => describeFailure(c.failure)))].join(', then '),
      decided,
      expected,
      rule,
      level,
      says: first.rule.says,
    }),
  };
}

/**
 * Repeated backoff grows until the cap. With the scheme known (policy handlers asked again on other
 * random streams): the longest draw of the last retry exceeds that of the first, or sits at the cap.
 * With one sample per retry (client mode): some later delay exceeds the first, unless the first is
 * already half the cap or more (jitter at the cap may draw anything below it).
 */
export const backoffGrowth: SequenceRule = {
  id: 'backoff-growth',
  why: 'repeated backoff must grow until its cap, or every client retries into the same overload',
  level: 'should',
  check: (_attempts, _expect, checks) =>
    backoffRuns(checks).flatMap((run) => {
      if (schemeKnown(run)) {
        const envelope = drawn(run).map((draws) => Math.max(...draws));
        const [first, last] = [envelope[0]!, envelope[envelope.length - 1]!];
        if (last >= ENVELOPE_RISE * first || last >= AT_CAP * BACKOFF_CAP_MS || first >= BACKOFF_CAP_MS / 2) return [];
        const decided = decidedOver(run, `the longest draws were ${list(envelope)}`);
        return [
          runViolation(
            backoffGrowth,
            run,
            decided,
            `the longest draw to grow from the first retry to the last, until the ${formatMs(BACKOFF_CAP_MS)} cap`,
          ),
        ];
      }
      const d = delays(run);
      if (Math.max(...d.slice(1)) > d[0]! || d[0]! >= BACKOFF_CAP_MS / 2) return [];
      return [runViolation(backoffGrowth, run, decidedOver(run, ''), 'a later delay to be larger than the first')];
    }),
};

/**
 * Backoff is jittered. With the scheme known: every retry of the run draws more than one delay.
 * With one sample per retry: the ratios between successive delays are not all equal.
 */
export const backoffJitter: SequenceRule = {
  id: 'backoff-jitter',
  why: 'backoff without jitter makes many clients retry in lockstep',
  level: 'should',
  check: (_attempts, _expect, checks) =>
    backoffRuns(checks).flatMap((run) => {
      if (schemeKnown(run)) {
        const fixed = drawn(run).findIndex((draws) => Math.max(...draws) - Math.min(...draws) < 1);
        if (fixed < 0) return [];
        const decided = decidedOver(run, `attempt ${run[fixed]!.n} drew ${formatMs(delayOf(run[fixed]!))} every time`);
        return [
          runViolation(backoffJitter, run, decided, 'jittered delays (every retry of the scheme drawn at random)'),
        ];
      }
      const d = delays(run);
      const ratios = d.slice(1).map((value, i) => value / (d[i]! || 1));
      if (!ratios.every((r) => Math.abs(r - ratios[0]!) < 1e-9)) return [];
      return [
        runViolation(
          backoffJitter,
          run,
          decidedOver(run, ''),
          'jittered delays (the ratios between successive delays were all equal)',
        ),
      ];
    }),
};
