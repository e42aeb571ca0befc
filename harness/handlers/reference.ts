// Written the way a user writes a handler: only what faultline/core exports, plus its own backoff.
import {
  isNetErrorCode,
  isNetworkShapedNetError,
  type Attempt,
  type Change,
  type Decision,
  type Failure,
  type FailureKind,
  type RecoveryContext,
  type RecoveryHandler,
  type TaskSpec,
} from '../core.ts';
import type { Backoff } from './backoff/backoff.ts';
import { ExponentialBackoff } from './backoff/exponential.ts';

/** How the handler wants to wait before a retry. */
type Wait = 'backoff' | 'long';

/** What to do about a kind: retry (how, how often), and what to do once retrying is over or not allowed. */
interface Plan {
  retry?: { changes: Change[]; max: number; wait: Wait };
  otherwise: Decision;
}

const LONG_WAIT_MS = 60_000;
const MAX_RETRIES = 10;
const MAX_TOTAL_DELAY_MS = 3 * 60 * 60 * 1000;
const WAIT_STATES: readonly FailureKind[] = ['platform.wrong_state', 'platform.idempotency_in_flight'];

const abort = (reason: string): Decision => ({ action: 'abort', reason });
const escalate = (to: 'human' | 'credentials' | 'review', reason: string): Decision => ({
  action: 'escalate',
  to,
  reason,
});
const retryThen = (changes: Change[], max: number, otherwise: Decision, wait: Wait = 'backoff'): Plan => ({
  retry: { changes, max, wait },
  otherwise,
});

/**
 * What a careful client does about each kind, written the way a user would write it: a switch
 * over the kind, with the provider's own signals first. (It does not consult the oracle's tables:
 * it is a second, independent implementation that the oracle must agree with.)
 */
function plan(failure: Failure, task: TaskSpec): Plan {
  const { kind } = failure;
  // A run through a proxy most likely failed on the proxy; else on the browser.
  const swap: Change = task.proxy ? 'new_proxy' : 'fresh_browser';
  switch (kind) {
    case 'transport.connection_refused':
    case 'transport.connection_reset':
    case 'transport.dns':
    case 'transport.timeout':
    case 'transport.malformed_response':
    case 'platform.rate_limited':
    case 'platform.concurrency_limit':
    case 'platform.unavailable':
    case 'platform.wrong_state':
    case 'platform.idempotency_in_flight':
      return retryThen([], 3, abort(`${kind} persisted`));
    case 'platform.internal':
      return retryThen([], 1, abort('internal error repeated; contact support'));
    case 'browser.execute_failed':
    case 'browser.screenshot_failed':
    case 'browser.pdf_failed':
      return retryThen([], 1, abort(`${kind} repeated`));
    case 'platform.unauthorized':
    case 'agent.login_required':
      return retryThen(['refresh_credentials'], 1, escalate('credentials', 'credentials refused after a refresh'));
    case 'platform.upstream':
    case 'browser.crashed':
    case 'browser.disconnected':
      return retryThen(['fresh_browser'], 3, abort(`${kind} persisted on fresh browsers`));
    case 'browser.launch_failed':
      return retryThen(['fresh_browser'], 1, abort('the browser does not launch'));
    case 'platform.timeout':
      return retryThen(
        [failure.code === 'QUICK_ACTION_TIMEOUT' ? 'narrow_task' : 'fresh_browser'],
        3,
        abort('timed out again'),
      );
    case 'browser.navigation_timeout':
      return retryThen([swap], 2, abort('navigation keeps timing out'));
    case 'browser.navigation_failed':
      if (isNetErrorCode(failure.code) && !isNetworkShapedNetError(failure.code))
        return { otherwise: abort(`navigation failed: ${failure.code}`) };
      return retryThen([swap], 2, abort('navigation keeps failing'));
    case 'browser.proxy_failed':
      return retryThen(['new_proxy'], 2, abort('no proxy works'));
    case 'agent.out_of_budget':
    case 'agent.timed_out':
      return retryThen(['raise_budget'], 2, abort('out of budget even with a raised budget'));
    case 'agent.site_maintenance':
      return retryThen([], 3, abort('the site stays in maintenance'), 'long');
    case 'agent.site_rate_limited':
      return retryThen(['new_proxy'], 3, abort('the site keeps rate limiting'));
    case 'answer.schema_mismatch':
      return retryThen(['simplify_schema'], 1, escalate('review', 'the answer does not fit the schema'));
    case 'answer.missing':
      return retryThen(['narrow_task'], 1, escalate('review', 'no answer came back'));
    case 'agent.captcha':
    case 'agent.blocked':
    case 'agent.access_denied':
      return { otherwise: escalate('human', `${kind}: a person has to step in`) };
    case 'platform.quota_exceeded':
    case 'platform.policy_blocked':
      return { otherwise: escalate('human', kind) };
    case 'agent.partial':
      return { otherwise: escalate('review', 'partial result: inspect before trusting') };
    case 'platform.invalid_request':
    case 'platform.forbidden':
    case 'platform.not_found':
    case 'platform.idempotency_mismatch':
    case 'platform.payload_too_large':
    case 'platform.canceled':
    case 'browser.selector_not_found':
    case 'agent.infeasible':
    case 'agent.not_found':
      return { otherwise: abort(kind) };
  }
}

/** The latest attempts that ended in a retry, in a row. */
function retryStreak(history: readonly Attempt[]): Attempt[] {
  let start = history.length;
  while (start > 0 && history[start - 1]!.decision.action === 'retry') start--;
  return history.slice(start);
}

/** The backoff's own previous delay in the streak: none when the provider dictated the last wait. */
function previousBackoffMs(streak: readonly Attempt[]): number | null {
  const last = streak.at(-1);
  return last?.decision.action === 'retry' && last.failure?.retryAfterMs === null ? last.decision.delayMs : null;
}

/** The wait before a retry: at least what the provider asked, else the backoff scheme's delay. */
function delayMs(
  failure: Failure,
  streak: readonly Attempt[],
  wait: Wait,
  backoff: Backoff,
  random: () => number,
): number {
  const jittered = backoff.delayFor(streak.length, random, previousBackoffMs(streak));
  const asked = failure.retryAfterMs ?? 0;
  return wait === 'long' ? Math.max(asked, LONG_WAIT_MS) + jittered : Math.max(asked, jittered);
}

/** How to stop when retrying is over or not allowed: the kind's own answer, unless the provider's `next` rules it out. */
function stop(failure: Failure, otherwise: Decision): Decision {
  switch (failure.next) {
    case 'authenticate':
      return otherwise.action === 'escalate' && otherwise.to === 'credentials'
        ? otherwise
        : escalate('credentials', 'provider said next: authenticate');
    case 'change_request':
      return otherwise.action === 'abort' || (otherwise.action === 'escalate' && otherwise.to === 'review')
        ? otherwise
        : abort('provider asked for a changed request');
    default:
      return otherwise;
  }
}

/** How a careful handler may be tuned: the reference's choices, with another backoff or tighter bounds. */
export interface CarefulOptions {
  name: string;
  /** The backoff scheme (default: exponential, seed 002's defaults, jittered below the cap). */
  backoff?: Backoff;
  /** Retries per kind at most, below each kind's own bound (a bound is a maximum). */
  maxRetriesPerKind?: number;
}

/**
 * A careful handler: the reference's decisions, with a backoff scheme and per-kind retry bound of
 * your choice. It obeys the provider's `next` and `retryable`, honours `Retry-After`, counts its
 * retries per kind in `ctx.history`, grows its backoff over each streak of retries in a row
 * (whatever their kinds: one outage, not several fresh starts), keeps within 10 retries and 3 h of
 * waiting, and draws its jitter from `ctx.random`.
 *
 * @example
 * export default carefulHandler({ name: 'equal-jitter', backoff: new EqualJitterBackoff() });
 */
export function carefulHandler({
  name,
  backoff = new ExponentialBackoff(),
  maxRetriesPerKind = Infinity,
}: CarefulOptions): RecoveryHandler {
  return {
    name,
    decide(failure: Failure, ctx: RecoveryContext): Decision {
      const retries = ctx.history.filter((a) => a.decision.action === 'retry');
      const retriesOfKind = retries.filter((a) => a.failure?.kind === failure.kind).length;
      const { retry, otherwise } = plan(failure, ctx.task);
      const giveUp = stop(failure, otherwise);

      if (!retry || failure.next === 'abort' || retries.length >= MAX_RETRIES) return giveUp;
      // `next: authenticate` wants fresh credentials, once; else the kind's own retry.
      const [changes, max] =
        failure.next === 'authenticate' ? [['refresh_credentials'] as Change[], 1] : [retry.changes, retry.max];
      if (retriesOfKind >= Math.min(max, maxRetriesPerKind)) return giveUp;
      const unchangedForbidden =
        failure.next === 'change_request' || (failure.retryable === false && !WAIT_STATES.includes(failure.kind));
      if (changes.length === 0 && unchangedForbidden) return giveUp;
      const wait = delayMs(failure, retryStreak(ctx.history), retry.wait, backoff, ctx.random);
      if (ctx.elapsedMs + wait > MAX_TOTAL_DELAY_MS) return giveUp;
      return { action: 'retry', delayMs: wait, changes };
    },
  };
}

/**
 * The bundled reference handler: what a careful client does ({@link carefulHandler} with its
 * defaults). It passes the whole catalogue.
 *
 * @example
 * import { referenceHandler } from 'faultline';
 * referenceHandler.decide(failure, ctx); // { action: 'retry', delayMs: 2000, changes: [] }
 */
const reference: RecoveryHandler = carefulHandler({ name: 'reference' });

export default reference;
