import type { Attempt } from '../contract/index.ts';
import { gradeOf, judge, type Grade, type JudgeOptions, type Violation } from '../oracle/index.ts';
import type { Expectation } from '../oracle/schema.ts';
import { redact } from '../redact.ts';
import type { Scenario } from '../scenario/define.ts';
import { scenarioSeed } from './random.ts';
import { Schedule } from './schedule.ts';
import { Trace } from './trace.ts';

/** Everything a scenario run produced, and the verdict. */
export interface ScenarioResult {
  scenario: string;
  handler: string;
  seed: number;
  /** `pass`, `non-strict` (only `should` rules broken) or `fail` (docs/oracle.md, "Grades"). */
  grade: Grade;
  attempts: Attempt[];
  /** Broken oracle rules, each with its level. */
  violations: Violation[];
  /** Everything wrong, in plain words: other problems (a handler that threw, refused traffic), then broken rules. */
  problems: string[];
  /**
   * Armed steps the handler never reached or that never fired. Not part of the verdict: a handler
   * that ends a scenario early is judged by the rules on how it ended. That every armed step fires
   * for the reference handler is a property of the catalogue, checked by `faultline lint`.
   */
  unreached: string[];
  trace: Trace;
}

/** What every run starts from: the scenario, its own seed, its trace and its armed schedule. */
export interface RunStart {
  scenario: Scenario;
  seed: number;
  trace: Trace;
  schedule: Schedule;
}

/** How a run went, for the verdict. */
export interface RunEnd {
  handler: string;
  attempts: Attempt[];
  /** Problems besides broken rules: a handler that threw or hung, a fault that did not fire, traffic the platform refused. */
  problems: string[];
  /** The backoff scheme: per attempt, the delays the handler chose when asked again on other random streams. */
  samples?: Record<number, number[]>;
  /** Virtual time the run ended at. */
  atMs: number;
  /** More fields for the trace's `end` event. */
  end?: Record<string, unknown>;
  /** Literal secrets to keep out of the trace, the attempts and the problems. */
  secrets?: readonly string[];
  /** How decisions are judged; the oracle's `judge` by default (a process's measured delays: `judgeMeasured`). */
  judgeAttempts?: (attempts: readonly Attempt[], expect: Expectation, options: JudgeOptions) => Violation[];
}

/**
 * Starts a run, the same for policy and client mode: derives the scenario's seed from the run's,
 * arms the schedule and records it as the trace's first event.
 *
 * @example
 * const start = startRun(scenario, 42, { mode: 'client', client: 'my-client' });
 */
export function startRun(scenario: Scenario, runSeed: number, armed: Record<string, unknown> = {}): RunStart {
  const seed = scenarioSeed(runSeed, scenario.id);
  const trace = new Trace();
  const schedule = new Schedule(scenario.steps);
  trace.add(0, 0, 'armed', {
    seed,
    ...armed,
    schedule: schedule.records.map(({ fault, times }) => ({ fault, times })),
  });
  return { scenario, seed, trace, schedule };
}

/**
 * Finishes a run, the same for policy and client mode: judges the attempts with the oracle (how
 * the run ended only when nothing else cut it short), grades them, notes the steps never reached,
 * records the trace's `end` event and redacts the secrets.
 *
 * @example
 * return finishRun(start, { handler: handler.name, attempts, problems, samples, atMs: nowMs });
 */
export function finishRun(start: RunStart, run: RunEnd): ScenarioResult {
  const { scenario, seed, trace, schedule } = start;
  const secrets = run.secrets ?? [];
  const violations = (run.judgeAttempts ?? judge)(run.attempts, scenario.expect, { samples: run.samples }).filter(
    (v) => run.problems.length === 0 || v.rule !== 'end',
  );
  const grade = gradeOf(violations, run.problems);
  const problems = [...run.problems, ...violations.map((v) => v.message)];
  const unreached = schedule.unfired();
  trace.add(run.atMs, 0, 'end', {
    attempts: run.attempts.length,
    ...run.end,
    grade,
    problems: problems.length,
    unreached,
  });
  for (const event of trace.events) event.data = redact(event.data, secrets);
  return {
    scenario: scenario.id,
    handler: run.handler,
    seed,
    grade,
    attempts: redact(run.attempts, secrets) as Attempt[],
    violations: redact(violations, secrets) as Violation[],
    problems: problems.map((p) => redact(p, secrets) as string),
    unreached,
    trace,
  };
}
