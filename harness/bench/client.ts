import { performance } from 'node:perf_hooks';
import referenceClient from '../handlers/reference-client.ts';
import { closeMswServer, mswServer } from '../runner/client/msw-server.ts';
import { runClientScenario, type ClientScenarioResult } from '../runner/client/run-client-scenario.ts';
import { defineScenario, type Scenario } from '../scenario/define.ts';
import { SIMULATED_ORIGINS, SIMULATORS } from '../../mocks/simulators.ts';

/** What the client-mode scenarios cost: virtual time simulated against real time spent. */
export interface ClientTimings {
  count: number;
  realMs: number[];
  virtualMs: number[];
  /** Each scenario's run, by id. */
  runs: Map<string, ClientScenarioResult>;
}

/**
 * Runs every client-mode scenario once against the reference client on virtual time.
 *
 * @example
 * const { realMs, virtualMs } = await timeClientScenarios(catalogue.filter((s) => s.client), 1);
 */
export async function timeClientScenarios(scenarios: readonly Scenario[], seed: number): Promise<ClientTimings> {
  const realMs: number[] = [];
  const virtualMs: number[] = [];
  const runs = new Map<string, ClientScenarioResult>();
  try {
    for (const scenario of scenarios) {
      const result = await runClientScenario(scenario, { client: referenceClient, seed, realLimitMs: 20_000 });
      realMs.push(result.realMs);
      virtualMs.push(result.virtualMs);
      runs.set(scenario.id, result);
    }
  } finally {
    closeMswServer();
  }
  return { count: scenarios.length, realMs, virtualMs, runs };
}

/** Three 429s with `Retry-After: 2`, then success: the scenario the real-time baseline runs. */
export const RETRY_AFTER_BASELINE = defineScenario(
  'hcompany/bench-retry-after-2-thrice',
  {
    title: 'three 429s with Retry-After: 2, then success',
    schedule: [
      {
        fault: 'http.response',
        with: { status: 429, headers: { 'retry-after': '2' }, body: '{"detail":"Rate limit exceeded"}' },
        times: 3,
      },
    ],
    expect: { end: ['accept'], kinds: ['platform.concurrency_limit'] },
  },
  'harness/bench/client.ts',
);

/**
 * The same client scenario on virtual time and on real timers (as a hand-written test with real
 * sleeps would run it): real ms of each.
 *
 * @example
 * await realTimeBaseline(1); // { virtualTimeMs: 9.1, realTimersMs: 14_020.4 }
 */
export async function realTimeBaseline(seed: number): Promise<{ virtualTimeMs: number; realTimersMs: number }> {
  try {
    const virtual = await runClientScenario(RETRY_AFTER_BASELINE, {
      client: referenceClient,
      seed,
      realLimitMs: 60_000,
    });
    const real = await runClientScenario(RETRY_AFTER_BASELINE, {
      client: referenceClient,
      seed,
      realLimitMs: 60_000,
      virtualTime: false,
    });
    if (virtual.grade !== 'pass' || real.grade !== 'pass')
      throw new Error(`baseline scenario failed: ${[...virtual.problems, ...real.problems].join('; ')}`);
    return { virtualTimeMs: virtual.realMs, realTimersMs: real.realMs };
  } finally {
    closeMswServer();
  }
}

/**
 * Requests per second one in-process simulator serves (H Company session reads through MSW,
 * `concurrency` in flight at a time, real timers).
 *
 * @example
 * await simulatorRequestsPerSecond(2_000, 8); // ≈ 1,900
 */
export async function simulatorRequestsPerSecond(requests: number, concurrency: number): Promise<number> {
  const baseUrl = SIMULATED_ORIGINS.hcompany;
  const sim = SIMULATORS.hcompany({ baseUrl, apiKeys: ['bench-key'], seed: 1 });
  const server = mswServer();
  server.use(...sim.handlers);
  try {
    const headers = { authorization: 'Bearer bench-key', 'content-type': 'application/json' };
    const body = JSON.stringify({
      agent: 'h/web-surfer-flash',
      messages: [{ type: 'user_message', message: 'bench' }],
    });
    const created = await (await fetch(`${baseUrl}/api/v2/sessions`, { method: 'POST', headers, body })).json();
    let sent = 0;
    const started = performance.now();
    const worker = async () => {
      while (sent < requests) {
        sent++;
        await (await fetch(`${baseUrl}/api/v2/sessions/${created.id}`, { headers })).arrayBuffer();
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return requests / ((performance.now() - started) / 1000);
  } finally {
    closeMswServer();
  }
}
