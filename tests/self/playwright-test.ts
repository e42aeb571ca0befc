import { spawn, spawnSync, type ChildProcessWithoutNullStreams, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Playwright's command line, as `npx playwright` finds it (without npx's own half-second start). */
export const PLAYWRIGHT_CLI = resolve('node_modules/.bin/playwright');

/** What a finished run printed, and how it exited. */
export interface PlaywrightRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs Playwright's test command in this repository, what `npx playwright test` runs, with `env`
 * added to this process's. Unless `args` name one, the run gets an output folder of its own,
 * removed afterwards, and a conformance report folder beside it unless `env` names one: Playwright
 * empties its output folder when a run starts, and self-tests run two at a time, so two runs must
 * never share test-results/ (or conformance-report/).
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
  const run = isolated(args, env);
  try {
    return spawnSync(PLAYWRIGHT_CLI, run.args, { env: run.env, encoding: 'utf8', timeout: timeoutMs });
  } finally {
    run.cleanUp();
  }
}

/** A run started by {@link startPlaywrightTest}: its process, what it printed so far, and its end. */
export interface StartedRun {
  child: ChildProcessWithoutNullStreams;
  output: () => { stdout: string; stderr: string };
  done: Promise<PlaywrightRun>;
}

/**
 * Starts {@link playwrightTest}'s run without waiting for it, optionally `via` a wrapper command
 * (which gets Playwright's command line as its last arguments) and in a `processGroup` of its own
 * (so a signal can reach the whole group, as Ctrl-C does); its folders are removed once it ends.
 *
 * @example
 * const run = startPlaywrightTest(['--grep', '@browser'], {}, { processGroup: true });
 * process.kill(-run.child.pid!, 'SIGINT'); // Ctrl-C: the run stops its workers, reports and ends
 * (await run.done).stdout;
 */
export function startPlaywrightTest(
  args: readonly string[],
  env: Record<string, string> = {},
  { via = [], processGroup = false }: { via?: readonly string[]; processGroup?: boolean } = {},
): StartedRun {
  const run = isolated(args, env);
  const [command, ...rest] = [...via, PLAYWRIGHT_CLI, ...run.args];
  const child = spawn(command!, rest, { env: run.env, detached: processGroup });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const done = new Promise<PlaywrightRun>((resolve) =>
    child.on('close', (status) => {
      run.cleanUp();
      resolve({ status, stdout, stderr });
    }),
  );
  return { child, output: () => ({ stdout, stderr }), done };
}

/**
 * {@link playwrightTest} without blocking the event loop (a server this process runs keeps
 * answering meanwhile).
 *
 * @example
 * const run = await playwrightTestAsync(['playwright/renderer-crash'], { DEBUG: 'pw:browser' });
 * run.stderr; // Playwright's browser log
 */
export function playwrightTestAsync(args: readonly string[], env: Record<string, string> = {}): Promise<PlaywrightRun> {
  return startPlaywrightTest(args, env).done;
}

/** The arguments of Playwright's command line and the env for a run with folders of its own, and how to remove them. */
function isolated(args: readonly string[], env: Record<string, string>) {
  const scratch = args.some((arg) => arg.startsWith('--output')) ? null : mkdtempSync(join(tmpdir(), 'faultline-pw-'));
  return {
    args: ['test', ...args, ...(scratch ? [`--output=${join(scratch, 'results')}`] : [])],
    env: { ...process.env, ...(scratch && { FAULTLINE_REPORT_DIR: join(scratch, 'conformance-report') }), ...env },
    cleanUp: () => scratch && rmSync(scratch, { recursive: true, force: true }),
  };
}
