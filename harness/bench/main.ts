import { loadCatalogue } from '../catalogue/load.ts';
import { runSeed } from '../runner/random.ts';
import { referenceRun } from '../runner/process/time-factor.ts';
import { timeChaos } from './chaos.ts';
import { realTimeBaseline, simulatorRequestsPerSecond, timeClientScenarios } from './client.ts';
import { failingHandlerSlowdown } from './failing.ts';
import { benchFigures } from './figures.ts';
import { FLEET_BENCH_SCENARIO, timeFleet } from './fleet.ts';
import { timeFaults, timeScenarios } from './measure.ts';
import { measureProcessClock } from './process-clock.ts';
import { repeat, RUNS } from './repeat.ts';
import { roundFigures } from './stats.ts';
import { runSuite } from './suite.ts';

/** 4 providers × 250 = 1,000 chaos schedules. */
const CHAOS_RUNS_PER_PROVIDER = 250;
/** Playwright workers of the suite and failing-handler runs. */
const WORKERS = 2;
const LIFECYCLE_FAULTS = [
  'browser.navigation_timeout',
  'browser.crash',
  'browser.killed',
  'browser.launch_failure',
  'browser.context_closed',
  'browser.proxy_refused',
];

/**
 * `npm run bench`: measures the harness on this machine, each timing {@link RUNS} times, and prints
 * a table (or, with `--json`, one JSON object). `--no-suite` skips the full suite runs,
 * `--no-failing` the failing-handler comparison. Figures are reported, never asserted: targets
 * live in the issues and notes.
 *
 * @example
 * npm run bench -- --json --no-failing
 */
async function main(argv: string[]): Promise<void> {
  const seed = runSeed();
  const scenarios = await loadCatalogue();
  const policy = scenarios.filter((s) => !s.browser && s.tasks === 1);
  const browser = scenarios.filter((s) => s.browser);
  const clientScenarios = scenarios.filter((s) => s.client);
  const fleetScenario = scenarios.find((s) => s.id === FLEET_BENCH_SCENARIO)!;

  const policyPasses = await repeat(RUNS, () => timeScenarios(policy, seed));
  await timeScenarios(browser.slice(0, 1), seed); // warm-up: first launch, first page
  const browserPasses = await repeat(RUNS, () => timeScenarios(browser, seed));
  const lifecycle = await repeat(RUNS, () => timeFaults(LIFECYCLE_FAULTS));
  const client = await repeat(RUNS, () => timeClientScenarios(clientScenarios, seed));
  const fleet = await repeat(RUNS, () => timeFleet(fleetScenario, seed));
  const baseline = await repeat(RUNS, () => realTimeBaseline(seed));
  const requestsPerSecond = await repeat(RUNS, () => simulatorRequestsPerSecond(2_000, 8));
  // A client in another language (faultline judge): how each runtime's 30 s sleeps are judged.
  const thrice = scenarios.find((s) => s.id === 'problem/retry-after-30-thrice')!;
  const processClock = await measureProcessClock(thrice, referenceRun(client[0]!.runs.get(thrice.id)!, thrice.expect));
  const chaosMs = await repeat(RUNS, () => timeChaos(seed, CHAOS_RUNS_PER_PROVIDER));
  const suite = argv.includes('--no-suite') ? undefined : await repeat(RUNS, () => runSuite(WORKERS, seed));
  const failing = argv.includes('--no-failing') ? undefined : await failingHandlerSlowdown(WORKERS, seed);

  const figures = roundFigures(
    benchFigures({
      seed,
      scenarios,
      policy: policyPasses,
      browser: browserPasses,
      lifecycle,
      client,
      fleet,
      baseline,
      requestsPerSecond,
      processClock,
      chaosMs,
      suite,
      failing,
    }),
  );
  if (argv.includes('--json')) console.log(JSON.stringify(figures, null, 2));
  else
    for (const [name, value] of Object.entries(figures))
      console.log(`${name.padEnd(38)} ${typeof value === 'object' ? JSON.stringify(value) : value}`);
}

await main(process.argv.slice(2));
