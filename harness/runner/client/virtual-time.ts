import { install, type Clock as InstalledClock } from '@sinonjs/fake-timers';

/** Where virtual time starts: a fixed instant, so timestamps in traces repeat run after run. */
export const VIRTUAL_EPOCH_MS = Date.parse('2026-01-20T12:00:00.000Z');

// Captured before any clock is installed: the harness's own real time.
const realSetImmediate = globalThis.setImmediate;
const realSetTimeout = globalThis.setTimeout;
const realNow = () => performance.now();

/**
 * Fakes `setTimeout`, `setInterval` and `Date` for the whole process, from {@link VIRTUAL_EPOCH_MS}.
 * `performance`, `setImmediate`, `queueMicrotask` and `nextTick` stay real, so I/O and promise
 * chains run as usual. Uninstall it in a `finally` (or a fixture teardown).
 *
 * @example
 * const clock = installVirtualTime();
 * try { … } finally { clock.uninstall(); }
 */
export function installVirtualTime(): InstalledClock {
  return install({
    now: VIRTUAL_EPOCH_MS,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
}

/** How {@link drive} ended. */
export type Driven<T> =
  | { settled: true; ok: true; value: T }
  | { settled: true; ok: false; error: unknown }
  | { settled: false; why: string };

/** Limits for {@link drive}. */
export interface DriveLimits {
  /** True while the platform is handling a request (virtual time must not jump then). */
  isBusy: () => boolean;
  /** Virtual ms after which the work counts as hung. */
  virtualBudgetMs: number;
  /** Real ms after which the work counts as hung. */
  realLimitMs: number;
}

/**
 * Runs virtual time forward until `work` settles: whenever nothing is in flight, it fires the next
 * timer at once, so an hour of backoff takes microseconds. Stops with `settled: false` when the
 * work is past its virtual budget, past the real limit, or waits on nothing at all.
 *
 * @example
 * const driven = await drive(client.run(task, env), clock, { isBusy: () => sim.core.busy > 0, virtualBudgetMs: 4 * 3600_000, realLimitMs: 20_000 });
 */
export async function drive<T>(
  work: Promise<T>,
  clock: InstalledClock | null,
  limits: DriveLimits,
): Promise<Driven<T>> {
  let outcome: Driven<T> | undefined;
  work.then(
    (value) => (outcome = { settled: true, ok: true, value }),
    (error: unknown) => (outcome = { settled: true, ok: false, error }),
  );
  const realStart = realNow();
  const virtualStart = Date.now();
  let idleSince: number | null = null;
  while (!outcome) {
    await settleIo();
    if (outcome) break;
    if (realNow() - realStart > limits.realLimitMs)
      return { settled: false, why: `did not finish within ${limits.realLimitMs} ms of real time` };
    if (Date.now() - virtualStart > limits.virtualBudgetMs)
      return { settled: false, why: `was still running after ${limits.virtualBudgetMs / 60_000} min of virtual time` };
    if (!clock || limits.isBusy()) {
      await realSleep(clock ? 0 : 1);
      continue;
    }
    if (clock.countTimers() === 0) {
      idleSince ??= realNow();
      if (realNow() - idleSince > 2_000)
        return {
          settled: false,
          why: 'waits on nothing: no request in flight and no timer pending for 2 s of real time',
        };
      await realSleep(2);
      continue;
    }
    idleSince = null;
    clock.next();
  }
  return outcome;
}

/**
 * Fires every timer left (a client's stray retries) for up to `horizonMs` of virtual time, letting
 * I/O settle between them: what the client would still do after it returned.
 *
 * @example
 * await drain(clock, 3_600_000, () => sim.core.busy > 0);
 */
export async function drain(clock: InstalledClock | null, horizonMs: number, isBusy: () => boolean): Promise<void> {
  if (!clock) return;
  const end = Date.now() + horizonMs;
  for (let fired = 0; fired < 1_000; fired++) {
    await settleIo();
    while (isBusy()) await realSleep(0);
    if (clock.countTimers() === 0) return;
    const next = clock.next();
    if (next > end) return;
  }
}

/** A few real macrotask turns: long enough for an in-process response to reach the client. */
async function settleIo(): Promise<void> {
  for (let i = 0; i < 4; i++) await new Promise<void>((resolve) => realSetImmediate(resolve));
}

function realSleep(ms: number): Promise<void> {
  return new Promise((resolve) => realSetTimeout(resolve, ms));
}
