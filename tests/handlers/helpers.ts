import type { Attempt, Failure, RecoveryHandler } from '../../harness/contract/index.ts';
import { seededRandom } from '../../harness/shared/random.ts';
import { buildTask, type TaskOverrides } from '../../harness/scenario/task.ts';

/**
 * Feeds a handler the same failure until it stops deciding `retry`, or `times` attempts were made
 * (then the last decision is a retry the harness cut off), the way the runner would.
 */
export async function feed(handler: RecoveryHandler, f: Failure, times = 4, task: TaskOverrides = {}): Promise<Attempt[]> {
  const history: Attempt[] = [];
  const random = seededRandom(7);
  let atMs = 0;
  for (let n = 1; n <= times; n++) {
    const ctx = { attempt: n, history: structuredClone(history), elapsedMs: atMs, task: buildTask('t/x', f.provider, task), random };
    const decision = await handler.decide(f, ctx);
    history.push({ n, failure: f, decision, atMs });
    if (decision.action !== 'retry') break;
    atMs += decision.delayMs;
  }
  return history;
}
