import { z } from 'zod';
import { EscalationTargetSchema } from './decision.ts';
import { ProviderSchema } from './kinds.ts';
import type { Provider } from './kinds.ts';
import type { TaskSpec } from './context.ts';

/** What the harness gives a client: where the platform is, how to authenticate, when to stop. */
export interface ClientEnv {
  /** Origin of the simulated platform, e.g. `https://api.hcompany.test`. */
  baseUrl: string;
  /** The API key to send (each platform has its own header). */
  apiKey: string;
  /** Aborted when the harness stops the client (its budget is spent, or the scenario ended). */
  signal: AbortSignal;
  /** A new valid API key, as a secrets manager would hand out after a 401. */
  refreshCredentials(): Promise<string>;
  /** A new proxy URL, as a proxy pool would hand out. */
  newProxy(): string;
  /**
   * Fallback clock for clients whose timers Faultline cannot fake (e.g. a client that sleeps with
   * `performance.now()` busy-waits or `AbortSignal.timeout`). Plain `setTimeout` and `Date` are
   * already virtual; use these only if yours are not.
   */
  sleep(ms: number): Promise<void>;
  now(): number;
}

/** Schema of what a client finally did. */
export const ClientResultSchema = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('accepted'), answer: z.unknown() }),
  z.strictObject({ outcome: z.literal('gave_up'), reason: z.string() }),
  z.strictObject({ outcome: z.literal('escalated'), to: EscalationTargetSchema, reason: z.string() }),
]);
/** What a client finally did: accepted an answer, gave up, or handed the run over. */
export type ClientResult = z.infer<typeof ClientResultSchema>;

/**
 * A client handler: the user's real client code, judged from its traffic. `run` does the whole
 * job against `env.baseUrl` (create, poll, retry as it sees fit) and returns what it finally did.
 *
 * @example
 * export default {
 *   name: 'my-client',
 *   providers: ['hcompany'],
 *   async run(task, env) {
 *     const res = await fetch(`${env.baseUrl}/api/v2/sessions`, { method: 'POST', headers: { authorization: `Bearer ${env.apiKey}` },
 *       body: JSON.stringify({ agent: 'h/web-surfer-flash', messages: [{ type: 'user_message', message: task.prompt }] }) });
 *     …
 *     return { outcome: 'accepted', answer };
 *   },
 * } satisfies ClientHandler;
 */
export interface ClientHandler {
  name: string;
  /** Platforms the client speaks; client-mode scenarios of other platforms are skipped. */
  providers: readonly Provider[];
  run(task: TaskSpec, env: ClientEnv): Promise<ClientResult>;
  /**
   * Optional: runs a fleet of tasks against one platform, as the client would in production (it
   * decides how many at once, and shares its circuit breaker and limiter between them). Returns
   * one result per task, in the order of `tasks`. Without it, a fleet scenario runs `run` for every
   * task at once ({@link runFleetOf}).
   */
  runFleet?(tasks: readonly TaskSpec[], env: ClientEnv): Promise<ClientResult[]>;
}

/**
 * How a client runs a fleet: its own `runFleet`, or else `run` for every task at once, sharing
 * `env` (one platform, one API key): exactly what a client without fleet logic does in production.
 *
 * @example
 * const results = await runFleetOf(client, tasks, env); // one result per task, in order
 */
export function runFleetOf(client: ClientHandler, tasks: readonly TaskSpec[], env: ClientEnv): Promise<ClientResult[]> {
  if (client.runFleet) return client.runFleet(tasks, env);
  return Promise.all(tasks.map((task) => client.run(task, env)));
}

/** Schema a client handler module's default export must match. */
export const ClientHandlerSchema = z.object({
  name: z.string().min(1),
  providers: z.array(ProviderSchema).min(1),
  run: z.custom<ClientHandler['run']>((v) => typeof v === 'function', 'a function run(task, env)'),
  runFleet: z
    .custom<NonNullable<ClientHandler['runFleet']>>((v) => typeof v === 'function', 'a function runFleet(tasks, env)')
    .optional(),
});
