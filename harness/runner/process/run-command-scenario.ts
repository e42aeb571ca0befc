import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http } from 'msw';
import type { Attempt, ClientResult, CommandClient } from '../../contract/index.ts';
import { formatMs } from '../../oracle/describe.ts';
import { ruleFor } from '../../oracle/index.ts';
import type { Expectation } from '../../oracle/schema.ts';
import type { Scenario } from '../../scenario/define.ts';
import { CANARY_API_KEY } from '../../../mocks/secrets.ts';
import { serveSimulator, type ServedSimulator } from '../../../mocks/simulator/serve.ts';
import { SIMULATORS, type SimulatedProvider } from '../../../mocks/simulators.ts';
import { clientVerdict, parseClientResult, type ClientScenarioResult } from '../client/client-verdict.ts';
import { scheduleFates } from '../client/schedule-fates.ts';
import { scenarioSeed } from '../random.ts';
import { Schedule } from '../schedule.ts';
import { Trace } from '../trace.ts';
import { BusyMeter } from './busy-meter.ts';
import { clockPlan, fakeTimeSpec, type ClockPlan } from './clock-plan.ts';
import { judgeMeasured } from './measured-judge.ts';
import { runCommand, type CommandRun } from './run-command.ts';
import { installScaledClock } from './scaled-clock.ts';

/** Real ms a scenario aims to take: the time factor is what fits a correct client's run into it. */
export const TARGET_REAL_MS = 500;
/**
 * The largest time factor. The client's clock runs this much faster while the harness answers a
 * request in real time, so the harness's latency (a few ms, 50 ms and more on a loaded machine)
 * looks this many times longer to the client: at ×250 a 50 ms answer takes 12.5 s of the client's
 * time, well inside the usual 30–120 s request timeouts.
 */
export const MAX_TIME_FACTOR = 250;
/**
 * The largest time factor of a scenario whose verdict depends on how a streak of backoff delays
 * grows: there the delays are half a second and more apart, and a client's own work between two
 * requests (tens of ms, more on a loaded machine) must not blur them.
 */
export const BACKOFF_TIME_FACTOR = 4;
/**
 * Real ms of a measured delay that neither the client's sleep nor its measured busy time explains:
 * the harness's own handling of the two requests around it. The uncertainty of a delay is the
 * client's busy time in the gap plus this, times the time factor (see `judgeMeasured`).
 */
export const HARNESS_SLACK_REAL_MS = 25;

/** How to judge one scenario against a command. */
export interface CommandScenarioOptions {
  client: CommandClient;
  /** The run's seed. */
  seed: number;
  /** Real ms after which the command's process group is killed. */
  realLimitMs: number;
  /** How a correct client runs this scenario (the reference client, in-process). */
  reference: ReferenceRun;
  /** How the command's clock runs (default: {@link clockPlan}). */
  plan?: ClockPlan;
  secrets?: readonly string[];
}

/** How a correct client runs a scenario: what sets the scenario's time factor. */
export interface ReferenceRun {
  /** Virtual ms it takes. */
  virtualMs: number;
  /** Its longest streak of consecutive retries the oracle judges as backoff (no wait dictated by the platform). */
  backoffStreak: number;
}

/** A judged scenario, or why it was skipped. */
export type CommandScenarioOutcome = ({ skipped: null } & ClientScenarioResult & { timeFactor: number }) | { skipped: string };

/** Environment variables a process must not inherit from the harness's own worker. */
const NOT_INHERITED = /^(FAULTLINE_|NODE_OPTIONS$|NODE_CHANNEL|TEST_WORKER_INDEX$|TEST_PARALLEL_INDEX$|PW_)/;

/**
 * The time factor of a scenario: the one that fits a correct client's run into about
 * {@link TARGET_REAL_MS} of real time, a whole number from 1 to {@link MAX_TIME_FACTOR}, and at
 * most {@link BACKOFF_TIME_FACTOR} where the verdict depends on a streak of three or more backoff
 * retries.
 *
 * @example
 * timeFactor({ virtualMs: 104_744, backoffStreak: 0 }); // 209: three `Retry-After: 30` waits take half a second
 * timeFactor({ virtualMs: 3_613_796, backoffStreak: 0 }); // 250: an hour's wait takes 14.4 s
 * timeFactor({ virtualMs: 10_580, backoffStreak: 3 }); // 4
 */
export function timeFactor(reference: ReferenceRun, targetRealMs = TARGET_REAL_MS): number {
  const fit = Math.min(MAX_TIME_FACTOR, Math.max(1, Math.round(reference.virtualMs / targetRealMs)));
  return reference.backoffStreak >= 3 ? Math.min(fit, BACKOFF_TIME_FACTOR) : fit;
}

/**
 * What sets a scenario's time factor, read from the reference client's run of it.
 *
 * @example
 * referenceRun(await runClientScenario(scenario, { client: referenceClient, seed, realLimitMs: 20_000 }), scenario.expect);
 * // { virtualMs: 10_580, backoffStreak: 3 }
 */
export function referenceRun(result: { virtualMs: number; attempts: readonly Attempt[] }, expect?: Expectation): ReferenceRun {
  let streak = 0;
  let backoffStreak = 0;
  for (const { failure, decision } of result.attempts) {
    const backoff = decision.action === 'retry' && failure !== null && failure.retryAfterMs === null
      && ruleFor(failure, expect?.rules).options.some((option) => option.action === 'retry' && option.delay === 'backoff');
    streak = backoff ? streak + 1 : 0;
    backoffStreak = Math.max(backoffStreak, streak);
  }
  return { virtualMs: result.virtualMs, backoffStreak };
}

/**
 * Judges one client-mode scenario against a client in any language: serves the provider's
 * simulator, armed with the scenario, on a loopback port; runs the command once (its own process
 * group, a fresh API key, the scenario's task, a result file) with its clock sped up by libfaketime
 * and the simulator's clock by the same factor; kills whatever the command leaves behind; then
 * judges its traffic and result exactly as in-process client mode does, with measured delays given
 * the benefit of the doubt. Where the command's clock cannot be sped up, it runs in real time, and a
 * scenario that needs longer than the real-time limit is skipped with the reason.
 *
 * @example
 * const outcome = await runCommandScenario(scenario, { client, seed: 1, realLimitMs: 25_000, reference: { virtualMs: 20_000, backoffStreak: 0 } });
 * if (outcome.skipped === null && !outcome.passed) console.log(outcome.problems.join('\n'));
 */
export async function runCommandScenario(scenario: Scenario, options: CommandScenarioOptions): Promise<CommandScenarioOutcome> {
  const { client, reference, realLimitMs } = options;
  const plan = options.plan ?? clockPlan(client);
  if (plan.kind === 'real' && reference.virtualMs > realLimitMs) {
    return { skipped: `needs about ${formatMs(reference.virtualMs)} of waiting (the reference client's time), more than the real-time limit of ${formatMs(realLimitMs)}: ${plan.why}` };
  }
  const realStart = performance.now();
  const factor = plan.kind === 'faketime' ? timeFactor(reference) : 1;
  const seed = scenarioSeed(options.seed, scenario.id);
  const apiKey = `${CANARY_API_KEY}-${seed.toString(36)}`;
  const secrets = [...(options.secrets ?? []), apiKey];
  const trace = new Trace();
  const schedule = new Schedule(scenario.steps);
  const unknownRequests: string[] = [];
  const meter = new BusyMeter();
  let group = 0;
  const folder = mkdtempSync(join(tmpdir(), 'faultline-judge-'));
  const resultFile = join(folder, 'result.json');
  const clock = installScaledClock(factor);
  let served: ServedSimulator | undefined;
  let run: CommandRun;
  let virtualMs = 0;
  try {
    served = await serveSimulator(
      (baseUrl) => {
        const sim = SIMULATORS[scenario.provider as SimulatedProvider]({ baseUrl, apiKeys: [apiKey, `${apiKey}-refreshed`], seed, fates: scheduleFates(scenario, schedule) });
        // Reads how busy the client was as each request arrives, then lets the simulator answer.
        const readBusy = http.all('*', () => void (group && meter.read(sim.core.now(), group)));
        return { ...sim, handlers: [readBusy, ...sim.handlers] };
      },
      0,
      (line) => unknownRequests.push(line),
    );
    trace.add(0, 0, 'armed', { seed, mode: 'process', client: client.name, clock: plan.kind, timeFactor: factor, schedule: schedule.records.map(({ fault, times }) => ({ fault, times })) });
    const env = commandEnv(client, plan, {
      FAULTLINE_BASE_URL: served.baseUrl,
      FAULTLINE_API_KEY: apiKey,
      FAULTLINE_REFRESHED_API_KEY: `${apiKey}-refreshed`,
      FAULTLINE_PROVIDER: scenario.provider,
      FAULTLINE_SCENARIO: scenario.id,
      FAULTLINE_TASK: JSON.stringify(scenario.task),
      FAULTLINE_RESULT: resultFile,
      ...(plan.kind === 'faketime' && { FAKETIME: fakeTimeSpec(clock.now(), factor) }),
    });
    run = await runCommand(client.command, { env, cwd: client.cwd, realLimitMs, onStart: (started) => (group = started) });
    virtualMs = served.simulator.core.now();
  } finally {
    await served?.close();
    clock.uninstall();
  }
  const core = served.simulator.core;
  const problems = processProblems(run, client, core.traffic.exchanges.length, core.traffic.lines().at(-1), factor);
  let result: ClientResult | null = null;
  try {
    if (!problems.length) result = readResult(resultFile, run, problems);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  // A retry's delay runs from the moment the client could see the failure to its next start.
  const uncertaintyOf = (attempt: Attempt) => {
    const [seen, next] = [core.attempts[attempt.n - 1], core.attempts[attempt.n]];
    const busyMs = seen?.observedAtMs !== undefined && next ? meter.busyBetween(seen.observedAtMs, next.startedAtMs) : 0;
    return Math.round((busyMs + HARNESS_SLACK_REAL_MS) * factor);
  };
  const verdict = clientVerdict({
    scenario, handler: client.name, seed, core, schedule, trace, result, problems, unknownRequests, lateRequests: [], virtualMs, realStart, secrets,
    judgeAttempts: (attempts, expect) => {
      for (const a of attempts) if (a.decision.action === 'retry') trace.add(a.atMs, a.n, 'measured', { delayMs: a.decision.delayMs, atLeastMs: Math.max(0, a.decision.delayMs - uncertaintyOf(a)) });
      return judgeMeasured(attempts, expect, uncertaintyOf);
    },
  });
  return { skipped: null, ...verdict, timeFactor: factor };
}

/** The harness's environment (minus its own variables), the handler's `env`, Faultline's variables and libfaketime. */
function commandEnv(client: CommandClient, plan: ClockPlan, faultline: Record<string, string>): Record<string, string> {
  const inherited = Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined && !NOT_INHERITED.test(entry[0]));
  const env: Record<string, string> = { ...Object.fromEntries(inherited), ...client.env, ...faultline };
  if (plan.kind === 'faketime') env.LD_PRELOAD = [plan.library, env.LD_PRELOAD].filter(Boolean).join(':');
  return env;
}

/** What went wrong with the process itself, in plain words. */
function processProblems(run: CommandRun, client: CommandClient, requests: number, lastRequest: string | undefined, factor: number): string[] {
  const program = client.command[0]!;
  if (run.spawnError === 'ENOENT') return [`the command could not start: ${program} was not found (ENOENT; looked in ${client.cwd ?? 'the working directory'} and on PATH)`];
  if (run.spawnError === 'EACCES') return [`the command could not start: ${program} is not executable (EACCES)`];
  if (run.spawnError) return [`the command could not start: ${program}: ${run.spawnError}`];
  const problems: string[] = [];
  if (run.timedOut) {
    const scale = factor > 1 ? ` (${formatMs(run.realMs * factor)} of virtual time at ×${factor})` : '';
    problems.push(`the client did not exit within ${formatMs(run.realMs)} of real time${scale}; its process group was killed; last request: ${lastRequest ?? '(none)'}${outputTail(run)}`);
  } else if (run.exitCode !== 0 && requests === 0) {
    problems.push(`the client ${exited(run)} before sending any request${outputTail(run)}`);
  }
  if (run.leftovers.length) {
    problems.push(`the client exited but left ${run.leftovers.length} process${run.leftovers.length === 1 ? '' : 'es'} running (${run.leftovers.join('; ')}); they were killed with its process group`);
  }
  return problems;
}

/** The client's result file, validated; null (with the reason in `problems`) when missing or not a result. */
function readResult(file: string, run: CommandRun, problems: string[]): ClientResult | null {
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
    problems.push(`the client wrote ${JSON.stringify(text.slice(0, 200))} to FAULTLINE_RESULT, which is not JSON (${(error as Error).message})`);
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
