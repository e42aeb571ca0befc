import type { Attempt, Failure, RecoveryHandler } from '../../harness/contract/index.ts';
import { drawAgain } from '../../harness/runner/draw-again.ts';
import { seededRandom } from '../../harness/shared/random.ts';
import { buildTask, type TaskOverrides } from '../../harness/scenario/task.ts';

/**
 * Feeds a handler the failures in order until it stops deciding `retry` or they run out (then the
 * last decision is a retry the harness cut off), the way the runner would; returns the attempts
 * and, per retry, its delays drawn again on other random streams (the backoff scheme).
 */
export async function feedAll(
  handler: RecoveryHandler,
  failures: readonly Failure[],
  seed = 7,
  task: TaskOverrides = {},
): Promise<{ attempts: Attempt[]; samples: Record<number, number[]> }> {
  const attempts: Attempt[] = [];
  const random = seededRandom(seed);
  const built = buildTask('t/x', failures[0]!.provider, task);
  let atMs = 0;
  for (const [i, f] of failures.entries()) {
    const ctx = { attempt: i + 1, history: structuredClone(attempts), elapsedMs: atMs, task: built, random };
    const decision = await handler.decide(f, ctx);
    attempts.push({ n: i + 1, failure: f, decision, atMs });
    if (decision.action !== 'retry') break;
    atMs += decision.delayMs;
  }
  const samples = await drawAgain(
    handler,
    attempts.map((attempt) => ({ attempt, task: built })),
    seed,
    2_000,
  );
  return { attempts, samples };
}

/**
 * Feeds a handler the same failure until it stops deciding `retry`, or `times` attempts were made
 * (then the last decision is a retry the harness cut off), the way the runner would.
 */
export async function feed(
  handler: RecoveryHandler,
  f: Failure,
  times = 4,
  task: TaskOverrides = {},
): Promise<Attempt[]> {
  return (
    await feedAll(
      handler,
      Array.from({ length: times }, () => f),
      7,
      task,
    )
  ).attempts;
}
