import referenceClient from '../handlers/reference-client.ts';
import { closeMswServer } from '../runner/client/msw-server.ts';
import { runClientScenario } from '../runner/client/run-client-scenario.ts';
import type { Scenario } from '../scenario/define.ts';
import { quantile } from './stats.ts';

/** The fleet the bench times: 50 tasks, a 10-minute outage (the catalogue's own scenario). */
export const FLEET_BENCH_SCENARIO = 'problem/fleet-outage-10-minutes';

/** What timing a fleet gives: each run's real ms, their median, and the verdict of the last. */
export interface FleetTiming {
  realMs: number[];
  medianMs: number;
  virtualMs: number;
  grade: string;
}

/**
 * Runs the 50-task fleet with a 10-minute outage against the reference client `repeat` times, each
 * judged in full (every task's decisions, the fleet rules), and times each run in real ms.
 *
 * @example
 * const { medianMs } = await timeFleet(catalogue.find((s) => s.id === FLEET_BENCH_SCENARIO)!, 1, 3);
 */
export async function timeFleet(scenario: Scenario, seed: number, repeat: number): Promise<FleetTiming> {
  const realMs: number[] = [];
  let last = { virtualMs: 0, grade: 'none' };
  try {
    for (let i = 0; i < repeat; i++) {
      const started = performance.now();
      const result = await runClientScenario(scenario, { client: referenceClient, seed, realLimitMs: 60_000 });
      realMs.push(performance.now() - started);
      last = { virtualMs: result.virtualMs, grade: result.grade };
    }
  } finally {
    closeMswServer();
  }
  return { realMs, medianMs: quantile(realMs, 0.5), ...last };
}
