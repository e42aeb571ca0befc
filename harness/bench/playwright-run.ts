import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { treeMemory } from './processes.ts';

/** What one `npx playwright test` run cost. */
export interface PlaywrightRun {
  wallMs: number;
  exitCode: number | null;
  /** Peak of the sum of RSS over the process tree: pages shared between processes count once per process. */
  peakRssSumMb: number;
  /** Peak of the sum of PSS over the process tree: shared pages split between their processes. */
  peakPssMb: number;
}

/**
 * Runs `npx playwright test` with `args` and extra `env`, as a user would, timing it and sampling
 * the memory of its whole process tree every 200 ms.
 *
 * @example
 * await runPlaywright(['--workers=2', '--reporter=dot'], { FAULTLINE_SEED: '1' });
 * // { wallMs: 95_000, exitCode: 0, peakRssSumMb: 1_858, peakPssMb: 1_130 }
 */
export async function runPlaywright(args: readonly string[], env: Record<string, string>): Promise<PlaywrightRun> {
  const started = performance.now();
  const child = spawn('npx', ['playwright', 'test', ...args], { env: { ...process.env, ...env }, stdio: 'ignore' });
  let peakRssSumMb = 0;
  let peakPssMb = 0;
  const sampler = setInterval(() => {
    try {
      const memory = treeMemory(child.pid!);
      peakRssSumMb = Math.max(peakRssSumMb, memory.rssMb);
      peakPssMb = Math.max(peakPssMb, memory.pssMb);
    } catch {
      // the tree changed under ps; the next sample counts
    }
  }, 200);
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  return { wallMs: performance.now() - started, exitCode, peakRssSumMb, peakPssMb };
}
