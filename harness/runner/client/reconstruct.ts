import type { Attempt, Change, ClientResult, Decision, Failure, TaskSpec } from '../../contract/index.ts';
import { classify, type Native } from '../../classify/index.ts';
import { ruleFor } from '../../oracle/index.ts';
import type { Expectation } from '../../oracle/schema.ts';
import type { AttemptRecord } from '../../../mocks/simulator/attempts.ts';
import type { RunRequest } from '../../../mocks/simulator/fates.ts';

/** The decisions a client made, read back from its traffic, and what could not be read. */
export interface Reconstructed {
  attempts: Attempt[];
  problems: string[];
}

/**
 * Reconstructs a client's decisions from the attempts the simulator saw: a new run after a failure
 * is a retry (its delay measured on the virtual clock from the moment the client could see the
 * failure, its changes read from the request), and the client's final result is the last decision.
 *
 * @example
 * const { attempts, problems } = reconstruct(sim.core.attempts, result, scenario.task, scenario.expect);
 */
export function reconstruct(
  records: readonly AttemptRecord[],
  result: ClientResult | null,
  task: TaskSpec,
  expect: Expectation,
): Reconstructed {
  const attempts: Attempt[] = [];
  const problems: string[] = [];
  for (const [index, record] of records.entries()) {
    const next = records[index + 1];
    if (record.observedAtMs === undefined || !record.served) {
      const what = record.runId ? `how run ${record.runId} ended` : 'the answer to its request';
      problems.push(
        next
          ? `attempt ${record.n}: the client started another run (request ${next.seq}) before it saw ${what}`
          : `attempt ${record.n}: the client returned "${result?.outcome ?? 'nothing'}" without seeing ${what}`,
      );
      break;
    }
    const classified = classify(servedNative(task.provider, record.served), {
      answerSchema: (record.request.answerSchema as TaskSpec['answerSchema']) ?? task.answerSchema,
      nowMs: record.observedAtMs,
    });
    if (classified.state !== 'failure') {
      if (next)
        problems.push(
          `attempt ${record.n}: the run succeeded, yet the client started another run (request ${next.seq})`,
        );
      else if (result && result.outcome !== 'accepted')
        problems.push(`attempt ${record.n}: the run succeeded, yet the client ${describeResult(result)}`);
      attempts.push({ n: record.n, failure: null, decision: { action: 'accept' }, atMs: record.observedAtMs });
      break;
    }
    const decision = next ? retryDecision(record, next, classified.failure, expect) : finalDecision(result);
    if (!decision) break;
    attempts.push({ n: record.n, failure: classified.failure, decision, atMs: record.observedAtMs });
  }
  return { attempts, problems };
}

function retryDecision(record: AttemptRecord, next: AttemptRecord, failure: Failure, expect: Expectation): Decision {
  return {
    action: 'retry',
    delayMs: Math.max(0, next.startedAtMs - record.observedAtMs!),
    changes: changesBetween(record.request, next.request, failure, expect),
  };
}

function finalDecision(result: ClientResult | null): Decision | null {
  if (!result) return null;
  if (result.outcome === 'accepted') return { action: 'accept' };
  if (result.outcome === 'gave_up') return { action: 'abort', reason: result.reason };
  return { action: 'escalate', to: result.to, reason: result.reason };
}

/**
 * What a retry changed, read from the two requests. Where each run gets its own browser (every
 * platform but Webcompute, whose browsers are explicit), a new run is a fresh browser whenever the
 * failure's rule asks for one: the client could not have done otherwise.
 */
function changesBetween(before: RunRequest, after: RunRequest, failure: Failure, expect: Expectation): Change[] {
  const changes: Change[] = [];
  const implicitFreshBrowser =
    before.browserId === undefined &&
    ruleFor(failure, expect.rules).options.some((o) => o.action === 'retry' && o.require.includes('fresh_browser'));
  if (implicitFreshBrowser || (before.browserId !== undefined && after.browserId !== before.browserId))
    changes.push('fresh_browser');
  if (after.proxy !== undefined && after.proxy !== before.proxy) changes.push('new_proxy');
  if (raised(before.maxSteps, after.maxSteps) || raised(before.maxTimeS, after.maxTimeS)) changes.push('raise_budget');
  if (after.prompt !== before.prompt) changes.push('narrow_task');
  if (JSON.stringify(after.answerSchema) !== JSON.stringify(before.answerSchema)) changes.push('simplify_schema');
  if (after.credential !== before.credential) changes.push('refresh_credentials');
  return changes;
}

function raised(before: number | undefined, after: number | undefined): boolean {
  return after !== undefined && (before === undefined || after > before);
}

/**
 * The native payload a served answer is, as the client's `fetch` saw it.
 *
 * @example
 * classify(servedNative('problem', record.served!)).state; // 'failure'
 */
export function servedNative(provider: TaskSpec['provider'], served: NonNullable<AttemptRecord['served']>): Native {
  if ('network' in served) {
    const code = served.network === 'refused' ? 'ECONNREFUSED' : 'ECONNRESET';
    return {
      provider,
      thrown: Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(code), { code }) }),
    };
  }
  return { provider, response: served };
}

/** "gave up (reason)", "escalated to human (reason)". */
export function describeResult(result: ClientResult): string {
  if (result.outcome === 'accepted') return 'accepted an answer';
  if (result.outcome === 'gave_up') return `gave up (${result.reason})`;
  return `escalated to ${result.to} (${result.reason})`;
}
