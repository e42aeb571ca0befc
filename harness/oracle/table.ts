import type { Change, EscalationTarget, FailureKind } from '../contract/index.ts';
import type { KindRuleInput, RetryOption } from './schema.ts';

const retry = (require: Change[], allow: Change[] = [], delay: RetryOption['delay'] = 'any') =>
  ({ action: 'retry', require, allow, delay }) as const;
const abort = { action: 'abort' } as const;
const escalate = (...to: EscalationTarget[]) => ({ action: 'escalate', to }) as const;
const unchangedBackoff = retry([], [], 'backoff');
const BROWSER_SWAP: Change[] = ['fresh_browser', 'new_proxy'];
const BUDGET: Change[] = ['raise_budget', 'narrow_task'];
/** Best practice beyond what the platforms document: a departure is graded non-strict. */
const SHOULD = { level: 'should' } as const;
/** A bound set by a real risk (a captcha loop, locked credentials), not only Faultline's advice. */
const BINDING = { bound: 'must' } as const;

/**
 * The oracle: the expected decisions for each kind, as data, with how binding each is
 * (docs/oracle.md, "The oracle table"). Per-code refinements live in `refine.ts`; cross-cutting
 * rules in `rules/`. `level` (default `must`) grades a decision no option allows; `bound` (default
 * `should`) grades a retry past `maxRetries`.
 *
 * @example
 * ORACLE['agent.captcha'].says; // 'escalate to a human; no automatic retry loop'
 */
export const ORACLE: Record<FailureKind, KindRuleInput> = {
  'transport.connection_refused': {
    options: [unchangedBackoff],
    ...SHOULD,
    says: 'retry unchanged with exponential backoff and jitter, ≤3',
  },
  'transport.connection_reset': {
    options: [unchangedBackoff],
    ...SHOULD,
    says: 'retry unchanged with exponential backoff and jitter, ≤3',
  },
  'transport.dns': {
    options: [unchangedBackoff],
    ...SHOULD,
    says: 'retry unchanged with exponential backoff and jitter, ≤3',
  },
  'transport.timeout': {
    options: [unchangedBackoff],
    ...SHOULD,
    says: 'retry unchanged with exponential backoff and jitter, ≤3',
  },
  'transport.malformed_response': {
    options: [unchangedBackoff],
    ...SHOULD,
    says: 'retry unchanged with exponential backoff and jitter, ≤3',
  },
  'platform.invalid_request': {
    options: [abort, escalate('review')],
    says: 'abort or escalate for review; never retry unchanged',
  },
  'platform.unauthorized': {
    options: [escalate('credentials'), retry(['refresh_credentials'])],
    maxRetries: 1,
    ...BINDING,
    says: 'escalate credentials, or one retry with refresh_credentials',
  },
  'platform.forbidden': { options: [abort], says: 'abort' },
  'platform.not_found': { options: [abort], says: 'abort' },
  'platform.wrong_state': {
    options: [retry([], [], 'wait')],
    ...SHOULD,
    says: 'retry unchanged after a delay (≥ 100 ms), ≤3',
  },
  'platform.idempotency_in_flight': {
    options: [retry([], [], 'wait')],
    ...SHOULD,
    says: 'retry unchanged, same key, after a delay (≥ 100 ms), ≤3',
  },
  'platform.idempotency_mismatch': { options: [abort], says: 'abort (caller bug: same key, different body)' },
  'platform.payload_too_large': {
    options: [abort, retry(['narrow_task'])],
    says: 'abort, or retry with narrow_task, ≤3',
  },
  'platform.rate_limited': {
    options: [unchangedBackoff],
    ...SHOULD,
    says: 'retry after ≥ retryAfterMs when given, else with backoff, ≤3',
  },
  'platform.concurrency_limit': {
    options: [unchangedBackoff],
    ...SHOULD,
    says: 'retry after ≥ retryAfterMs when given, else with backoff, ≤3',
  },
  'platform.quota_exceeded': { options: [abort, escalate('human')], says: 'abort or escalate to a human' },
  'platform.unavailable': {
    options: [unchangedBackoff],
    ...SHOULD,
    says: 'retry after ≥ retryAfterMs when given, else with backoff, ≤3',
  },
  'platform.upstream': {
    options: [retry(BROWSER_SWAP, BROWSER_SWAP)],
    ...SHOULD,
    says: 'retry with fresh_browser or new_proxy, ≤3',
  },
  'platform.timeout': {
    options: [retry(['fresh_browser', 'narrow_task'], ['new_proxy'])],
    ...SHOULD,
    says: 'retry with fresh_browser (health) or narrow_task (quick action), ≤3',
  },
  'platform.internal': {
    options: [retry([])],
    ...SHOULD,
    maxRetries: 1,
    says: 'retry once unchanged; abort if it repeats',
  },
  'platform.policy_blocked': { options: [abort, escalate('human')], says: 'abort or escalate to a human' },
  'platform.canceled': { options: [abort], says: 'abort; never retry a canceled run' },
  'browser.launch_failed': {
    options: [retry(['fresh_browser'])],
    ...SHOULD,
    maxRetries: 1,
    says: 'retry with fresh_browser once, then abort',
  },
  'browser.crashed': {
    options: [retry(['fresh_browser'], ['new_proxy'])],
    ...SHOULD,
    says: 'retry with fresh_browser, ≤3',
  },
  'browser.disconnected': {
    options: [retry(['fresh_browser'], ['new_proxy'])],
    ...SHOULD,
    says: 'retry with fresh_browser, ≤3',
  },
  'browser.navigation_timeout': {
    options: [retry(BROWSER_SWAP, BROWSER_SWAP)],
    ...SHOULD,
    maxRetries: 2,
    says: 'retry with fresh_browser or new_proxy, ≤2',
  },
  'browser.navigation_failed': {
    options: [retry(BROWSER_SWAP, BROWSER_SWAP), abort],
    ...SHOULD,
    maxRetries: 2,
    says: 'network-shaped: retry with new_proxy or fresh_browser, ≤2; name, certificate, invalid-URL, blocked: abort',
  },
  'browser.proxy_failed': {
    options: [retry(['new_proxy'], ['fresh_browser'])],
    maxRetries: 2,
    says: 'retry with new_proxy, ≤2; never unchanged',
  },
  'browser.selector_not_found': {
    options: [abort],
    ...SHOULD,
    says: 'abort (the script or the page changed); never retry unchanged',
  },
  'browser.execute_failed': {
    options: [retry([])],
    ...SHOULD,
    maxRetries: 1,
    says: 'retry once unchanged, then abort',
  },
  'browser.screenshot_failed': {
    options: [retry([])],
    ...SHOULD,
    maxRetries: 1,
    says: 'retry once unchanged, then abort',
  },
  'browser.pdf_failed': { options: [retry([])], ...SHOULD, maxRetries: 1, says: 'retry once unchanged, then abort' },
  'agent.out_of_budget': {
    options: [retry(BUDGET, BUDGET)],
    maxRetries: 2,
    says: 'retry with raise_budget or narrow_task, ≤2; never unchanged',
  },
  'agent.timed_out': {
    options: [retry(BUDGET, BUDGET)],
    maxRetries: 2,
    says: 'retry with raise_budget or narrow_task, ≤2; never unchanged',
  },
  'agent.captcha': {
    options: [escalate('human')],
    maxRetries: 0,
    ...BINDING,
    says: 'escalate to a human; no automatic retry loop',
  },
  'agent.login_required': {
    options: [retry(['refresh_credentials']), escalate('credentials')],
    maxRetries: 1,
    ...BINDING,
    says: 'retry once with refresh_credentials, then escalate credentials',
  },
  'agent.access_denied': { options: [escalate('human'), abort], says: 'escalate to a human, or abort' },
  'agent.blocked': { options: [escalate('human')], says: 'escalate to a human' },
  'agent.infeasible': { options: [abort], says: 'abort; never retry unchanged' },
  'agent.not_found': { options: [abort], says: 'abort with an empty result' },
  'agent.site_maintenance': {
    options: [retry([], [], 'long')],
    ...SHOULD,
    says: 'retry after a long wait (≥ retryAfterMs, else ≥ 60 s), ≤3',
  },
  'agent.site_rate_limited': {
    options: [retry(['new_proxy'], ['fresh_browser'], 'wait')],
    ...SHOULD,
    says: 'retry after a delay (≥ 100 ms; no backoff cap) with new_proxy, ≤3',
  },
  'agent.partial': { options: [escalate('review')], says: 'escalate for review' },
  'answer.schema_mismatch': {
    options: [retry(['simplify_schema']), escalate('review')],
    maxRetries: 1,
    says: 'retry with simplify_schema once, or escalate for review; never accept, never retry unchanged',
  },
  'answer.missing': {
    options: [retry(['narrow_task']), escalate('review')],
    ...SHOULD,
    maxRetries: 1,
    says: 'retry once with narrow_task, or escalate for review',
  },
};
