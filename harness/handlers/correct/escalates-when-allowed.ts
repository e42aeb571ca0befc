import type { Decision, EscalationTarget, Failure } from '../../contract/index.ts';
import { variant } from './variant.ts';

/** Who takes over where the oracle lets a handler escalate instead of retrying. */
function escalationAllowed(failure: Failure): EscalationTarget | null {
  if (failure.next === 'authenticate') return 'credentials';
  if (failure.next === 'change_request') return 'review';
  switch (failure.kind) {
    case 'platform.unauthorized':
    case 'agent.login_required':
      return 'credentials';
    case 'answer.schema_mismatch':
    case 'answer.missing':
      return 'review';
    case 'platform.wrong_state':
    case 'platform.idempotency_in_flight':
      return failure.retryable === false ? 'human' : null;
    case 'browser.crashed':
      // A failed Skyvern run whose code the user mapped means what the user decided.
      return failure.provider === 'skyvern' && failure.code !== 'failed' ? 'review' : null;
    default:
      return null;
  }
}

/** Escalates instead of retrying wherever the oracle allows an escalation; elsewhere the reference's decision. */
export default variant('escalates-when-allowed', (decision, failure): Decision => {
  const to = decision.action === 'retry' ? escalationAllowed(failure) : null;
  return to ? { action: 'escalate', to, reason: `${failure.kind}: handed over instead of retried` } : decision;
});
