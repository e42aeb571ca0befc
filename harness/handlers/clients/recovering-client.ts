import {
  classify,
  type Attempt,
  type ClientEnv,
  type ClientHandler,
  type ClientResult,
  type RecoveryHandler,
  type TaskSpec,
} from '../../core.ts';
import type { Classification, Native } from '../../classify/index.ts';
import { applyChanges } from '../../runner/apply-changes.ts';
import { seededRandom } from '../../shared/random.ts';
import { hcompanyClient } from './hcompany.ts';
import { sleep } from './http.ts';
import type { PlatformClient, RunState } from './platform.ts';
import { problemClient } from './problem.ts';
import { skyvernClient } from './skyvern.ts';
import { webcomputeClient } from './webcompute.ts';

const PLATFORMS = {
  hcompany: hcompanyClient,
  skyvern: skyvernClient,
  webcompute: webcomputeClient,
  problem: problemClient,
} as const;

/** How a client built by {@link recoveringClient} behaves. */
export interface RecoveringClientOptions {
  name: string;
  /** Decides what to do about each failure (the same contract as a policy handler). */
  policy: RecoveryHandler;
  /** Resend a run-starting request whose answer was lost with the same `Idempotency-Key`. */
  reuseKeyOnResend: boolean;
  /** Give up after this many attempts whatever the policy says. */
  maxAttempts: number;
}

/**
 * What stands between one task and the platform when many tasks share it (a fleet's circuit
 * breaker and limiter): none for a single task.
 */
export interface TaskGuard {
  /** Waits until the task may start an attempt; returns what to call once the attempt showed how it went. */
  enter(env: ClientEnv): Promise<(native: Native, classified: Classification) => void>;
  /** The wait before a retry, given the policy's (a fleet adds its own spread). */
  wait(delayMs: number, random: () => number): number;
}

const UNGUARDED: TaskGuard = { enter: async () => () => undefined, wait: (delayMs) => delayMs };

/**
 * A real client over plain `fetch` for every simulated platform, whose recovery is a policy:
 * each run's end is classified with Faultline's own `classify`, the policy decides, and the client
 * waits (`setTimeout`), changes what the decision says (budget, proxy, schema, key, browser) and
 * starts a new run, or returns. A good template for a production client built on the pure core.
 *
 * @example
 * export default recoveringClient({ name: 'my-client', policy: myHandler, reuseKeyOnResend: true, maxAttempts: 12 });
 */
export function recoveringClient(options: RecoveringClientOptions): ClientHandler {
  return {
    name: options.name,
    providers: ['hcompany', 'skyvern', 'webcompute', 'problem'],
    run: (task, env) => runTask(task, env, options),
  };
}

/** Which task of a fleet a {@link runTask} runs: its place (in its idempotency keys) and the seed of its jitter. */
export interface TaskSlot {
  index: number;
  /** Each task of a fleet needs its own, or they all retry in lockstep. */
  seed: number;
}

/**
 * One task run to its end by a {@link recoveringClient}: attempts, classification, the policy's
 * decision, the wait, the changes. `guard` is what a fleet puts in between.
 *
 * @example
 * const result = await runTask(task, env, options, breakerAndLimiter, { index: 7, seed: 8 });
 */
export async function runTask(
  task: TaskSpec,
  env: ClientEnv,
  options: RecoveringClientOptions,
  guard: TaskGuard = UNGUARDED,
  slot: TaskSlot = { index: 0, seed: 1 },
): Promise<ClientResult> {
  const platform: PlatformClient = PLATFORMS[task.provider as keyof typeof PLATFORMS];
  let keys = 0;
  const newKey = () => `idem-${slot.index ? `${slot.index}-` : ''}${Date.now().toString(36)}-${++keys}`;
  const state: RunState = { task, apiKey: env.apiKey, idempotencyKey: newKey(), proxies: 0 };
  const history: Attempt[] = [];
  const started = Date.now();
  const random = seededRandom(slot.seed);
  try {
    for (let n = 1; ; n++) {
      const done = await guard.enter(env);
      if (env.signal.aborted) return { outcome: 'gave_up', reason: 'stopped by the harness' };
      const native = await platform.attempt(state, env);
      const classified = classify(native, { answerSchema: state.task.answerSchema, nowMs: Date.now() - started });
      done(native, classified);
      if (classified.state === 'success') return { outcome: 'accepted', answer: classified.answer };
      if (classified.state === 'pending')
        return { outcome: 'gave_up', reason: `stopped while the run was ${classified.status}` };
      if (n >= options.maxAttempts) return { outcome: 'gave_up', reason: `${n} attempts failed` };
      await platform.inspect?.(classified.failure, state, env);
      const elapsedMs = Date.now() - started;
      const decision = await options.policy.decide(classified.failure, {
        attempt: n,
        history: structuredClone(history),
        elapsedMs,
        task: structuredClone(state.task),
        random,
      });
      history.push({ n, failure: classified.failure, decision, atMs: elapsedMs });
      if (decision.action === 'abort') return { outcome: 'gave_up', reason: decision.reason };
      if (decision.action === 'escalate') return { outcome: 'escalated', to: decision.to, reason: decision.reason };
      if (decision.action === 'accept') return { outcome: 'accepted', answer: null };
      await sleep(guard.wait(decision.delayMs, random), env.signal);
      const answerLost = 'thrown' in native;
      if (!(answerLost && options.reuseKeyOnResend)) state.idempotencyKey = newKey();
      state.task = applyChanges(state.task, decision.changes, n);
      if (decision.changes.includes('new_proxy')) {
        state.task.proxy = env.newProxy();
        state.proxies++;
      }
      if (decision.changes.includes('refresh_credentials')) state.apiKey = await env.refreshCredentials();
      if (decision.changes.includes('fresh_browser')) await platform.freshBrowser?.(state, env);
    }
  } finally {
    await platform.finish?.(state, env);
  }
}
