import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http } from 'msw';
import type { Attempt, ClientResult, CommandClient } from '../../contract/index.ts';
import { formatMs } from '../../oracle/describe.ts';
import type { Scenario } from '../../scenario/define.ts';
import { CANARY_API_KEY } from '../../../mocks/secrets.ts';
import { serveSimulator, type ServedSimulator } from '../../../mocks/simulator/serve.ts';
import { SIMULATORS, type SimulatedProvider } from '../../../mocks/simulators.ts';
import { clientVerdict, type ClientScenarioResult } from '../client/client-verdict.ts';
import { scheduleFates } from '../client/schedule-fates.ts';
import { startRun } from '../verdict.ts';
import { BusyMeter } from './busy-meter.ts';
import { clockPlan, fakeTimeSpec, type ClockPlan } from './clock-plan.ts';
import { judgeMeasured } from './measured-judge.ts';
import { processProblems, readResult } from './process-problems.ts';
import { runCommand, type CommandRun } from './run-command.ts';
import { installScaledClock } from './scaled-clock.ts';
import { timeFactor, type ReferenceRun } from './time-factor.ts';

/**
 * Real ms of a measured delay that neither the client's sleep nor its measured busy time explains:
 * the harness's own handling of the two requests around it. The uncertainty of a delay is the
 * client's busy time in the gap plus this, times the time factor (see `judgeMeasured`).
 */
const HARNESS_SLACK_REAL_MS = 25;

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

/** A judged scenario, or why it was skipped. */
export type CommandScenarioOutcome =
  ({ skipped: null } & ClientScenarioResult & { timeFactor: number }) | { skipped: string };

/** Environment variables a process must not inherit from the harness's own worker. */
const NOT_INHERITED = /^(FAULTLINE_|NODE_OPTIONS$|NODE_CHANNEL|TEST_WORKER_INDEX$|TEST_PARALLEL_INDEX$|PW_)/;

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
export async function runCommandScenario(
  scenario: Scenario,
  options: CommandScenarioOptions,
): Promise<CommandScenarioOutcome> {
  const { client, reference, realLimitMs } = options;
  const plan = options.plan ?? clockPlan(client);
  if (plan.kind === 'real' && reference.virtualMs > realLimitMs) {
    return {
      skipped: `needs about ${formatMs(reference.virtualMs)} of waiting (the reference client's time), more than the real-time limit of ${formatMs(realLimitMs)}: ${plan.why}`,
    };
  }
  const realStart = performance.now();
  const factor = plan.kind === 'faketime' ? timeFactor(reference) : 1;
  const start = startRun(scenario, options.seed, {
    mode: 'process',
    client: client.name,
    clock: plan.kind,
    timeFactor: factor,
  });
  const { seed, schedule } = start;
  const apiKey = `${CANARY_API_KEY}-${seed.toString(36)}`;
  const secrets = [...(options.secrets ?? []), apiKey];
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
        const sim = SIMULATORS[scenario.provider as SimulatedProvider]({
          baseUrl,
          apiKeys: [apiKey, `${apiKey}-refreshed`],
          seed,
          fates: scheduleFates(scenario, schedule),
        });
        // Reads how busy the client was as each request arrives, then lets the simulator answer.
        const readBusy = http.all('*', () => void (group && meter.read(sim.core.now(), group)));
        return { ...sim, handlers: [readBusy, ...sim.handlers] };
      },
      0,
      (line) => unknownRequests.push(line),
    );
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
    run = await runCommand(client.command, {
      env,
      cwd: client.cwd,
      realLimitMs,
      onStart: (started) => (group = started),
    });
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
    const busyMs =
      seen?.observedAtMs !== undefined && next ? meter.busyBetween(seen.observedAtMs, next.startedAtMs) : 0;
    return Math.round((busyMs + HARNESS_SLACK_REAL_MS) * factor);
  };
  const verdict = clientVerdict({
    start,
    handler: client.name,
    core,
    result,
    problems,
    unknownRequests,
    lateRequests: [],
    virtualMs,
    realStart,
    secrets,
    judgeAttempts: (attempts, expect) => {
      for (const a of attempts)
        if (a.decision.action === 'retry')
          start.trace.add(a.atMs, a.n, 'measured', {
            delayMs: a.decision.delayMs,
            atLeastMs: Math.max(0, a.decision.delayMs - uncertaintyOf(a)),
          });
      return judgeMeasured(attempts, expect, uncertaintyOf);
    },
  });
  return { skipped: null, ...verdict, timeFactor: factor };
}

/** The harness's environment (minus its own variables), the handler's `env`, Faultline's variables and libfaketime. */
function commandEnv(client: CommandClient, plan: ClockPlan, faultline: Record<string, string>): Record<string, string> {
  const inherited = Object.entries(process.env).filter(
    (entry): entry is [string, string] => entry[1] !== undefined && !NOT_INHERITED.test(entry[0]),
  );
  const env: Record<string, string> = { ...Object.fromEntries(inherited), ...client.env, ...faultline };
  if (plan.kind === 'faketime') env.LD_PRELOAD = [plan.library, env.LD_PRELOAD].filter(Boolean).join(':');
  return env;
}
