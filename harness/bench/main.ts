import { loadCatalogue } from '../catalogue/load.ts';
import { runSeed } from '../runner/random.ts';
import { timeFaults, timeScenarios, runSuite } from './measure.ts';
import { realTimeBaseline, simulatorRequestsPerSecond, timeClientScenarios } from './client.ts';
import { FLEET_BENCH_SCENARIO, timeFleet } from './fleet.ts';
import { measureProcessClock } from './process-clock.ts';
import { referenceRun } from '../runner/process/time-factor.ts';
import { runChaos } from '../chaos/run-chaos.ts';
import reference from '../handlers/reference.ts';
import { performance } from 'node:perf_hooks';
import { quantile, round2 } from './stats.ts';

const POLICY_REPEAT = 20;
/** 4 providers × 250 = 1,000 chaos schedules. */
const CHAOS_RUNS_PER_PROVIDER = 250;
const LIFECYCLE_FAULTS = [
  'browser.navigation_timeout',
  'browser.crash',
  'browser.killed',
  'browser.launch_failure',
  'browser.context_closed',
  'browser.proxy_refused',
];

/**
 * `npm run bench`: measures the harness on this machine and prints a table (or, with `--json`,
 * one JSON object). Figures are reported, never asserted: targets live in the issues and notes.
 *
 * @example
 * npm run bench -- --json
 */
async function main(argv: string[]): Promise<void> {
  const json = argv.includes('--json');
  const skipSuite = argv.includes('--no-suite');
  const seed = runSeed();
  const scenarios = await loadCatalogue();
  const policy = scenarios.filter((s) => !s.browser && s.tasks === 1);
  const browser = scenarios.filter((s) => s.browser);

  const policyRun = await timeScenarios(policy, seed, POLICY_REPEAT);
  await timeScenarios(browser.slice(0, 1), seed, 1); // warm-up: first launch, first page
  const browserRun = await timeScenarios(browser, seed, 1);
  const lifecycle = await timeFaults(LIFECYCLE_FAULTS);
  const client = await timeClientScenarios(
    scenarios.filter((s) => s.client),
    seed,
  );
  const fleet = await timeFleet(
    scenarios.find((s) => s.id === FLEET_BENCH_SCENARIO)!,
    seed,
    3,
  );
  const baseline = await realTimeBaseline(seed);
  const requestsPerSecond = await simulatorRequestsPerSecond(2_000, 8);
  // A client in another language (faultline judge): how each runtime's 30 s sleeps are judged.
  const thrice = scenarios.find((s) => s.id === 'problem/retry-after-30-thrice')!;
  const processClock = await measureProcessClock(thrice, referenceRun(client.runs.get(thrice.id)!, thrice.expect));
  const chaosStarted = performance.now();
  for (const provider of ['hcompany', 'skyvern', 'webcompute', 'problem'] as const) {
    const report = await runChaos(provider, reference, {
      seed,
      runs: CHAOS_RUNS_PER_PROVIDER,
      decisionTimeoutMs: 2_000,
    });
    if (report.failure)
      console.error(`bench: chaos found a wrong decision of the reference handler (${provider}, seed ${seed})`);
  }
  const chaosMs = performance.now() - chaosStarted;
  const suite = skipSuite ? undefined : await runSuite(2, seed);

  const perProvider: Record<string, { policy: number; browser: number; client: number }> = {};
  for (const s of scenarios) {
    const row = (perProvider[s.provider] ??= { policy: 0, browser: 0, client: 0 });
    row[s.browser ? 'browser' : 'policy']++;
    if (s.client) row.client++;
  }
  const clientVirtualMs = client.virtualMs.reduce((a, b) => a + b, 0);
  const clientRealMs = client.realMs.reduce((a, b) => a + b, 0);
  const hourLong = client.realMs.filter((_, i) => client.virtualMs[i]! >= 3_600_000);
  const figures = {
    seed,
    scenarios: scenarios.length,
    browserScenarios: browser.length,
    policyScenarioMedianMs: round2(quantile(policyRun.realMs, 0.5)),
    browserScenarioMedianMs: round2(quantile(browserRun.realMs, 0.5)),
    browserScenarioP95Ms: round2(quantile(browserRun.realMs, 0.95)),
    policyVirtualMs: policyRun.virtualMs,
    policyRealMs: round2(policyRun.realMs.reduce((a, b) => a + b, 0)),
    policyVirtualToRealRatio: Math.round(policyRun.virtualMs / policyRun.realMs.reduce((a, b) => a + b, 0)),
    clientScenarios: client.count,
    virtualMs: Math.round(clientVirtualMs),
    realMs: round2(clientRealMs),
    virtualToRealRatio: Math.round(clientVirtualMs / clientRealMs),
    clientScenarioMedianMs: round2(quantile(client.realMs, 0.5)),
    clientHourScenarios: hourLong.length,
    clientHourScenarioMedianMs: hourLong.length ? round2(quantile(hourLong, 0.5)) : null,
    fleet50Outage10MinMedianMs: round2(fleet.medianMs),
    fleet50Outage10MinGrade: fleet.grade,
    realTimeBaselineMs: round2(baseline.realTimersMs),
    baselineOnVirtualTimeMs: round2(baseline.virtualTimeMs),
    simulatorRequestsPerSecond: Math.round(requestsPerSecond),
    processSleepOvershootMs: Object.fromEntries(
      processClock.map((r) => [
        r.runtime,
        {
          timeFactor: r.timeFactor,
          min: Math.min(...r.overshootMs),
          max: Math.max(...r.overshootMs),
          judgedRight: r.passed,
        },
      ]),
    ),
    chaos1000SchedulesMs: round2(chaosMs),
    lifecycleFaultMs: Object.fromEntries(Object.entries(lifecycle).map(([id, ms]) => [id, round2(ms)])),
    scenariosPerProvider: perProvider,
    ...(suite && {
      suiteWallMs: round2(suite.wallMs),
      suiteExitCode: suite.exitCode,
      peakRssMb: round2(suite.peakRssMb),
      peakPssMb: round2(suite.peakPssMb),
      chromiumProcessesBefore: suite.chromiumBefore,
      chromiumProcessesAfter: suite.chromiumAfter,
      listeningPortsBefore: suite.portsBefore,
      listeningPortsAfter: suite.portsAfter,
    }),
  };
  if (json) console.log(JSON.stringify(figures, null, 2));
  else
    for (const [name, value] of Object.entries(figures))
      console.log(`${name.padEnd(26)} ${typeof value === 'object' ? JSON.stringify(value) : value}`);
}

await main(process.argv.slice(2));
