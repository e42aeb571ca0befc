import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { NativeProcess } from '../../harness/contract/index.ts';

/** The simulated command-line tool: a real program, run as a child process (see its header). */
export const CLI_TOOL = fileURLToPath(new URL('./tool.mjs', import.meta.url));

/** Signals the tool can end itself with: an interrupt (Ctrl-C), a termination, a kill. */
export const CLI_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGKILL'] as const;

/** What the tool is armed with for one run; null runs it clean. */
export type CliArmed =
  | { exit: number; error: Record<string, unknown>; logs?: readonly string[] }
  | { exit: number; stdout: string; stderr: string }
  | { signal: (typeof CLI_SIGNALS)[number] };

/** A real run never takes this long; past it the tool is killed and the run fails, so no process is left behind. */
const RUN_LIMIT_MS = 20_000;

/**
 * Runs the tool once as a real child process (`node tool.mjs run --json`), hands it the job on
 * stdin and waits until it ended: its exit status or signal, and everything it wrote. The child is
 * always gone when this settles: it ended by itself, or it was killed.
 *
 * @example
 * await runCliTool({ answer: { price: 1049 }, armed: { exit: 75, error: { code: 'rate_limited' } } });
 * // { exitCode: 75, signal: null, stdout: '', stderr: '{"code":"rate_limited"}\n' }
 */
export function runCliTool(
  job: { answer: unknown; armed: CliArmed | null },
  args: readonly string[] = ['run', '--json'],
): Promise<NativeProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_TOOL, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const limit = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the cli tool did not end within ${RUN_LIMIT_MS} ms and was killed`));
    }, RUN_LIMIT_MS);
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    // The tool may end (killed by its armed signal) before it read its whole job.
    child.stdin.on('error', () => {});
    child.on('error', (error) => {
      clearTimeout(limit);
      child.kill('SIGKILL');
      reject(error);
    });
    child.on('close', (exitCode, signal) => {
      clearTimeout(limit);
      resolve({
        exitCode,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
    child.stdin.end(JSON.stringify(job));
  });
}
