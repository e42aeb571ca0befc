import type { Attempt, Change, Decision, RecoveryHandler, TaskSpec } from '../contract/index.ts';
import { classify } from '../classify/index.ts';
import { observableNative } from '../classify/observable.ts';
import { judge, type Violation } from '../oracle/index.ts';
import type { Scenario } from '../scenario/define.ts';
import { realizeSuccess } from '../../mocks/success.ts';
import type { BrowserParts, FaultContext, Realized } from '../../mocks/faults/index.ts';
import { applyChanges } from './apply-changes.ts';
import { askHandler } from './ask-handler.ts';
import { seededRandom } from '../shared/random.ts';
import { scenarioSeed } from './random.ts';
import { Schedule } from './schedule.ts';
import { Trace } from './trace.ts';

/** DESIGN.md: at most 10 retries per scenario; the 11th is cut off and judged. */
export const MAX_TOTAL_RETRIES = 10;

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
  /**
   * False when steps the handler never reached are fine (seeded chaos: a handler that rightly
   * gives up leaves the rest of a random schedule unused). Default true.
   */
  requireAllFired?: boolean;
}

/** Everything a scenario run produced, and the verdict. */
export interface ScenarioResult {
  scenario: string;
  handler: string;
  seed: number;
  passed: boolean;
  attempts: Attempt[];
  /** Oracle violations. */
  violations: Violation[];
  /** Everything wrong, in plain words: violations, unfired faults, handler errors. */
  problems: string[];
  trace: Trace;
}

/**
 * Runs one scenario against one handler: arm the schedule, realize each attempt's fault (or the
 * clean success once the schedule is spent), classify, ask the handler, apply its decision on a
 * virtual clock, then judge the whole sequence with the oracle.
 *
 * @example
 * const result = await runScenario(scenario, { handler, seed: 1, decisionTimeoutMs: 2000 });
 * if (!result.passed) console.log(result.problems.join('\n'));
 */
export async function runScenario(scenario: Scenario, options: RunOptions): Promise<ScenarioResult> {
  const seed = scenarioSeed(options.seed, scenario.id);
  const random = seededRandom(seed);
  const secrets = options.secrets ?? [];
  const trace = new Trace();
  const schedule = new Schedule(scenario.steps);
  const attempts: Attempt[] = [];
  const problems: string[] = [];
  let task: TaskSpec = scenario.task;
  const changes: Change[] = [];
  let nowMs = 0;
  let retries = 0;

  trace.add(0, 0, 'armed', { seed, schedule: schedule.records.map(({ fault, times }) => ({ fault, times })) });
  for (let n = 1; ; n++) {
    const due = schedule.next();
    const ctx: FaultContext = { provider: scenario.provider, task, attempt: n, browser: options.browser, changes: [...changes] };
    const realized = await realize(due ? () => due.step.fault.realize(due.step.params, ctx) : () => realizeSuccess(ctx));
    const faultName = due?.step.fault.id ?? 'success';
    if (realized.healed && due) {
      due.record.healed++;
      trace.add(nowMs, n, 'healed', { fault: faultName, evidence: realized.evidence });
    } else if (!realized.fired) {
      trace.add(nowMs, n, 'not_fired', { fault: faultName, evidence: realized.evidence });
      problems.push(`attempt ${n}: ${due ? `fault ${faultName} did not fire` : 'the clean success did not happen'}: ${realized.evidence}`);
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
      problems.push(`attempt ${n}: the provider answered a run still "${classified.status}"; a policy scenario needs a terminal payload`);
      break;
    }
    const asked = await askHandler(options.handler, classified.failure, {
      attempt: n,
      history: structuredClone(attempts),
      elapsedMs: nowMs,
      task: structuredClone(task),
      random,
    }, options.decisionTimeoutMs);
    if (!asked.ok) {
      trace.add(nowMs, n, 'handler_error', asked.problem);
      problems.push(`attempt ${n}: ${asked.problem}`);
      break;
    }
    attempts.push({ n, failure: classified.failure, decision: asked.decision, atMs: nowMs });
    trace.add(nowMs, n, 'decision', asked.decision);
    if (asked.decision.action !== 'retry' || ++retries > MAX_TOTAL_RETRIES) break;
    nowMs += asked.decision.delayMs;
    changes.push(...asked.decision.changes);
    task = nextTask(task, asked.decision, n, trace, nowMs);
  }

  const violations = problems.length ? [] : judge(attempts, scenario.expect);
  problems.push(...violations.map((v) => v.message), ...(options.requireAllFired === false ? [] : schedule.unfired()));
  trace.add(nowMs, 0, 'end', { attempts: attempts.length, retries, problems: problems.length });
  return { scenario: scenario.id, handler: options.handler.name, seed, passed: problems.length === 0, attempts, violations, problems, trace };
}

async function realize(action: () => Promise<Realized>): Promise<Realized> {
  try {
    return await action();
  } catch (error) {
    return { native: { provider: 'playwright', thrown: error }, fired: false, evidence: `realizing it threw: ${(error as Error)?.message ?? error}` };
  }
}

function nextTask(task: TaskSpec, decision: Extract<Decision, { action: 'retry' }>, n: number, trace: Trace, nowMs: number): TaskSpec {
  if (decision.changes.length === 0) return task;
  const next = applyChanges(task, decision.changes, n);
  trace.add(nowMs, n + 1, 'task_changed', { changes: decision.changes, task: next });
  return next;
}
