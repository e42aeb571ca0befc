import { MAX_TOTAL_DELAY_MS } from '../../oracle/index.ts';
import { runFleetOf, type ClientEnv, type ClientHandler, type ClientResult } from '../../contract/index.ts';
import type { Scenario } from '../../scenario/define.ts';
import { fleetTasks } from '../../scenario/fleet.ts';
import { CANARY_API_KEY } from '../../../mocks/secrets.ts';
import { SIMULATED_ORIGINS, SIMULATORS, type SimulatedProvider } from '../../../mocks/simulators.ts';
import { scheduleFates } from './schedule-fates.ts';
import { startRun } from '../verdict.ts';
import { mswServer, takeUnhandled } from './msw-server.ts';
import { clientVerdict, parseClientResult, parseFleetResults, type ClientScenarioResult } from './client-verdict.ts';
import { drain, drive, installVirtualTime } from './virtual-time.ts';

export type { ClientScenarioResult } from './client-verdict.ts';

/** Virtual time a client may run before it counts as hung: past the 3 h bound on waiting (docs/oracle.md). */
export const CLIENT_VIRTUAL_BUDGET_MS = MAX_TOTAL_DELAY_MS + 3_600_000;
/** Virtual time watched after the client returns, for requests it should not send. */
const AFTER_RETURN_HORIZON_MS = 3_600_000;

/** How to run one scenario against a client. */
export interface ClientRunOptions {
  client: ClientHandler;
  seed: number;
  /** Real-time limit for the whole client run. */
  realLimitMs: number;
  /** False runs on real timers (for the bench's baseline); default true. */
  virtualTime?: boolean;
  secrets?: readonly string[];
}

/**
 * Runs one scenario against a client handler: arms the provider's simulator with the scenario's
 * schedule (one step per run the client starts), runs the client on a virtual clock, then
 * reconstructs its decisions from the traffic and judges them with the oracle and the traffic rules.
 * One sample per retry is all a run shows, so backoff is judged from it (docs/oracle.md, "Client
 * mode"). Interceptors and clocks are always restored.
 *
 * @example
 * const result = await runClientScenario(scenario, { client, seed: 1, realLimitMs: 20_000 });
 */
export async function runClientScenario(scenario: Scenario, options: ClientRunOptions): Promise<ClientScenarioResult> {
  const realStart = performance.now();
  const provider = scenario.provider as SimulatedProvider;
  const start = startRun(scenario, options.seed, { mode: 'client', client: options.client.name });
  const { seed, trace, schedule } = start;
  const clock = options.virtualTime === false ? null : installVirtualTime();
  const server = mswServer();
  const controller = new AbortController();
  const problems: string[] = [];
  try {
    const apiKeys = [CANARY_API_KEY, `${CANARY_API_KEY}-refreshed`];
    const platform = scenario.platform.map(({ fault, params }) => fault.arm(params));
    const sim = SIMULATORS[provider]({
      baseUrl: SIMULATED_ORIGINS[provider],
      apiKeys,
      seed,
      fates: scheduleFates(scenario, schedule),
      platform,
    });
    server.use(...sim.handlers);
    takeUnhandled();
    const t0 = Date.now();
    let proxies = 0;
    const env: ClientEnv = {
      baseUrl: sim.baseUrl,
      apiKey: apiKeys[0]!,
      signal: controller.signal,
      refreshCredentials: async () => apiKeys[1]!,
      newProxy: () => `http://127.0.0.1:9/proxy-${++proxies}`,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      now: () => Date.now(),
    };
    const tasks = fleetTasks(scenario);
    const isFleet = scenario.tasks > 1;
    const work = Promise.resolve().then((): Promise<unknown> =>
      isFleet ? runFleetOf(options.client, tasks, env) : options.client.run(tasks[0]!, env),
    );
    const isBusy = () => sim.core.busy > 0;
    const driven = await drive(work, clock, {
      isBusy,
      virtualBudgetMs: CLIENT_VIRTUAL_BUDGET_MS,
      realLimitMs: options.realLimitMs,
    });
    const returnedAt = sim.core.traffic.exchanges.length;
    const virtualMs = Date.now() - t0;
    let result: ClientResult | null = null;
    let results: Array<ClientResult | null> | null = null;
    if (!driven.settled)
      problems.push(`the client ${driven.why}; last request: ${sim.core.traffic.lines().at(-1) ?? '(none)'}`);
    else if (!driven.ok)
      problems.push(
        `the client threw: ${(driven.error as Error)?.stack?.split('\n').slice(0, 2).join(' ') ?? String(driven.error)}`,
      );
    else if (isFleet) results = parseFleetResults(driven.value, problems);
    else result = parseClientResult(driven.value, problems);
    controller.abort();
    if (driven.settled) await drain(clock, AFTER_RETURN_HORIZON_MS, isBusy);
    return clientVerdict({
      start,
      handler: options.client.name,
      core: sim.core,
      result,
      problems,
      unknownRequests: takeUnhandled(),
      lateRequests: driven.settled ? sim.core.traffic.exchanges.slice(returnedAt) : [],
      virtualMs,
      realStart,
      secrets: options.secrets ?? [],
      ...(isFleet && { fleet: { tasks, results } }),
    });
  } finally {
    controller.abort();
    server.resetHandlers();
    clock?.uninstall();
  }
}
