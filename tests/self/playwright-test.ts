import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs `npx playwright test` in this repository as a user would, with `env` added to this
 * process's. Unless `args` name one, the run gets an output folder of its own, removed afterwards,
 * and a conformance report folder beside it unless `env` names one: Playwright empties its
 * output folder when a run starts, and self-tests run two at a time, so two runs must never share
 * test-results/ (or conformance-report/).
 *
 * @example
 * const run = playwrightTest(['webcompute/daytona-upstream'], { FAULTLINE_SEED: '7' });
 * run.status; // 0
 */
export function playwrightTest(
  args: readonly string[],
  env: Record<string, string> = {},
  timeoutMs = 240_000,
): SpawnSyncReturns<string> {
  const scratch = args.some((arg) => arg.startsWith('--output')) ? null : mkdtempSync(join(tmpdir(), 'faultline-pw-'));
  try {
    return spawnSync(
      'npx',
      ['playwright', 'test', ...args, ...(scratch ? [`--output=${join(scratch, 'results')}`] : [])],
      {
        env: { ...process.env, ...(scratch && { FAULTLINE_REPORT_DIR: join(scratch, 'conformance-report') }), ...env },
        encoding: 'utf8',
        timeout: timeoutMs,
      },
    );
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}
