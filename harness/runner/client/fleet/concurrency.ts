import { inFlightAt, named, type FleetRule } from './fleet-rule.ts';

/**
 * After the first concurrency refusal, the client never has more runs in flight than the limit
 * the platform announced: each new run starts only while fewer than the limit are in flight.
 */
export const fleetConcurrency: FleetRule = {
  id: 'fleet-concurrency',
  why: 'Past the announced limit every extra run is refused: load and quota spent for nothing. Runs sent before the client saw the first refusal are not counted: it could not know yet.',
  level: 'should',
  check({ attempts, platform }) {
    const limit = platform.find((p) => p.id === 'platform.concurrency-limit')?.params.limit;
    const first = attempts.find((a) => a.refusedBy === 'platform.concurrency-limit');
    if (typeof limit !== 'number' || !first) return [];
    const seenAt = first.record.observedAtMs ?? first.record.startedAtMs;
    const over = attempts.filter(
      (a) =>
        a.record.startedAtMs > seenAt &&
        inFlightAt(
          attempts.filter((o) => o !== a),
          a.record.startedAtMs,
        ) +
          1 >
          limit,
    );
    if (!over.length) return [];
    const worst = Math.max(
      ...over.map(
        (a) =>
          inFlightAt(
            attempts.filter((o) => o !== a),
            a.record.startedAtMs,
          ) + 1,
      ),
    );
    return [
      `after the first concurrency refusal (${named(first)}, at ${seenAt} ms), ${over.length} runs started past the announced limit of ${limit} (up to ${worst} in flight), the first ${named(over[0]!)} at ${over[0]!.record.startedAtMs} ms`,
    ];
  },
};
