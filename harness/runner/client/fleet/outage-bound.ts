import { OPEN_AFTER_FAILURES, PROBE_INTERVAL_MS } from './breaker.ts';
import type { FleetRule } from './fleet-rule.ts';

/**
 * The requests sent during an outage are bounded: each task's first try, the failures before a
 * breaker opens, and one probe per {@link PROBE_INTERVAL_MS} of outage.
 */
export const outageBound: FleetRule = {
  id: 'fleet-outage-bound',
  why: "A retry storm against a platform that is down spends the user's quota and the platform's capacity for nothing: past this bound the fleet kept hammering.",
  level: 'must',
  check({ attempts, tasks, platform }) {
    return platform
      .filter((p) => p.id === 'platform.outage')
      .flatMap(({ params }) => {
        const fromMs = Number(params.fromS ?? 0) * 1000;
        const forMs = Number(params.forS) * 1000;
        const sent = attempts.filter(
          (a) => a.record.startedAtMs >= fromMs && a.record.startedAtMs < fromMs + forMs,
        ).length;
        const bound = tasks + OPEN_AFTER_FAILURES + Math.ceil(forMs / PROBE_INTERVAL_MS);
        return sent > bound
          ? [
              `${sent} requests were sent during the ${forMs / 1000} s outage, more than ${bound} (each of the ${tasks} tasks once, ${OPEN_AFTER_FAILURES} failures before a breaker opens, one probe per ${PROBE_INTERVAL_MS / 1000} s)`,
            ]
          : [];
      });
  },
};
