import { ClientResultSchema, type ClientResult, type TaskSpec } from '../../contract/index.ts';
import { formatIssues } from '../../shared/zod-issues.ts';
import type { SimulatorCore } from '../../../mocks/simulator/core.ts';
import type { Exchange } from '../../../mocks/simulator/traffic.ts';
import { finishRun, type RunEnd, type RunStart, type ScenarioResult } from '../verdict.ts';
import { describeResult, reconstruct } from './reconstruct.ts';
import { afterReturnProblems, trafficProblems } from './traffic-rules.ts';
import { judgeFleet } from './fleet/judge-fleet.ts';

/** A client-mode result: the scenario result plus the virtual and real time it took. */
export interface ClientScenarioResult extends ScenarioResult {
  virtualMs: number;
  realMs: number;
}

/** What a client run left for the verdict. */
export interface ClientRun {
  /** The run as {@link startRun} armed it: scenario, seed, trace and schedule. */
  start: RunStart;
  /** The client's name, as the reports show it. */
  handler: string;
  /** The simulator the client talked to: its traffic, attempts and the misuse it refused. */
  core: SimulatorCore;
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
  /** How decisions are judged; the oracle's `judge` by default. */
  judgeAttempts?: RunEnd['judgeAttempts'];
  /** A fleet's tasks and the client's result for each (null: none, or not a list); absent for one task. */
  fleet?: { tasks: readonly TaskSpec[]; results: ReadonlyArray<ClientResult | null> | null };
}

/**
 * The verdict on a client run, the same whichever way the client ran (in-process or as a process):
 * its decisions reconstructed from the traffic and judged by the oracle, plus the rules only traffic
 * shows (idempotency keys on resends, polling after the end, malformed or unknown requests,
 * requests after returning), graded and finished like a policy run ({@link finishRun}).
 *
 * @example
 * return clientVerdict({ start, handler: client.name, core: sim.core, result, problems, unknownRequests: [], lateRequests: [], virtualMs, realStart, secrets });
 */
export function clientVerdict(run: ClientRun): ClientScenarioResult {
  const { start, core, result, virtualMs, secrets } = run;
  const { scenario, trace } = start;
  const problems = [
    ...run.problems,
    ...run.unknownRequests.map((r) => `the client called ${r}, which the ${scenario.provider} simulator does not know`),
    ...core.misuse.map((m) => `the platform refused a malformed request: ${m}`),
    ...afterReturnProblems(run.lateRequests),
  ];
  if (result && core.traffic.exchanges.length === 0)
    problems.push(`the client ${describeResult(result)} without sending a single request`);
  const fleet = run.fleet && judgeFleet(core, run.fleet.tasks, run.fleet.results, scenario);
  const rebuilt = fleet ?? reconstruct(core.attempts, result, scenario.task, scenario.expect);
  problems.push(...rebuilt.problems, ...(fleet ? [] : trafficProblems(core.attempts, core.traffic.exchanges)));
  for (const record of core.attempts)
    trace.add(record.startedAtMs, record.n, 'fired', {
      fault: record.fate.fault,
      run: record.runId ?? null,
      replayOf: record.replayOf ?? null,
    });
  for (const attempt of rebuilt.attempts)
    trace.add(attempt.atMs, attempt.n, 'decision', { ...attempt.decision, failure: attempt.failure?.kind ?? null });
  trace.add(virtualMs, 0, 'traffic', core.traffic.exchanges);
  const end = fleet
    ? { results: run.fleet!.results?.map((r) => r && describeResult(r)) ?? null }
    : { result: result && describeResult(result) };
  const judgeAttempts = fleet ? () => fleet.violations : run.judgeAttempts;
  const verdict = finishRun(start, {
    handler: run.handler,
    attempts: rebuilt.attempts,
    problems,
    atMs: virtualMs,
    end,
    secrets,
    judgeAttempts,
  });
  return { ...verdict, virtualMs, realMs: performance.now() - run.realStart };
}

/**
 * What a fleet client finally did: one validated result per task, or null (with the reason in
 * `problems`) when the value is not a list. A task whose entry is not a result gets null.
 *
 * @example
 * parseFleetResults([{ outcome: 'accepted', answer: 1 }], problems); // [{ outcome: 'accepted', answer: 1 }]
 */
export function parseFleetResults(value: unknown, problems: string[]): Array<ClientResult | null> | null {
  if (!Array.isArray(value)) {
    problems.push(`runFleet returned ${JSON.stringify(value) ?? String(value)}, not a list of results (one per task)`);
    return null;
  }
  return value.map((entry, i) => {
    const own: string[] = [];
    const result = parseClientResult(entry, own);
    problems.push(...own.map((p) => `task ${i + 1}: ${p}`));
    return result;
  });
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
  problems.push(
    `the client ${file ? 'wrote' : 'returned'} ${JSON.stringify(value) ?? String(value)}${file ? ` to ${file}` : ''}, not a result { outcome: 'accepted' | 'gave_up' | 'escalated', … }:\n    ${formatIssues(parsed.error.issues).join('\n    ')}`,
  );
  return null;
}
