import { classify, type Attempt, type ClientHandler, type ClientResult, type RecoveryHandler } from '../../core.ts';
import { applyChanges } from '../../runner/apply-changes.ts';
import { seededRandom } from '../../shared/random.ts';
import { hcompanyClient } from './hcompany.ts';
import { sleep } from './http.ts';
import type { PlatformClient, RunState } from './platform.ts';
import { problemClient } from './problem.ts';
import { skyvernClient } from './skyvern.ts';
import { webcomputeClient } from './webcompute.ts';

const PLATFORMS = { hcompany: hcompanyClient, skyvern: skyvernClient, webcompute: webcomputeClient, problem: problemClient } as const;

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
    async run(task, env): Promise<ClientResult> {
      const platform: PlatformClient = PLATFORMS[task.provider as keyof typeof PLATFORMS];
      let keys = 0;
      const newKey = () => `idem-${Date.now().toString(36)}-${++keys}`;
      const state: RunState = { task, apiKey: env.apiKey, idempotencyKey: newKey(), proxies: 0 };
      const history: Attempt[] = [];
      const started = Date.now();
      const random = seededRandom(1);
      try {
        for (let n = 1; ; n++) {
          const native = await platform.attempt(state, env);
          const classified = classify(native, { answerSchema: state.task.answerSchema, nowMs: Date.now() - started });
          if (classified.state === 'success') return { outcome: 'accepted', answer: classified.answer };
          if (classified.state === 'pending') return { outcome: 'gave_up', reason: `stopped while the run was ${classified.status}` };
          if (n >= options.maxAttempts) return { outcome: 'gave_up', reason: `${n} attempts failed` };
          await platform.inspect?.(classified.failure, state, env);
          const elapsedMs = Date.now() - started;
          const decision = await options.policy.decide(classified.failure, { attempt: n, history: structuredClone(history), elapsedMs, task: structuredClone(state.task), random });
          history.push({ n, failure: classified.failure, decision, atMs: elapsedMs });
          if (decision.action === 'abort') return { outcome: 'gave_up', reason: decision.reason };
          if (decision.action === 'escalate') return { outcome: 'escalated', to: decision.to, reason: decision.reason };
          if (decision.action === 'accept') return { outcome: 'accepted', answer: null };
          await sleep(decision.delayMs, env.signal);
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
    },
  };
}
