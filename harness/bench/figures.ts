import type { Scenario } from '../scenario/define.ts';
import type { ClientTimings } from './client.ts';
import type { FailingHandlerSlowdown } from './failing.ts';
import type { FleetTiming } from './fleet.ts';
import type { ScenarioTimings } from './measure.ts';
import type { SleepAccuracy } from './process-clock.ts';
import { quantile, spread, type Spread } from './stats.ts';
import type { SuiteRun } from './suite.ts';

/** Client scenarios whose virtual time is at least this long (1 h) are the long-wait ones. */
export const LONG_WAIT_MS = 3_600_000;

/** Everything one bench run measured: one entry per run (pass) of each timing. */
export interface Measurements {
  seed: number;
  scenarios: readonly Scenario[];
  /** Each pass over the policy scenarios. */
  policy: ScenarioTimings[];
  /** Each pass over the browser scenarios. */
  browser: ScenarioTimings[];
  /** Each pass over the lifecycle faults: ms per fault id. */
  lifecycle: Array<Record<string, number>>;
  /** Each pass over the client scenarios. */
  client: ClientTimings[];
  fleet: FleetTiming[];
  baseline: Array<{ virtualTimeMs: number; realTimersMs: number }>;
  requestsPerSecond: number[];
  processClock: SleepAccuracy[];
  chaosMs: number[];
  /** Each full suite run; absent with `--no-suite`. */
  suite?: SuiteRun[];
  /** Absent with `--no-failing`. */
  failing?: FailingHandlerSlowdown;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const median = (values: readonly number[]) => spread(values).median;

/** A figure computed on each run, reported as the spread of its values over the runs. */
function perRun<T>(runs: readonly T[], figure: (run: T) => number): Spread {
  return spread(runs.map(figure));
}

/** A client pass narrowed to its long-wait scenarios (virtual time ≥ {@link LONG_WAIT_MS}). */
function longWaits(pass: ClientTimings): { realMs: number[]; virtualMs: number[] } {
  const long = pass.virtualMs.flatMap((virtual, i) => (virtual >= LONG_WAIT_MS ? [i] : []));
  return { realMs: long.map((i) => pass.realMs[i]!), virtualMs: long.map((i) => pass.virtualMs[i]!) };
}

/**
 * The bench's figures from its measurements, unrounded. Each timing is computed on each run (for
 * the scenario timings: each pass over the scenarios, e.g. the median over one pass's browser
 * scenarios) and reported as a {@link Spread} over the runs: the median of the runs' values, with
 * the lowest and highest beside it. Virtual times are the same on every pass (the seed fixes
 * them) and are given once; the failing-handler figures are one run each.
 *
 * @example
 * const figures = benchFigures(measurements);
 * figures.browserScenarioMs; // { median: 1_180.4, min: 1_150.2, max: 1_230.9, runs: 3 }
 */
export function benchFigures(m: Measurements) {
  const policy = m.policy[0]!;
  const client = m.client[0]!;
  const perProvider: Record<string, { policy: number; browser: number; client: number }> = {};
  for (const s of m.scenarios) {
    const row = (perProvider[s.provider] ??= { policy: 0, browser: 0, client: 0 });
    row[s.browser ? 'browser' : 'policy']++;
    if (s.client) row.client++;
  }
  return {
    seed: m.seed,
    scenarios: m.scenarios.length,
    browserScenarios: m.scenarios.filter((s) => s.browser).length,
    runsPerTiming: m.policy.length,
    policyScenarioMs: perRun(m.policy, (pass) => median(pass.realMs)),
    browserScenarioMs: perRun(m.browser, (pass) => median(pass.realMs)),
    browserScenarioP95Ms: perRun(m.browser, (pass) => quantile(pass.realMs, 0.95)),
    policyPassVirtualMs: policy.virtualMs,
    policyPassRealMs: perRun(m.policy, (pass) => sum(pass.realMs)),
    policyVirtualToRealRatio: perRun(m.policy, (pass) => pass.virtualMs / sum(pass.realMs)),
    clientScenarios: client.count,
    virtualMs: sum(client.virtualMs),
    realMs: perRun(m.client, (pass) => sum(pass.realMs)),
    virtualToRealRatio: perRun(m.client, (pass) => sum(pass.virtualMs) / sum(pass.realMs)),
    clientHourScenarios: longWaits(client).realMs.length,
    clientHourScenarioVirtualToRealRatio: perRun(m.client, (pass) => {
      const long = longWaits(pass);
      return sum(long.virtualMs) / sum(long.realMs);
    }),
    // What one simulated HTTP request through MSW costs in real time: 1,000 ms / simulatorRequestsPerSecond.
    interceptionMsPerRequest: perRun(m.requestsPerSecond, (perSecond) => 1_000 / perSecond),
    clientScenarioMs: perRun(m.client, (pass) => median(pass.realMs)),
    clientHourScenarioMs: perRun(m.client, (pass) => median(longWaits(pass).realMs)),
    fleet50Outage10MinMs: perRun(m.fleet, (run) => run.realMs),
    fleet50Outage10MinGrade: [...new Set(m.fleet.map((run) => run.grade))].join(', '),
    realTimeBaselineMs: perRun(m.baseline, (run) => run.realTimersMs),
    baselineOnVirtualTimeMs: perRun(m.baseline, (run) => run.virtualTimeMs),
    simulatorRequestsPerSecond: spread(m.requestsPerSecond),
    processSleepOvershootMs: Object.fromEntries(
      m.processClock.map((r) => [
        r.runtime,
        { timeFactor: r.timeFactor, ...spread(r.overshootMs), judgedRight: r.passed },
      ]),
    ),
    chaos1000SchedulesMs: spread(m.chaosMs),
    lifecycleFaultMs: Object.fromEntries(
      Object.keys(m.lifecycle[0]!).map((id) => [id, perRun(m.lifecycle, (pass) => pass[id]!)]),
    ),
    scenariosPerProvider: perProvider,
    ...(m.suite && {
      suiteWallMs: perRun(m.suite, (run) => run.wallMs),
      suiteExitCodes: m.suite.map((run) => run.exitCode),
      peakRssSumMb: perRun(m.suite, (run) => run.peakRssSumMb),
      peakPssMb: perRun(m.suite, (run) => run.peakPssMb),
      chromiumProcessesBefore: m.suite[0]!.chromiumBefore,
      chromiumProcessesAfter: m.suite.at(-1)!.chromiumAfter,
      listeningPortsBefore: m.suite[0]!.portsBefore,
      listeningPortsAfter: m.suite.at(-1)!.portsAfter,
    }),
    ...(m.failing && { failingHandlerSlowdown: m.failing }),
  };
}
