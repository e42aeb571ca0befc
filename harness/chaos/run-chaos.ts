import fc from 'fast-check';
import { FAILURE_KINDS } from '../contract/index.ts';
import { failsRun } from '../oracle/index.ts';
import { isClient, type HandlerUnderTest } from '../runner/load-handler.ts';
import { runClientScenario } from '../runner/client/run-client-scenario.ts';
import { scenarioSeed } from '../runner/random.ts';
import { traceJson } from '../runner/report-result.ts';
import { runScenario, type ScenarioResult } from '../runner/run-scenario.ts';
import { defineScenario } from '../scenario/define.ts';
import type { RawStep } from '../scenario/spec.ts';
import type { Expectation } from '../oracle/schema.ts';
import type { SimulatedProvider } from '../../mocks/simulators.ts';
import { scheduleArbitrary } from './arbitraries.ts';

/** Any ending and any kind are fine in chaos: the oracle's per-kind and cross-cutting rules judge. */
const ANYTHING_GOES: Expectation = { end: ['accept', 'abort', 'escalate'], kinds: [...FAILURE_KINDS] };

/** What a chaos run found. */
export interface ChaosReport {
  provider: SimulatedProvider;
  seed: number;
  runs: number;
  /** The shrunk failing schedule, its grade, problems and trace; null when every schedule passed. */
  failure: { schedule: RawStep[]; grade: string; problems: string[]; trace: string } | null;
}

/**
 * Runs `runs` random fault schedules for one provider against a handler (policy or client), each
 * judged by the oracle, and shrinks the first one that fails the run (a `fail` verdict, or in
 * strict mode a `non-strict` one). The schedules come from `seed` alone, so the same seed gives
 * the same schedules, the same shrink and byte-identical traces.
 *
 * @example
 * const report = await runChaos('hcompany', handler, { seed: 42, runs: 100, decisionTimeoutMs: 2000 });
 * if (report.failure) console.log(report.failure.schedule, report.failure.problems);
 */
export async function runChaos(
  provider: SimulatedProvider,
  handler: HandlerUnderTest,
  options: { seed: number; runs: number; decisionTimeoutMs: number; strict?: boolean },
): Promise<ChaosReport> {
  const judged = async (schedule: RawStep[]): Promise<ScenarioResult> => {
    const scenario = defineScenario(
      `${provider}/chaos`,
      { title: `chaos: a random ${provider} schedule`, schedule, expect: ANYTHING_GOES },
      'harness/chaos/run-chaos.ts',
    );
    return isClient(handler)
      ? runClientScenario(scenario, { client: handler, seed: options.seed, realLimitMs: 20_000 })
      : runScenario(scenario, { handler, seed: options.seed, decisionTimeoutMs: options.decisionTimeoutMs });
  };
  const strict = { strict: options.strict ?? false };
  const details = await fc.check(
    fc.asyncProperty(
      scheduleArbitrary(provider),
      async (schedule) => !failsRun((await judged(schedule)).grade, strict),
    ),
    {
      seed: scenarioSeed(options.seed, `chaos/${provider}`) | 0,
      numRuns: options.runs,
    },
  );
  if (!details.failed || !details.counterexample)
    return { provider, seed: options.seed, runs: details.numRuns, failure: null };
  const [schedule] = details.counterexample;
  const result = await judged(schedule);
  return {
    provider,
    seed: options.seed,
    runs: details.numRuns,
    failure: { schedule, grade: result.grade, problems: result.problems, trace: traceJson(result) },
  };
}

/**
 * The failure message of a chaos run: the seed to rerun with, the shrunk schedule and what broke.
 *
 * @example
 * throw new Error(formatChaos(report));
 */
export function formatChaos(report: ChaosReport): string {
  if (!report.failure)
    return `chaos ${report.provider}: ${report.runs} schedules, all judged right (seed ${report.seed})`;
  return [
    `chaos ${report.provider}: a schedule was judged ${report.failure.grade} after ${report.runs} runs (seed ${report.seed}; rerun with FAULTLINE_SEED=${report.seed} FAULTLINE_CHAOS=1)`,
    `  shrunk schedule: ${JSON.stringify(report.failure.schedule)}`,
    ...report.failure.problems.map((p) => `  • ${p}`),
  ].join('\n');
}
