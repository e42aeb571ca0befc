import { named, type FleetAttempt, type FleetRule } from './fleet-rule.ts';

/** Consecutive failures in an outage after which the fleet must be down to probes (its breaker open). */
export const OPEN_AFTER_FAILURES = 10;
/** The fastest average probe rate while the breaker is open: one every 5 s. */
export const PROBE_INTERVAL_MS = 5_000;

/**
 * A circuit breaker, judged from traffic: once an outage has refused {@link OPEN_AFTER_FAILURES}
 * requests in a row, until a request succeeds again, requests go one at a time (a single
 * half-open probe, each sent after the previous one's answer) and no faster than one per
 * {@link PROBE_INTERVAL_MS} on average; full traffic resumes only after a probe succeeded.
 */
export const fleetBreaker: FleetRule = {
  id: 'fleet-breaker',
  why: 'Against a platform that is down, every request is refused: a fleet that keeps sending adds load to a platform trying to recover and spends quota. 10 failures in a row leave no doubt; one probe every 5 s finds the recovery within seconds.',
  level: 'should',
  check({ attempts }) {
    const opened = openedAt(attempts);
    if (opened === null) return [];
    const after = attempts
      .filter((a) => a.record.startedAtMs > opened)
      .sort((a, b) => a.record.startedAtMs - b.record.startedAtMs);
    const recovered = after.findIndex((a) => a.succeeded);
    const probing = recovered < 0 ? after : after.slice(0, recovered + 1);
    if (!probing.length) return [];
    const problems: string[] = [];
    const overlapping = probing.filter(
      (a, i) => i > 0 && a.record.startedAtMs < (probing[i - 1]!.record.observedAtMs ?? Infinity),
    );
    if (overlapping.length) {
      problems.push(
        `after ${OPEN_AFTER_FAILURES} failures in a row (at ${opened} ms) and before a request succeeded again, ${overlapping.length} requests were sent while another was still unanswered (the first, ${named(overlapping[0]!)}, at ${overlapping[0]!.record.startedAtMs} ms): a half-open breaker lets a single probe through`,
      );
    }
    const spanMs = probing.at(-1)!.record.startedAtMs - opened;
    const allowed = 1 + Math.floor(spanMs / PROBE_INTERVAL_MS);
    if (probing.length > allowed) {
      problems.push(
        `after ${OPEN_AFTER_FAILURES} failures in a row (at ${opened} ms), ${probing.length} requests were sent in ${spanMs} ms before one succeeded: more than one probe per ${PROBE_INTERVAL_MS / 1000} s (at most ${allowed})`,
      );
    }
    return problems;
  },
};

/** When the client saw the outage's {@link OPEN_AFTER_FAILURES}-th consecutive refusal, or null. */
function openedAt(attempts: readonly FleetAttempt[]): number | null {
  const answered = attempts
    .filter((a) => a.record.observedAtMs !== undefined)
    .sort((a, b) => a.record.observedAtMs! - b.record.observedAtMs!);
  let run = 0;
  for (const a of answered) {
    run = a.succeeded ? 0 : a.refusedBy === 'platform.outage' ? run + 1 : run;
    if (run >= OPEN_AFTER_FAILURES) return a.record.observedAtMs!;
  }
  return null;
}
