import { describe, expect, it } from 'vitest';
import { fleetBreaker, OPEN_AFTER_FAILURES, PROBE_INTERVAL_MS } from '../../harness/runner/client/fleet/breaker.ts';
import { fleetConcurrency } from '../../harness/runner/client/fleet/concurrency.ts';
import { everyTaskEnds } from '../../harness/runner/client/fleet/every-task-ends.ts';
import type { FleetAttempt, FleetTraffic } from '../../harness/runner/client/fleet/fleet-rule.ts';
import { outageBound } from '../../harness/runner/client/fleet/outage-bound.ts';
import { retrySpread } from '../../harness/runner/client/fleet/retry-spread.ts';
import { runsOnce } from '../../harness/runner/client/fleet/runs-once.ts';
import type { ClientResult } from '../../harness/contract/index.ts';

let seq = 0;
/** One attempt of `task`, started at `at` and answered `forMs` later. */
function attempt(
  task: number,
  at: number,
  how: { ok?: boolean; refusedBy?: string; forMs?: number; retry?: boolean } = {},
): FleetAttempt {
  const n = ++seq;
  const fault = how.refusedBy ?? (how.ok === false ? 'problem.document' : 'success');
  return {
    record: {
      n,
      seq: n,
      startedAtMs: at,
      observedAtMs: at + (how.forMs ?? 0),
      request: { credential: 'key#1' },
      fate: { type: 'reply', fault, reply: { status: 503 } },
      polledEnd: false,
      pollsAfterEnd: 0,
    },
    task,
    retry: how.retry ?? false,
    succeeded: how.ok ?? !how.refusedBy,
    refusedBy: how.refusedBy ?? null,
  };
}
const accepted: ClientResult = { outcome: 'accepted', answer: 1 };
const traffic = (attempts: FleetAttempt[], more: Partial<FleetTraffic> = {}): FleetTraffic => ({
  attempts,
  tasks: 4,
  results: [accepted, accepted, accepted, accepted],
  platform: [],
  ...more,
});
const outage = (forS: number) => [{ id: 'platform.outage', params: { fromS: 0, forS } }];

describe('fleet rules', () => {
  it('every task ends: a missing, short or phantom result is named', () => {
    const ran = [0, 1, 2, 3].map((t) => attempt(t, 0));
    expect(everyTaskEnds.check(traffic(ran))).toEqual([]);
    expect(everyTaskEnds.check(traffic(ran, { results: [accepted, accepted] }))).toEqual([
      'the client returned 2 results for 4 tasks',
      '2 of 4 tasks have no result (lost): task 3, task 4',
    ]);
    expect(everyTaskEnds.check(traffic(ran.slice(0, 3)))).toEqual([
      '1 tasks are reported accepted although none of their runs succeeded: task 4',
    ]);
    expect(everyTaskEnds.check(traffic(ran, { results: null }))).toEqual([
      'the client returned no list of results: all 4 tasks are lost',
    ]);
  });

  it('runs once: a second success of the same task is named, a replay is not', () => {
    const replay = attempt(1, 10);
    replay.record.replayOf = 1;
    expect(runsOnce.check(traffic([attempt(1, 0), replay]))).toEqual([]);
    expect(runsOnce.check(traffic([attempt(1, 0), attempt(1, 10)]))).toEqual([
      'task 2 ran 2 times to a success: only its first run was needed',
    ]);
  });

  it('concurrency: counts only runs started after the first refusal was seen, against the announced limit', () => {
    const platform = [{ id: 'platform.concurrency-limit', params: { limit: 2 } }];
    const before = [
      attempt(0, 0, { forMs: 5_000 }),
      attempt(1, 0, { forMs: 5_000 }),
      attempt(2, 0, { refusedBy: 'platform.concurrency-limit' }),
    ];
    // Waits for a slot: fine.
    expect(fleetConcurrency.check(traffic([...before, attempt(2, 5_000, { forMs: 5_000 })], { platform }))).toEqual([]);
    // A third run while two are in flight, after the refusal: named.
    const [message] = fleetConcurrency.check(traffic([...before, attempt(2, 1_000, { forMs: 5_000 })], { platform }));
    expect(message).toMatch(
      /after the first concurrency refusal .* 1 runs started past the announced limit of 2 \(up to 3 in flight\)/,
    );
  });

  it(`breaker: after ${OPEN_AFTER_FAILURES} failures in a row, one probe at a time and at most one per ${PROBE_INTERVAL_MS / 1000} s until one succeeds`, () => {
    const wave = Array.from({ length: OPEN_AFTER_FAILURES }, (_, i) =>
      attempt(i % 4, 0, { refusedBy: 'platform.outage' }),
    );
    const probes = [10_000, 20_000, 30_000].map((at) => attempt(0, at, { refusedBy: 'platform.outage', retry: true }));
    const recovered = [attempt(0, 40_000, { forMs: 2_000 }), attempt(1, 42_000), attempt(2, 42_000)];
    expect(fleetBreaker.check(traffic([...wave, ...probes, ...recovered]))).toEqual([]);
    // Two probes in flight at once.
    const overlapping = [
      attempt(0, 10_000, { refusedBy: 'platform.outage', forMs: 1_000 }),
      attempt(1, 10_500, { refusedBy: 'platform.outage' }),
    ];
    expect(fleetBreaker.check(traffic([...wave, ...overlapping]))[0]).toMatch(
      /1 requests were sent while another was still unanswered .* a half-open breaker lets a single probe through/,
    );
    // Full traffic resumed before a probe succeeded: a probe every second.
    const hammering = Array.from({ length: 20 }, (_, i) =>
      attempt(i % 4, 1_000 * (i + 1), { refusedBy: 'platform.outage' }),
    );
    expect(fleetBreaker.check(traffic([...wave, ...hammering]))).toEqual([
      expect.stringMatching(
        /20 requests were sent in 20000 ms before one succeeded: more than one probe per 5 s \(at most 5\)/,
      ),
    ]);
    // A success before the 10th failure in a row: no breaker is asked for yet.
    expect(fleetBreaker.check(traffic([...wave.slice(1), attempt(3, 500), ...hammering.slice(0, 5)]))).toEqual([]);
  });

  it('outage bound: each task once, the failures before a breaker opens, one probe per 5 s', () => {
    const bound = 4 + OPEN_AFTER_FAILURES + 60 / 5;
    const within = Array.from({ length: bound }, (_, i) => attempt(i % 4, i * 100, { refusedBy: 'platform.outage' }));
    expect(outageBound.check(traffic(within, { platform: outage(60) }))).toEqual([]);
    expect(
      outageBound.check(
        traffic([...within, attempt(0, 59_000, { refusedBy: 'platform.outage' })], { platform: outage(60) }),
      ),
    ).toEqual([
      `${bound + 1} requests were sent during the 60 s outage, more than ${bound} (each of the 4 tasks once, 10 failures before a breaker opens, one probe per 5 s)`,
    ]);
  });

  it('retry spread: the retries of more than half the fleet (≥ 5) within 100 ms are a storm', () => {
    const tasks = 8;
    const storm = Array.from({ length: 5 }, (_, i) => attempt(i, 1_000 + i * 20, { retry: true }));
    expect(retrySpread.check(traffic(storm, { tasks }))).toEqual([
      'the retries of 5 of 8 tasks landed within 100 ms (from 1000 ms): a retry storm; spread them with jitter of their own per task',
    ]);
    const spread = Array.from({ length: 8 }, (_, i) => attempt(i, 1_000 + i * 150, { retry: true }));
    expect(retrySpread.check(traffic(spread, { tasks }))).toEqual([]);
    // Half the fleet is not most of it.
    expect(retrySpread.check(traffic(storm.slice(0, 4), { tasks }))).toEqual([]);
  });
});
