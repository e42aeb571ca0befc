import { listeningPorts, settledChromiumProcesses } from './processes.ts';
import { runPlaywright, type PlaywrightRun } from './playwright-run.ts';

/** One real `npx playwright test` run of the catalogue, with the machine's Chromium processes and listening ports around it. */
export interface SuiteRun extends PlaywrightRun {
  chromiumBefore: number;
  chromiumAfter: number;
  portsBefore: number;
  portsAfter: number;
}

/**
 * Runs `npx playwright test` with `workers` workers and the default handlers (the reference handler
 * and the reference client), as a user would; counts Chromium processes and listening ports before
 * and after.
 *
 * @example
 * const suite = await runSuite(2, seed); // { wallMs: 95_000, peakRssSumMb: 1_858, chromiumAfter: 0, … }
 */
export async function runSuite(workers: number, seed: number): Promise<SuiteRun> {
  const chromiumBefore = await settledChromiumProcesses();
  const portsBefore = listeningPorts().size;
  const run = await runPlaywright([`--workers=${workers}`, '--reporter=dot'], { FAULTLINE_SEED: String(seed) });
  return {
    ...run,
    chromiumBefore,
    chromiumAfter: await settledChromiumProcesses(),
    portsBefore,
    portsAfter: listeningPorts().size,
  };
}
