import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import type { CommandClient } from '../contract/index.ts';
import { ownFile } from '../own-files.ts';
import { SIMULATORS } from '../../mocks/simulators.ts';

/** A malformed `faultline judge` command line (exit code 2, with the usage). */
export class JudgeUsageError extends Error {
  override name = 'JudgeUsageError';
}

/** What `faultline judge` was asked to do. */
export interface JudgeArgs {
  client: CommandClient;
  grep?: string;
  workers: number;
  /** Per-scenario real-time limit in seconds (Playwright's test timeout). */
  timeoutS?: number;
}

const PROVIDERS = Object.keys(SIMULATORS) as CommandClient['providers'];

/**
 * Parses `faultline judge [--provider P] [--grep RE] [--workers N] [--name NAME] [--timeout S]
 * [--clock real] -- <command> [args…]`. Without `--provider`, the client is judged on every
 * platform's client-mode scenarios.
 *
 * @example
 * parseJudgeArgs(['--provider', 'hcompany', '--', 'python3', 'client.py']);
 * // { client: { name: 'client', command: ['python3', 'client.py'], providers: ['hcompany'] }, workers: 1 }
 */
export function parseJudgeArgs(argv: string[]): JudgeArgs {
  const split = argv.indexOf('--');
  if (split < 0 || split === argv.length - 1)
    throw new JudgeUsageError(
      "give the client's command after --, e.g. faultline judge --provider hcompany -- python3 client.py",
    );
  const { values, positionals } = parseArgs({
    args: argv.slice(0, split),
    allowPositionals: true,
    strict: true,
    options: {
      provider: { type: 'string', multiple: true },
      grep: { type: 'string' },
      workers: { type: 'string', default: '1' },
      name: { type: 'string' },
      timeout: { type: 'string' },
      clock: { type: 'string' },
    },
  });
  if (positionals.length)
    throw new JudgeUsageError(`unexpected ${positionals.join(' ')} before --; the command goes after --`);
  const command = argv.slice(split + 1);
  const providers = values.provider ?? PROVIDERS;
  const unknown = providers.filter((p) => !(PROVIDERS as string[]).includes(p));
  if (unknown.length)
    throw new JudgeUsageError(`--provider: expected one of ${PROVIDERS.join(', ')}, got "${unknown.join('", "')}"`);
  if (!/^[1-9]\d{0,2}$/.test(values.workers!))
    throw new JudgeUsageError(`--workers: expected a whole number from 1 to 999, got "${values.workers}"`);
  if (values.timeout !== undefined && !/^[1-9]\d{0,5}$/.test(values.timeout))
    throw new JudgeUsageError(`--timeout: expected a whole number of seconds, got "${values.timeout}"`);
  if (values.clock !== undefined && values.clock !== 'real' && values.clock !== 'faketime')
    throw new JudgeUsageError(`--clock: expected faketime or real, got "${values.clock}"`);
  if (values.grep !== undefined) {
    try {
      new RegExp(values.grep);
    } catch (error) {
      throw new JudgeUsageError(`--grep: not a regular expression: ${(error as Error).message}`);
    }
  }
  const client: CommandClient = {
    name: values.name ?? nameOf(command),
    command,
    providers: [...new Set(providers)] as CommandClient['providers'],
    ...(values.clock && { clock: values.clock as 'faketime' | 'real' }),
  };
  return {
    client,
    grep: values.grep,
    workers: Number(values.workers),
    ...(values.timeout && { timeoutS: Number(values.timeout) }),
  };
}

/**
 * `faultline judge … -- <command> [args…]`: runs every client-mode scenario of the chosen
 * platforms against the command (each scenario: a fresh simulator on a loopback port, one run of
 * the command), through Playwright, so the verdict lines, JUnit (`test-results/junit.xml`) and the
 * conformance reports are those of `npx playwright test`. Returns Playwright's exit code: 1 when
 * any scenario failed.
 *
 * @example
 * await judge(['--provider', 'skyvern', '--', 'python3', 'examples/python/reference_client.py']); // 0
 */
export async function judge(argv: string[]): Promise<number> {
  const args = parseJudgeArgs(argv);
  const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
  const playwrightArgs = [
    cli,
    'test',
    '--config',
    ownFile('harness/judge.config'),
    '--grep',
    grepFor(args),
    '--workers',
    String(args.workers),
  ];
  if (args.timeoutS) playwrightArgs.push('--timeout', String(args.timeoutS * 1000));
  const child = spawn(process.execPath, playwrightArgs, {
    stdio: 'inherit',
    env: { ...process.env, FAULTLINE_HANDLER: JSON.stringify(args.client) },
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  try {
    return await new Promise<number>((resolve) => child.once('close', (code) => resolve(code ?? 1)));
  } finally {
    process.off('SIGINT', forward);
    process.off('SIGTERM', forward);
  }
}

/** The client-mode scenarios of the chosen platforms whose title matches `--grep`, as one Playwright grep. */
function grepFor({ client, grep }: JudgeArgs): string {
  const providers = `(?=.*@(${client.providers.join('|')})\\b)`;
  return `^(?=.*@client\\b)${providers}${grep ? `(?=.*(?:${grep}))` : ''}`;
}

/** A name for the client: its script's file name (`reference_client`), else its program's. */
function nameOf(command: string[]): string {
  const script = command.slice(1).find((arg) => !arg.startsWith('-') && existsSync(arg) && statSync(arg).isFile());
  const file = basename(script ?? command[0]!);
  return file.slice(0, file.length - extname(file).length) || file;
}
