import type { Decision, Failure } from '../contract/index.ts';
import type { Level } from './schema.ts';

/**
 * Milliseconds for people: `2,000 ms`.
 *
 * @example
 * formatMs(2000); // '2,000 ms'
 */
export function formatMs(ms: number): string {
  return `${Math.round(ms).toLocaleString('en-US')} ms`;
}

/**
 * A decision in plain words.
 *
 * @example
 * describeDecision({ action: 'retry', delayMs: 2000, changes: ['fresh_browser'] }); // 'retry after 2,000 ms with fresh_browser'
 * describeDecision({ action: 'escalate', to: 'human', reason: 'captcha' }); // 'escalate to human: captcha'
 */
export function describeDecision(decision: Decision): string {
  switch (decision.action) {
    case 'retry':
      return `retry after ${formatMs(decision.delayMs)} ${decision.changes.length ? `with ${decision.changes.join(', ')}` : 'unchanged'}`;
    case 'escalate':
      return `escalate to ${decision.to}${decision.reason ? `: ${decision.reason}` : ''}`;
    case 'abort':
      return `abort${decision.reason ? `: ${decision.reason}` : ''}`;
    case 'accept':
      return 'accept';
  }
}

/**
 * A failure in plain words: its kind and the signals the oracle reads.
 *
 * @example
 * describeFailure(failure); // 'platform.rate_limited from webcompute (code RATE_LIMITED, HTTP 429, Retry-After 2,000 ms)'
 */
export function describeFailure(failure: Failure): string {
  const signals = [
    failure.code !== null ? `code ${failure.code}` : null,
    failure.status !== null ? `HTTP ${failure.status}` : null,
    failure.retryAfterMs !== null ? `Retry-After ${formatMs(failure.retryAfterMs)}` : null,
    failure.retryable !== null ? `retryable ${failure.retryable}` : null,
    failure.next !== null ? `next ${failure.next}` : null,
  ].filter(Boolean);
  return `${failure.kind} from ${failure.provider}${signals.length ? ` (${signals.join(', ')})` : ''}`;
}

/** The four parts of a violation message, plus where it happened. */
export interface Explanation {
  /** `attempt 2`, `attempts 1–3`. */
  where: string;
  /** The fault, usually {@link describeFailure}. */
  fault: string;
  /** What the handler did, usually {@link describeDecision}. */
  decided: string;
  /** What the oracle expected instead. */
  expected: string;
  /** The rule's id and why it exists. */
  rule: { id: string; why: string };
  /** How binding the broken rule is here. */
  level: Level;
  /** The kind's expected decision in general (its rule's `says`), when it adds to `expected`. */
  says?: string;
}

/**
 * One violation in plain words: which fault, what the handler decided, what was expected, and why.
 *
 * @example
 * explain({ where: 'attempt 1', fault: 'agent.captcha from hcompany', decided: 'retry after 1,000 ms unchanged',
 *   expected: 'escalate to human', rule: { id: 'kind-option', why: 'the decision must be one the oracle expects' }, level: 'must' });
 * // 'attempt 1: agent.captcha from hcompany: handler decided retry after 1,000 ms unchanged; expected escalate to human (rule kind-option, must: the decision must be one the oracle expects)'
 */
export function explain({ where, fault, decided, expected, rule, level, says }: Explanation): string {
  const general = says && says !== expected ? `; for this fault the oracle expects: ${says}` : '';
  return `${where}: ${fault}: handler decided ${decided}; expected ${expected} (rule ${rule.id}, ${level}: ${rule.why}${general})`;
}
