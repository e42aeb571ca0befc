import { readFileSync } from 'node:fs';
import type { ClientResult, CommandClient } from '../../contract/index.ts';
import { formatMs } from '../../oracle/describe.ts';
import { parseClientResult } from '../client/client-verdict.ts';
import type { CommandRun } from './run-command.ts';

/**
 * What went wrong with a command's run itself, in plain words: it could not start, it hung, it
 * failed before any request, it left processes behind.
 *
 * @example
 * processProblems(run, client, 0, undefined, 4); // ['the client exited with code 3 before sending any request; its last output: …']
 */
export function processProblems(
  run: CommandRun,
  client: CommandClient,
  requests: number,
  lastRequest: string | undefined,
  factor: number,
): string[] {
  const program = client.command[0]!;
  if (run.spawnError === 'ENOENT')
    return [
      `the command could not start: ${program} was not found (ENOENT; looked in ${client.cwd ?? 'the working directory'} and on PATH)`,
    ];
  if (run.spawnError === 'EACCES') return [`the command could not start: ${program} is not executable (EACCES)`];
  if (run.spawnError) return [`the command could not start: ${program}: ${run.spawnError}`];
  const problems: string[] = [];
  if (run.timedOut) {
    const scale = factor > 1 ? ` (${formatMs(run.realMs * factor)} of virtual time at ×${factor})` : '';
    problems.push(
      `the client did not exit within ${formatMs(run.realMs)} of real time${scale}; its process group was killed; last request: ${lastRequest ?? '(none)'}${outputTail(run)}`,
    );
  } else if (run.exitCode !== 0 && requests === 0) {
    problems.push(`the client ${exited(run)} before sending any request${outputTail(run)}`);
  }
  if (run.leftovers.length) {
    problems.push(
      `the client exited but left ${run.leftovers.length} process${run.leftovers.length === 1 ? '' : 'es'} running (${run.leftovers.join('; ')}); they were killed with its process group`,
    );
  }
  return problems;
}

/**
 * The client's result file, validated; null (with the reason in `problems`) when missing or not a
 * result.
 *
 * @example
 * readResult(resultFile, run, problems); // { outcome: 'gave_up', reason: 'forbidden' }
 */
export function readResult(file: string, run: CommandRun, problems: string[]): ClientResult | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    problems.push(`the client ${exited(run)} without writing a result to FAULTLINE_RESULT${outputTail(run)}`);
    return null;
  }
  try {
    return parseClientResult(JSON.parse(text), problems, 'FAULTLINE_RESULT');
  } catch (error) {
    problems.push(
      `the client wrote ${JSON.stringify(text.slice(0, 200))} to FAULTLINE_RESULT, which is not JSON (${(error as Error).message})`,
    );
    return null;
  }
}

function exited(run: CommandRun): string {
  return run.signal ? `was killed by ${run.signal}` : `exited with code ${run.exitCode}`;
}

/** The last lines the client wrote to stderr (or stdout), for a message about the process. */
function outputTail(run: CommandRun): string {
  const lines = (run.stderr.trim() || run.stdout.trim()).split('\n').slice(-5);
  return lines[0] ? `; its last output:\n      ${lines.join('\n      ')}` : '';
}
