import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { groupProcesses } from './proc.ts';

// Captured before any scaled clock is installed: limits are real time.
const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;

/** How much of each output stream is kept (its end). */
const TAIL_BYTES = 4_096;

/** How one run of a command went. */
export interface CommandRun {
  /** Exit code, or null when a signal ended it or it never started. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** Why it never started (`ENOENT`: not found; `EACCES`: not executable). */
  spawnError: string | null;
  /** True when it was still running at the real-time limit (its process group was killed). */
  timedOut: boolean;
  /** Processes of its group still running after it exited (killed with the group), as `pid command`. */
  leftovers: string[];
  stdout: string;
  stderr: string;
  realMs: number;
}

/** What to run and within which limit. */
export interface CommandOptions {
  env: Record<string, string>;
  cwd?: string;
  /** Real ms after which the whole process group is killed. */
  realLimitMs: number;
  /** Called with the process group's id once the command started. */
  onStart?: (group: number) => void;
}

/** Process groups still alive, killed if the process exits before their run ends. */
const liveGroups = new Set<number>();
process.once('exit', () => {
  for (const group of liveGroups) killGroup(group);
});

/**
 * Runs a command in its own process group, without a shell and with no stdin, keeping the end of
 * its output. When it exits, every process it left behind in its group is listed and killed; at
 * the real-time limit the whole group is killed. Never rejects: a command that cannot start says
 * why in `spawnError`.
 *
 * @example
 * const run = await runCommand(['python3', 'client.py'], { env, realLimitMs: 25_000 });
 * if (run.timedOut) console.log('hung');
 */
export async function runCommand(command: readonly string[], options: CommandOptions): Promise<CommandRun> {
  const started = performance.now();
  const [program, ...args] = command;
  const run: CommandRun = {
    exitCode: null,
    signal: null,
    spawnError: null,
    timedOut: false,
    leftovers: [],
    stdout: '',
    stderr: '',
    realMs: 0,
  };
  const child = spawn(program!, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const group = child.pid;
  if (group) {
    liveGroups.add(group);
    options.onStart?.(group);
  }
  child.stdout.on('data', (chunk: Buffer) => (run.stdout = tail(run.stdout + chunk.toString('utf8'))));
  child.stderr.on('data', (chunk: Buffer) => (run.stderr = tail(run.stderr + chunk.toString('utf8'))));
  const outputClosed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const limit = realSetTimeout(() => {
    run.timedOut = true;
    if (group) killGroup(group);
  }, options.realLimitMs);
  try {
    await new Promise<void>((resolve) => {
      child.once('error', (error: NodeJS.ErrnoException) => {
        run.spawnError = error.code ?? error.message;
        resolve();
      });
      // 'exit', not 'close': a process left behind may hold the output pipes open.
      child.once('exit', (code, signal) => {
        run.exitCode = code;
        run.signal = signal;
        resolve();
      });
    });
  } finally {
    realClearTimeout(limit);
    if (group) {
      run.leftovers = run.timedOut ? [] : groupMembers(group).map(({ pid, args: what }) => `${pid} ${what}`);
      killGroup(group);
      await waitUntilGone(group);
      liveGroups.delete(group);
      // The group is dead: its pipes close at once; the bound only guards against surprises.
      await Promise.race([outputClosed, new Promise((resolve) => realSetTimeout(resolve, 500))]);
    }
    run.realMs = performance.now() - started;
  }
  return run;
}

/** The live processes of a group with their command lines. */
function groupMembers(group: number): Array<{ pid: number; args: string }> {
  return groupProcesses(group).map(({ pid }) => {
    try {
      return { pid, args: readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ') };
    } catch {
      return { pid, args: '(ended)' };
    }
  });
}

function killGroup(group: number): void {
  try {
    process.kill(-group, 'SIGKILL');
  } catch {
    // The group is already gone.
  }
}

async function waitUntilGone(group: number): Promise<void> {
  for (let i = 0; i < 200 && groupProcesses(group).length > 0; i++)
    await new Promise((resolve) => realSetTimeout(resolve, 10));
}

function tail(text: string): string {
  return text.length > TAIL_BYTES ? text.slice(-TAIL_BYTES) : text;
}
