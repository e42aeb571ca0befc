import type { Attempt, ClientResult, TaskSpec } from '../../../contract/index.ts';
import { classify } from '../../../classify/index.ts';
import { judge, type Violation } from '../../../oracle/index.ts';
import type { Scenario } from '../../../scenario/define.ts';
import { taskIndexOf } from '../../../scenario/fleet.ts';
import type { AttemptRecord } from '../../../../mocks/simulator/attempts.ts';
import type { SimulatorCore } from '../../../../mocks/simulator/core.ts';
import { reconstruct, servedNative } from '../reconstruct.ts';
import { trafficProblems } from '../traffic-rules.ts';
import { FLEET_RULES, judgeFleetRule, type FleetAttempt } from './index.ts';

/**
 * Oracle rules a fleet judges with its own rules instead: how one task's waits grow, jitter and
 * stay under the cap is the fleet's choice (a breaker holds a task for minutes, a limiter queues
 * it), judged by the breaker and retry-spread rules. The floors (a Retry-After honoured, ≥ 100 ms)
 * still hold for every task.
 */
const FLEET_OWNED_RULES = new Set(['backoff-growth', 'backoff-jitter', 'backoff-cap']);

/** A fleet's verdict material: every task's decisions, the problems, the broken rules. */
export interface FleetJudgement {
  attempts: Attempt[];
  problems: string[];
  violations: Violation[];
}

/**
 * Judges a fleet from the traffic: each task's decisions reconstructed from its own runs (told
 * apart by the prompt that names it) and judged by the oracle like a single task, its traffic
 * rules too, then the fleet rules on the whole traffic (every task ends, none runs twice, the
 * outage bound, the concurrency limit, the breaker, the spread of retries).
 *
 * @example
 * const { attempts, problems, violations } = judgeFleet(sim.core, tasks, results, scenario);
 */
export function judgeFleet(
  core: SimulatorCore,
  tasks: readonly TaskSpec[],
  results: ReadonlyArray<ClientResult | null> | null,
  scenario: Scenario,
): FleetJudgement {
  const byTask = tasks.map((): AttemptRecord[] => []);
  const fleet: FleetAttempt[] = [];
  for (const record of core.attempts) {
    const task = taskIndexOf(record.request.prompt);
    const mine = task === null ? null : (byTask[task] ?? null);
    fleet.push({
      record,
      task: mine ? task : null,
      retry: (mine?.length ?? 0) > 0,
      succeeded: succeeded(record, scenario),
      refusedBy: record.fate.fault.startsWith('platform.') ? record.fate.fault : null,
    });
    mine?.push(record);
  }
  const attempts: Attempt[] = [];
  const problems: string[] = [];
  const violations: Violation[] = [];
  byTask.forEach((records, i) => {
    const result = results?.[i] ?? null;
    if (!records.length) return;
    const rebuilt = reconstruct(records, result, tasks[i]!, scenario.expect);
    const prefix = `task ${i + 1}: `;
    problems.push(...[...rebuilt.problems, ...trafficProblems(records, core.traffic.exchanges)].map((p) => prefix + p));
    attempts.push(...rebuilt.attempts);
    if (result)
      violations.push(
        ...judge(rebuilt.attempts, scenario.expect)
          .filter((v) => !FLEET_OWNED_RULES.has(v.rule))
          .map((v) => ({ ...v, message: prefix + v.message })),
      );
  });
  const traffic = {
    attempts: fleet,
    tasks: tasks.length,
    results,
    platform: scenario.platform.map((p) => ({ id: p.fault.id, params: p.params as Record<string, unknown> })),
  };
  for (const rule of FLEET_RULES) violations.push(...judgeFleetRule(rule, traffic));
  return { attempts: attempts.sort((a, b) => a.atMs - b.atMs || a.n - b.n), problems, violations };
}

function succeeded(record: AttemptRecord, scenario: Scenario): boolean {
  if (!record.served || record.observedAtMs === undefined) return false;
  return (
    classify(servedNative(scenario.provider, record.served), {
      answerSchema: scenario.task.answerSchema,
      nowMs: record.observedAtMs,
    }).state === 'success'
  );
}
