import type { Change, Decision, Failure, FailureKind } from '../contract/index.ts';
import type { DecisionOption, RetryOption } from './schema.ts';

/** Wait-states where the seed itself says to retry once the state changes, whatever `retryable` says. */
export const WAIT_STATES: readonly FailureKind[] = ['platform.wrong_state', 'platform.idempotency_in_flight'];

/**
 * True when the decision is one the option allows (action, escalation target, changes).
 *
 * @example
 * matchesOption({ action: 'retry', delayMs: 0, changes: ['fresh_browser'] }, { action: 'retry', require: ['fresh_browser'], allow: [], delay: 'any' }); // true
 */
export function matchesOption(decision: Decision, option: DecisionOption): boolean {
  if (decision.action !== option.action) return false;
  if (decision.action === 'escalate' && option.action === 'escalate') return option.to.includes(decision.to);
  if (decision.action === 'retry' && option.action === 'retry') return changesFit(decision.changes, option);
  return true;
}

function changesFit(changes: readonly Change[], option: RetryOption): boolean {
  const permitted = new Set([...option.require, ...option.allow]);
  if (changes.some((change) => !permitted.has(change))) return false;
  return option.require.length === 0 || changes.some((change) => option.require.includes(change));
}

/**
 * The option a decision matched, if any: its `delay` says which wait rules apply.
 *
 * @example
 * matchedOption(decision, rule.options)?.delay; // 'backoff'
 */
export function matchedOption(decision: Decision, options: readonly DecisionOption[]): DecisionOption | undefined {
  return options.find((option) => matchesOption(decision, option));
}

/**
 * True when the decision ends the scenario by giving up: abort, or escalate to someone.
 *
 * @example
 * isGiveUp({ action: 'escalate', to: 'human', reason: 'captcha' }); // true
 */
export function isGiveUp(decision: Decision): decision is Extract<Decision, { action: 'abort' | 'escalate' }> {
  return decision.action === 'abort' || decision.action === 'escalate';
}

/**
 * True when the decision is a retry that changes nothing.
 *
 * @example
 * isUnchangedRetry({ action: 'retry', delayMs: 10, changes: [] }); // true
 */
export function isUnchangedRetry(decision: Decision): boolean {
  return decision.action === 'retry' && decision.changes.length === 0;
}

/**
 * Whether any decision from the option could also obey the provider's flags (`retryable`, `next`).
 * When no option of a kind can, the flags alone decide (docs/oracle.md: the flag's options win).
 *
 * @example
 * optionObeysFlags({ action: 'abort' }, { ...failure, next: 'authenticate' }); // false
 */
export function optionObeysFlags(option: DecisionOption, failure: Failure): boolean {
  const changes = option.action === 'retry' ? [...option.require, ...option.allow] : [];
  const forbidsUnchanged = failure.retryable === false && !WAIT_STATES.includes(failure.kind);
  switch (option.action) {
    case 'accept':
      return !['abort', 'authenticate', 'change_request'].includes(failure.next ?? '');
    case 'abort':
      return failure.next !== 'authenticate';
    case 'escalate':
      if (failure.next === 'authenticate') return option.to.includes('credentials');
      if (failure.next === 'change_request') return option.to.includes('review');
      return true;
    case 'retry':
      if (failure.next === 'abort') return false;
      if (failure.next === 'authenticate') return changes.includes('refresh_credentials');
      if (failure.next === 'change_request' || forbidsUnchanged) return changes.length > 0;
      return true;
  }
}
