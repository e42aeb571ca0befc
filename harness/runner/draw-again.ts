import type { Attempt, RecoveryHandler, TaskSpec } from '../contract/index.ts';
import { askHandler } from './ask-handler.ts';
import { seededRandom } from '../shared/random.ts';
import { scenarioSeed } from './random.ts';

/** How many other random streams a policy handler is asked on, to judge its backoff as a scheme. */
export const SCHEME_STREAMS = 16;

/** One attempt of a run, with the task the handler saw. */
export interface Asked {
  attempt: Attempt;
  task: TaskSpec;
}

/**
 * Asks a policy handler again for the same failures on other random streams (`ctx.random`), and
 * returns, per attempt the run retried, the delays it chose there: the distribution of its
 * backoff scheme, not the one sample the run shows. Each stream replays the whole run, the next
 * context built from that stream's own earlier decisions (decorrelated jitter depends on them),
 * and stops where the handler stops retrying. Deterministic: the streams come from the seed. A
 * handler that throws or hangs on a second asking gets no samples (at most one timeout is spent).
 *
 * @example
 * const samples = await drawAgain(handler, asked, result.seed, 2_000); // { 1: [512, 587, …], 2: […] }
 */
export async function drawAgain(
  handler: RecoveryHandler,
  asked: readonly Asked[],
  seed: number,
  decisionTimeoutMs: number,
  streams = SCHEME_STREAMS,
): Promise<Record<number, number[]>> {
  const samples: Record<number, number[]> = {};
  for (let k = 1; k <= streams; k++) {
    const random = seededRandom(scenarioSeed(seed, `scheme/${k}`));
    const history: Attempt[] = [];
    let elapsedMs = 0;
    for (const { attempt, task } of asked) {
      if (!attempt.failure || attempt.decision.action !== 'retry') break;
      const ctx = {
        attempt: attempt.n,
        history: structuredClone(history),
        elapsedMs,
        task: structuredClone(task),
        random,
      };
      const again = await askHandler(handler, attempt.failure, ctx, decisionTimeoutMs);
      // A handler that throws or hangs when asked again has no scheme to judge: its one run decides.
      if (!again.ok) return {};
      if (again.decision.action !== 'retry') break;
      (samples[attempt.n] ??= []).push(again.decision.delayMs);
      history.push({ n: attempt.n, failure: attempt.failure, decision: again.decision, atMs: elapsedMs });
      elapsedMs += again.decision.delayMs;
    }
  }
  return samples;
}
