import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import reference from '../handlers/reference.ts';
import { ownFile } from '../own-files.ts';
import { REFERENCE_HANDLER } from '../runner/handler-projects.ts';
import failsEveryScenario from './fails-every-scenario.ts';
import { runPlaywright } from './playwright-run.ts';

/**
 * What a run where every test fails costs next to one where every test passes: the bundled
 * catalogue run with `npx playwright test --project <handler>` once against the reference handler
 * and once against a handler that fails every scenario, with the same seed and workers. One run
 * each, not a median: the failing run alone takes minutes.
 */
export interface FailingHandlerSlowdown {
  referenceWallMs: number;
  failingWallMs: number;
  /** failingWallMs / referenceWallMs. */
  ratio: number;
  /** Tests of the failing run that failed, from Playwright's JSON report. */
  failedTests: number;
  /** The failing handler's module. */
  handler: string;
}

/** Counts of one run's tests, as Playwright's JSON reporter gives them. */
interface TestCounts {
  expected: number;
  unexpected: number;
  flaky: number;
  skipped: number;
}

const FAILING_HANDLER = ownFile('harness/bench/fails-every-scenario');

/**
 * Runs the bundled catalogue against the reference handler, then against
 * `harness/bench/fails-every-scenario.ts`, with `workers` workers and the same seed, and compares
 * their wall times; says on stderr when a reference test failed or a failing-handler test passed.
 *
 * @example
 * await failingHandlerSlowdown(2, seed);
 * // { referenceWallMs: 90_000, failingWallMs: 880_000, ratio: 9.8, failedTests: 234, handler: 'harness/bench/fails-every-scenario.ts' }
 */
export async function failingHandlerSlowdown(workers: number, seed: number): Promise<FailingHandlerSlowdown> {
  const passing = await judgedRun(REFERENCE_HANDLER, reference.name, workers, seed);
  const failing = await judgedRun(FAILING_HANDLER, failsEveryScenario.name, workers, seed);
  if (passing.counts.unexpected + passing.counts.flaky)
    console.error(`bench: ${passing.counts.unexpected + passing.counts.flaky} reference tests failed (seed ${seed})`);
  if (failing.counts.expected + failing.counts.flaky)
    console.error(`bench: ${failing.counts.expected + failing.counts.flaky} tests passed against ${FAILING_HANDLER}`);
  return {
    referenceWallMs: passing.wallMs,
    failingWallMs: failing.wallMs,
    ratio: failing.wallMs / passing.wallMs,
    failedTests: failing.counts.unexpected,
    handler: FAILING_HANDLER,
  };
}

/** One `npx playwright test --project <project>` run of `handlerPath` with the JSON reporter: its wall time and test counts. */
async function judgedRun(
  handlerPath: string,
  project: string,
  workers: number,
  seed: number,
): Promise<{ wallMs: number; counts: TestCounts }> {
  const dir = await mkdtemp(join(tmpdir(), 'faultline-bench-'));
  try {
    const report = join(dir, 'report.json');
    const run = await runPlaywright(['--project', project, `--workers=${workers}`, '--reporter=json'], {
      FAULTLINE_SEED: String(seed),
      FAULTLINE_HANDLER: handlerPath,
      PLAYWRIGHT_JSON_OUTPUT_NAME: report,
    });
    const counts = await readFile(report, 'utf8').then(
      (text) => (JSON.parse(text) as { stats: TestCounts }).stats,
      () => {
        throw new Error(`npx playwright test --project ${project} wrote no JSON report (exit code ${run.exitCode})`);
      },
    );
    return { wallMs: run.wallMs, counts };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
