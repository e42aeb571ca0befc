import referenceClient from '../handlers/reference-client.ts';
import { closeMswServer } from '../runner/client/msw-server.ts';
import { runClientScenario } from '../runner/client/run-client-scenario.ts';
import type { Scenario } from '../scenario/define.ts';

/** The fleet the bench times: 50 tasks, a 10-minute outage (the catalogue's own scenario). */
export const FLEET_BENCH_SCENARIO = 'problem/fleet-outage-10-minutes';

/** One timed fleet run: its real ms, the virtual ms it simulated and its verdict. */
export interface FleetTiming {
  realMs: number;
  virtualMs: number;
  grade: string;
}

/**
 * Runs the 50-task fleet with a 10-minute outage once against the reference client, judged in full
 * (every task's decisions, the fleet rules), and times it in real ms.
 *
 * @example
 * await timeFleet(catalogue.find((s) => s.id === FLEET_BENCH_SCENARIO)!, 1); // { realMs: 460.3, virtualMs: 612_000, grade: 'pass' }
 */
export async function timeFleet(scenario: Scenario, seed: number): Promise<FleetTiming> {
  try {
    const started = performance.now();
    const result = await runClientScenario(scenario, { client: referenceClient, seed, realLimitMs: 60_000 });
    return { realMs: performance.now() - started, virtualMs: result.virtualMs, grade: result.grade };
  } finally {
    closeMswServer();
  }
}
