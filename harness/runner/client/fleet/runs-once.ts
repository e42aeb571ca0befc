import type { FleetRule } from './fleet-rule.ts';

/** No task runs twice: once one of its runs succeeded, the platform never starts another for it. */
export const runsOnce: FleetRule = {
  id: 'fleet-runs-once',
  why: 'A task run twice is paid twice and may act twice (two orders, two messages). A resend after a lost answer carries the same Idempotency-Key, so the platform replays instead.',
  level: 'must',
  check({ attempts }) {
    const successes = new Map<number, number>();
    for (const a of attempts)
      if (a.succeeded && a.task !== null && a.record.replayOf === undefined)
        successes.set(a.task, (successes.get(a.task) ?? 0) + 1);
    return [...successes]
      .filter(([, count]) => count > 1)
      .map(([task, count]) => `task ${task + 1} ran ${count} times to a success: only its first run was needed`);
  },
};
