import { performance } from 'node:perf_hooks';
import { runChaos } from '../chaos/run-chaos.ts';
import reference from '../handlers/reference.ts';
import type { SimulatedProvider } from '../../mocks/simulators.ts';

const PROVIDERS: readonly SimulatedProvider[] = ['hcompany', 'skyvern', 'webcompute', 'problem'];

/**
 * Real ms that `runsPerProvider` seeded chaos schedules per provider take against the reference
 * handler, each judged by the oracle; says on stderr when chaos finds a wrong decision.
 *
 * @example
 * await timeChaos(1, 250); // 3_480.2 (1,000 schedules)
 */
export async function timeChaos(seed: number, runsPerProvider: number): Promise<number> {
  const started = performance.now();
  for (const provider of PROVIDERS) {
    const report = await runChaos(provider, reference, { seed, runs: runsPerProvider, decisionTimeoutMs: 2_000 });
    if (report.failure)
      console.error(`bench: chaos found a wrong decision of the reference handler (${provider}, seed ${seed})`);
  }
  return performance.now() - started;
}
