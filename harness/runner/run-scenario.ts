import type { Attempt, Change, Decision, RecoveryHandler, TaskSpec } from '../contract/index.ts';
import { classify } from '../classify/index.ts';
import { observableNative } from '../classify/observable.ts';
import { MAX_RETRIES_PER_SCENARIO } from '../oracle/index.ts';
import type { Scenario } from '../scenario/define.ts';
import { realizeSuccess } from '../../mocks/success.ts';
import type { BrowserParts, FaultContext, Realized } from '../../mocks/faults/index.ts';
import { applyChanges } from './apply-changes.ts';
import { askHandler } from './ask-handler.ts';
import { seededRandom } from '../shared/random.ts';
import { drawAgain, SCHEME_STREAMS, type Asked } from './draw-again.ts';
import type { Trace } from './trace.ts';
import { finishRun, startRun, type ScenarioResult } from './verdict.ts';

export type { ScenarioResult } from './verdict.ts';

/** How to run one scenario. */
export interface RunOptions {
  handler: RecoveryHandler;
  /** The run's seed; the scenario's own seed is derived from it and its id. */
  seed: number;
  /** Real-time limit for one `decide` call. */
  decisionTimeoutMs: number;
  /** The real browser, for scenarios that drive one. */
  browser?: BrowserParts;
  /** Literal secrets to keep out of the trace. */
  secrets?: readonly string[];
  /** Other random streams the handler is asked on to judge its backoff as a scheme (default 16; 0: judge the one run). */
  schemeStreams?: number;
  /**
   * Faults already realized for this scenario, by attempt, task and changes so far (see
   * {@link realizationKey}): runs of several handlers that reach the same attempt the same way share
   * one real realization. Only faults that really fired (or were healed) are kept.
   */
  realizations?: Map<string, Realized>;
}

/**
 * What a fault's realization depends on: the scenario (hence the step due), the attempt, the task
 * and the changes the handler made so far.
 *
 * @example
 * realizationKey('playwright/renderer-crash', 2, task, ['fresh_browser']);
 */
export function realizationKey(scenario: string, attempt: number, task: TaskSpec, changes: readonly Change[]): string {
  return JSON.stringify([scenario, attempt, task, changes]);
}

/**
 * Runs one scenario against one handler: arm the schedule, realize each attempt's fault (or the
 * clean success once the schedule is spent), classify, ask the handler, apply its decision on a
 * virtual clock; then ask the handler again on other random streams for its backoff scheme, and
 * judge and grade the whole sequence with the oracle.
 *
 * @example
 * const result = await runScenario(scenario, { handler, seed: 1, decisionTimeoutMs: 2000 });
 * if (result.grade !== 'pass') console.log(result.problems.join('\n'));
 */
export async function runScenario(scenario: Scenario, options: RunOptions): Promise<ScenarioResult> {
  const start = startRun(scenario, options.seed);
  const { seed, trace, schedule } = start;
  const random = seededRandom(seed);
  const secrets = options.secrets ?? [];
  const attempts: Attempt[] = [];
  const asked: Asked[] = [];
  const problems: string[] = [];
  let task: TaskSpec = scenario.task;
  const changes: Change[] = [];
  let nowMs = 0;
  let retries = 0;

  for (let n = 1; ; n++) {
    const due = schedule.next();
    const ctx: FaultContext = {
      provider: scenario.provider,
      task,
      attempt: n,
      browser: options.browser,
      changes: [...changes],
    };
    const key = realizationKey(scenario.id, n, task, changes);
    const realized =
      options.realizations?.get(key) ??
      (await realize(due ? () => due.step.fault.realize(due.step.params, ctx) : () => realizeSuccess(ctx)));
    if (realized.fired || realized.healed) options.realizations?.set(key, realized);
    const faultName = due?.step.fault.id ?? 'success';
    if (realized.healed && due) {
      due.record.healed++;
      trace.add(nowMs, n, 'healed', { fault: faultName, evidence: realized.evidence });
    } else if (!realized.fired) {
      trace.add(nowMs, n, 'not_fired', { fault: faultName, evidence: realized.evidence });
      problems.push(
        `attempt ${n}: ${due ? `fault ${faultName} did not fire` : 'the clean success did not happen'}: ${realized.evidence}`,
      );
      break;
    } else {
      if (due) due.record.fired++;
      trace.add(nowMs, n, 'fired', { fault: faultName, evidence: realized.evidence });
    }
    trace.add(nowMs, n, 'native', observableNative(realized.native, secrets));

    const classified = classify(realized.native, { answerSchema: task.answerSchema, nowMs, secrets });
    trace.add(nowMs, n, 'classified', classified);
    if (classified.state === 'success') {
      attempts.push({ n, failure: null, decision: { action: 'accept' }, atMs: nowMs });
      trace.add(nowMs, n, 'decision', { action: 'accept', by: 'harness' });
      break;
    }
    if (classified.state === 'pending') {
      problems.push(
        `attempt ${n}: the provider answered a run still "${classified.status}"; a policy scenario needs a terminal payload`,
      );
      break;
    }
    const answer = await askHandler(
      options.handler,
      classified.failure,
      {
        attempt: n,
        history: structuredClone(attempts),
        elapsedMs: nowMs,
        task: structuredClone(task),
        random,
      },
      options.decisionTimeoutMs,
    );
    if (!answer.ok) {
      trace.add(nowMs, n, 'handler_error', answer.problem);
      problems.push(`attempt ${n}: ${answer.problem}`);
      break;
    }
    const attempt = { n, failure: classified.failure, decision: answer.decision, atMs: nowMs };
    attempts.push(attempt);
    asked.push({ attempt, task });
    trace.add(nowMs, n, 'decision', answer.decision);
    if (answer.decision.action !== 'retry' || ++retries > MAX_RETRIES_PER_SCENARIO) break;
    nowMs += answer.decision.delayMs;
    changes.push(...answer.decision.changes);
    task = nextTask(task, answer.decision, n, trace, nowMs);
  }

  const samples =
    retries > 0
      ? await drawAgain(
          options.handler,
          asked,
          seed,
          options.decisionTimeoutMs,
          options.schemeStreams ?? SCHEME_STREAMS,
        )
      : {};
  if (Object.keys(samples).length) trace.add(nowMs, 0, 'scheme', samples);
  return finishRun(start, {
    handler: options.handler.name,
    attempts,
    problems,
    samples,
    atMs: nowMs,
    end: { retries },
    secrets,
  });
}

async function realize(action: () => Promise<Realized>): Promise<Realized> {
  try {
    return await action();
  } catch (error) {
    return {
      native: { provider: 'playwright', thrown: error },
      fired: false,
      evidence: `realizing it threw: ${(error as Error)?.message ?? error}`,
    };
  }
}

function nextTask(
  task: TaskSpec,
  decision: Extract<Decision, { action: 'retry' }>,
  n: number,
  trace: Trace,
  nowMs: number,
): TaskSpec {
  if (decision.changes.length === 0) return task;
  const next = applyChanges(task, decision.changes, n);
  trace.add(nowMs, n + 1, 'task_changed', { changes: decision.changes, task: next });
  return next;
}
