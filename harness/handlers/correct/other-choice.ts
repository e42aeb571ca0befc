import type { Change, Decision, Failure } from '../../contract/index.ts';
import { DecorrelatedJitterBackoff } from '../backoff/decorrelated-jitter.ts';
import { carefulHandler } from '../reference.ts';
import { variant } from './variant.ts';

const abort = (reason: string): Decision => ({ action: 'abort', reason });
const retryWith = (decision: Extract<Decision, { action: 'retry' }>, changes: Change[]): Decision => ({
  ...decision,
  changes,
});
const LOST_BROWSER = ['BROWSER_NOT_FOUND', 'SESSION_NOT_FOUND', 'browser_not_found'];

/** Another allowed retry than the reference's, where the oracle offers one. */
function otherRetry(decision: Extract<Decision, { action: 'retry' }>, failure: Failure): Decision {
  const [change] = decision.changes;
  switch (failure.kind) {
    case 'platform.unauthorized':
    case 'agent.login_required':
      return { action: 'escalate', to: 'credentials', reason: 'credentials refused' };
    case 'answer.schema_mismatch':
    case 'answer.missing':
      return { action: 'escalate', to: 'review', reason: `${failure.kind}: a person checks the task` };
    case 'agent.out_of_budget':
    case 'agent.timed_out':
      return retryWith(decision, ['narrow_task']);
    case 'platform.upstream':
      return retryWith(decision, ['new_proxy']);
    case 'browser.navigation_timeout':
    case 'browser.navigation_failed':
      return retryWith(decision, [change === 'new_proxy' ? 'fresh_browser' : 'new_proxy']);
    case 'browser.proxy_failed':
      return retryWith(
        decision,
        failure.code === 'net::ERR_TUNNEL_CONNECTION_FAILED' ? ['fresh_browser'] : ['new_proxy', 'fresh_browser'],
      );
    case 'agent.site_rate_limited':
      return retryWith(decision, ['new_proxy', 'fresh_browser']);
    case 'agent.site_maintenance':
      return { ...decision, delayMs: decision.delayMs + 30_000 };
    case 'platform.wrong_state':
    case 'platform.idempotency_in_flight':
      return failure.retryable === false ? abort('the provider says it will not change') : decision;
    case 'browser.crashed':
      if (failure.provider === 'hcompany' || (failure.provider === 'skyvern' && failure.code === 'failed'))
        return retryWith(decision, []);
      if (failure.provider === 'skyvern')
        return { action: 'escalate', to: 'review', reason: `mapped code ${failure.code}` };
      return retryWith(decision, ['fresh_browser', 'new_proxy']);
    case 'browser.disconnected':
      return retryWith(decision, ['fresh_browser', 'new_proxy']);
    case 'platform.timeout':
      return failure.code === 'QUICK_ACTION_TIMEOUT' ? decision : retryWith(decision, ['fresh_browser', 'new_proxy']);
    default:
      return decision;
  }
}

/** Another allowed ending than the reference's, where the oracle offers one. */
function otherEnding(
  decision: Extract<Decision, { action: 'abort' | 'escalate' }>,
  failure: Failure,
  delayMs: number,
): Decision {
  if (failure.next === 'change_request' && decision.action === 'abort')
    return { action: 'escalate', to: 'review', reason: 'the provider asked for a changed request' };
  switch (failure.kind) {
    case 'platform.invalid_request':
      return { action: 'escalate', to: 'review', reason: 'invalid request' };
    case 'platform.payload_too_large':
      return { action: 'retry', delayMs, changes: ['narrow_task'] };
    case 'platform.not_found':
      return LOST_BROWSER.includes(failure.code ?? '')
        ? { action: 'retry', delayMs, changes: ['fresh_browser'] }
        : decision;
    case 'platform.quota_exceeded':
    case 'platform.policy_blocked':
    case 'agent.access_denied':
      return decision.action === 'escalate' ? abort(failure.kind) : decision;
    default:
      return decision;
  }
}

/**
 * Issue 11's proof of no false alarms: a correct handler that, wherever the oracle allows a choice,
 * takes another allowed option than the reference handler: escalates credentials at once, narrows
 * the task instead of raising the budget, swaps the proxy where the reference swaps the browser,
 * retries a lost browser instead of aborting, waits with decorrelated jitter, and so on.
 */
export default variant(
  'other-choice',
  (decision, failure, ctx) => {
    if (decision.action === 'retry') return otherRetry(decision, failure);
    if (decision.action === 'abort' || decision.action === 'escalate') {
      const retries = ctx.history.filter(
        (a) => a.failure?.kind === failure.kind && a.decision.action === 'retry',
      ).length;
      return retries === 0 ? otherEnding(decision, failure, Math.max(1_000, failure.retryAfterMs ?? 0)) : decision;
    }
    return decision;
  },
  carefulHandler({ name: 'decorrelated', backoff: new DecorrelatedJitterBackoff() }),
);
