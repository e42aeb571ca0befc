import { ClientResultSchema, type Attempt, type ClientResult } from '../../contract/index.ts';
import { judge, type Violation } from '../../oracle/index.ts';
import type { Expectation } from '../../oracle/schema.ts';
import { redact } from '../../redact.ts';
import type { Scenario } from '../../scenario/define.ts';
import { formatIssues } from '../../scenario/errors.ts';
import type { SimulatorCore } from '../../../mocks/simulator/core.ts';
import type { Exchange } from '../../../mocks/simulator/traffic.ts';
import type { ScenarioResult } from '../run-scenario.ts';
import type { Schedule } from '../schedule.ts';
import type { Trace } from '../trace.ts';
import { describeResult, reconstruct } from './reconstruct.ts';
import { afterReturnProblems, trafficProblems } from './traffic-rules.ts';

/** A client-mode result: the scenario result plus the virtual and real time it took. */
export interface ClientScenarioResult extends ScenarioResult {
  virtualMs: number;
  realMs: number;
}

/** What a client run left for the verdict. */
export interface ClientRun {
  scenario: Scenario;
  /** The client's name, as the reports show it. */
  handler: string;
  seed: number;
  /** The simulator the client talked to: its traffic, attempts and the misuse it refused. */
  core: SimulatorCore;
  schedule: Schedule;
  trace: Trace;
  /** What the client finally did, or null when it ended without a valid result. */
  result: ClientResult | null;
  /** What went wrong with the run itself (it hung, threw, wrote no result), in plain words. */
  problems: string[];
  /** Requests no route of the simulator answers, as `METHOD URL`. */
  unknownRequests: readonly string[];
  /** Requests sent after the client returned. */
  lateRequests: readonly Exchange[];
  virtualMs: number;
  /** `performance.now()` when the run started. */
  realStart: number;
  secrets: readonly string[];
  /** False when steps the client never reached are fine (seeded chaos). Default true. */
  requireAllFired?: boolean;
  /** How decisions are judged; the oracle's `judge` by default. */
  judgeAttempts?: (attempts: readonly Attempt[], expect: Expectation) => Violation[];
}

/**
 * The verdict on a client run, the same whichever way the client ran (in-process or as a process):
 * its decisions reconstructed from the traffic and judged by the oracle, plus the rules only traffic
 * shows (idempotency keys on resends, polling after the end, malformed or unknown requests,
 * requests after returning), every armed fault fired, the trace completed and redacted.
 *
 * @example
 * return clientVerdict({ scenario, handler: client.name, seed, core: sim.core, schedule, trace, result, problems, unknownRequests: [], lateRequests: [], virtualMs, realStart, secrets });
 */
export function clientVerdict(run: ClientRun): ClientScenarioResult {
  const { scenario, core, trace, result, virtualMs, secrets } = run;
  const problems = [
    ...run.problems,
    ...run.unknownRequests.map((r) => `the client called ${r}, which the ${scenario.provider} simulator does not know`),
    ...core.misuse.map((m) => `the platform refused a malformed request: ${m}`),
    ...afterReturnProblems(run.lateRequests),
  ];
  if (result && core.traffic.exchanges.length === 0) problems.push(`the client ${describeResult(result)} without sending a single request`);
  const rebuilt = reconstruct(core.attempts, result, scenario.task, scenario.expect);
  problems.push(...rebuilt.problems, ...trafficProblems(core.attempts, core.traffic.exchanges));
  for (const record of core.attempts) trace.add(record.startedAtMs, record.n, 'fired', { fault: record.fate.fault, run: record.runId ?? null, replayOf: record.replayOf ?? null });
  for (const attempt of rebuilt.attempts) trace.add(attempt.atMs, attempt.n, 'decision', { ...attempt.decision, failure: attempt.failure?.kind ?? null });
  trace.add(virtualMs, 0, 'traffic', core.traffic.exchanges);
  // Judged even when the traffic shows other problems; only the verdict on how it ended waits
  // for a sequence that really ended.
  const violations = (run.judgeAttempts ?? judge)(rebuilt.attempts, scenario.expect).filter((v) => problems.length === 0 || v.rule !== 'end');
  problems.push(...violations.map((v) => v.message), ...(run.requireAllFired === false ? [] : run.schedule.unfired()));
  trace.add(virtualMs, 0, 'end', { attempts: rebuilt.attempts.length, result: result && describeResult(result), problems: problems.length });
  for (const event of trace.events) event.data = redact(event.data, secrets);
  return {
    scenario: scenario.id,
    handler: run.handler,
    seed: run.seed,
    passed: problems.length === 0,
    attempts: redact(rebuilt.attempts, secrets) as Attempt[],
    violations,
    problems: problems.map((p) => redact(p, secrets) as string),
    trace,
    virtualMs,
    realMs: performance.now() - run.realStart,
  };
}

/**
 * What a client finally did, validated; null (with the reason added to `problems`) when the value
 * is not a result. `file` names where a process wrote it; without it, `run` returned it.
 *
 * @example
 * parseClientResult({ outcome: 'gave_up' }, problems); // null; problems names the missing `reason`
 */
export function parseClientResult(value: unknown, problems: string[], file?: string): ClientResult | null {
  const parsed = ClientResultSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  problems.push(`the client ${file ? 'wrote' : 'returned'} ${JSON.stringify(value) ?? String(value)}${file ? ` to ${file}` : ''}, not a result { outcome: 'accepted' | 'gave_up' | 'escalated', … }:\n    ${formatIssues(parsed.error.issues).join('\n    ')}`);
  return null;
}
