import type { ClientEnv, ClientHandler, ClientResult, FailureKind, TaskSpec } from '../../../core.ts';
import type { Classification, Native } from '../../../classify/index.ts';
import { runTask, type RecoveringClientOptions, type TaskGuard } from '../recovering-client.ts';
import { CircuitBreaker, type BreakerOptions } from './breaker.ts';
import { Limiter } from './limiter.ts';

/** How a fleet client shares the platform between its tasks; each flawed fleet client leaves one part out. */
export interface FleetOptions extends RecoveringClientOptions {
  /** The circuit breaker every task shares, or null for none. */
  breaker: BreakerOptions | null;
  /** Attempts in flight at once (lowered to what the platform announces), or null for no limit. */
  maxConcurrent: number | null;
  /** True: each task seeds its own jitter and adds a random spread to every wait; false: lockstep. */
  spread: boolean;
}

/** Failures that say the platform itself is down: they count toward opening the breaker. */
const DOWN: ReadonlySet<FailureKind> = new Set([
  'platform.unavailable',
  'platform.internal',
  'transport.connection_refused',
  'transport.connection_reset',
  'transport.timeout',
]);

/**
 * A client that runs a fleet the way production should: one task per {@link runTask}, all at
 * once, sharing a circuit breaker (the platform is down: probe, do not hammer) and a limiter (at
 * most N attempts in flight, N lowered to the limit the platform announces), each task with its own
 * jitter seed and a random spread added to every wait (so tasks that failed together do not come
 * back together).
 *
 * @example
 * export default fleetClient({ name: 'my-fleet', policy: reference, reuseKeyOnResend: true, maxAttempts: 12,
 *   breaker: { threshold: 5, halfOpenAfterMs: 10_000, maxOpenMs: 60_000 }, maxConcurrent: 8, spread: true });
 */
export function fleetClient(options: FleetOptions): ClientHandler {
  return {
    name: options.name,
    providers: ['hcompany', 'skyvern', 'webcompute', 'problem'],
    run: (task, env) => runTask(task, env, options),
    runFleet(tasks: readonly TaskSpec[], env: ClientEnv): Promise<ClientResult[]> {
      const guard = fleetGuard(options);
      return Promise.all(
        tasks.map((task, i) => runTask(task, env, options, guard, { index: i + 1, seed: options.spread ? i + 1 : 1 })),
      );
    },
  };
}

function fleetGuard(options: FleetOptions): TaskGuard {
  const breaker = options.breaker && new CircuitBreaker(options.breaker);
  const limiter = options.maxConcurrent === null ? null : new Limiter(options.maxConcurrent);
  let wakes = 0;
  // The breaker's waits need a spread too; each wait draws from the fleet's own stream.
  const wakeRandom = () => (options.spread ? fraction(++wakes) : 0);
  return {
    async enter(env) {
      for (;;) {
        const probe = (await breaker?.admit(wakeRandom, env.signal)) ?? false;
        const release = (await limiter?.acquire(env.signal)) ?? (() => undefined);
        // The breaker may have opened while the task queued for a slot: then it asks again.
        if (breaker && !breaker.permits(probe) && !env.signal.aborted) {
          release();
          continue;
        }
        return (native: Native, classified: Classification) => {
          const failure = classified.state === 'failure' ? classified.failure : null;
          if (failure && DOWN.has(failure.kind)) breaker?.failure();
          else breaker?.success();
          if (failure?.kind === 'platform.concurrency_limit') limiter?.lower(announcedLimit(native));
          if (failure?.kind === 'platform.rate_limited' && failure.retryAfterMs) limiter?.pace(failure.retryAfterMs);
          release();
        };
      }
    },
    wait: (delayMs, random) => (options.spread ? delayMs + random() * Math.max(1_000, delayMs / 2) : delayMs),
  };
}

/** A well-spread fraction in [0, 1) for the n-th wake (the golden-ratio sequence: deterministic, no shared seed). */
function fraction(n: number): number {
  return (n * 0.6180339887498949) % 1;
}

/** The limit a concurrency refusal announces (a problem document's `concurrency_limit`), or null. */
function announcedLimit(native: Native): number | null {
  if (!('response' in native)) return null;
  try {
    const limit = (JSON.parse(String(native.response.body)) as { concurrency_limit?: unknown }).concurrency_limit;
    return typeof limit === 'number' && limit > 0 ? limit : null;
  } catch {
    return null;
  }
}
