import type { FleetRule } from './fleet-rule.ts';

/** The window a retry storm is measured in. */
export const BURST_WINDOW_MS = 100;
/** Below this many retries in one window, no burst is called a storm, however small the fleet. */
export const BURST_FLOOR = 5;

/**
 * Retries of different tasks are spread out: no {@link BURST_WINDOW_MS} window holds the retries of
 * more than half of the fleet's tasks (and at least {@link BURST_FLOOR}).
 */
export const retrySpread: FleetRule = {
  id: 'fleet-retry-spread',
  why: 'Tasks that failed together and wait the same delay (no jitter, the same jitter seed, a Retry-After obeyed to the millisecond) all come back at once: a retry storm that fails them together again. Jitter spreads them.',
  level: 'should',
  check({ attempts, tasks }) {
    const retries = attempts
      .filter((a) => a.retry && a.task !== null)
      .sort((a, b) => a.record.startedAtMs - b.record.startedAtMs);
    const threshold = Math.max(BURST_FLOOR, Math.floor(tasks / 2) + 1);
    let worst = { count: 0, atMs: 0 };
    for (let i = 0, j = 0; i < retries.length; i++) {
      while (retries[j]!.record.startedAtMs <= retries[i]!.record.startedAtMs - BURST_WINDOW_MS) j++;
      const count = new Set(retries.slice(j, i + 1).map((a) => a.task)).size;
      if (count > worst.count) worst = { count, atMs: retries[j]!.record.startedAtMs };
    }
    return worst.count >= threshold
      ? [
          `the retries of ${worst.count} of ${tasks} tasks landed within ${BURST_WINDOW_MS} ms (from ${worst.atMs} ms): a retry storm; spread them with jitter of their own per task`,
        ]
      : [];
  },
};
