import type { Decision, Failure } from '../contract/index.ts';

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
 * describeDecision({ action: 'retry', delayMs: 500, changes: [] }); // 'retry after 500 ms unchanged'
 */
export function describeDecision(decision: Decision): string {
  switch (decision.action) {
    case 'retry':
      return `retry after ${formatMs(decision.delayMs)} ${decision.changes.length ? `with ${decision.changes.join(', ')}` : 'unchanged'}`;
    case 'escalate':
      return `escalate to ${decision.to}${decision.reason ? ` (${decision.reason})` : ''}`;
    case 'abort':
      return `abort${decision.reason ? ` (${decision.reason})` : ''}`;
    case 'accept':
      return 'accept';
  }
}

/**
 * A failure in plain words: its kind and the signals the oracle reads.
 *
 * @example
 * describeFailure(failure); // 'platform.rate_limited (code RATE_LIMITED, HTTP 429, Retry-After 2,000 ms)'
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
