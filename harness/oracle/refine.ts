import type { EscalationTarget, Failure, FailureKind } from '../contract/index.ts';
import { isNetErrorCode, isNetworkShapedNetError } from '../classify/shared/net-errors.ts';
import type { KindRuleInput } from './schema.ts';

/** A refinement of a kind's rule for the failures it matches. */
interface Refinement {
  kind: FailureKind;
  /** Which failures of the kind it matches, in words (docs/oracle.md lists them). */
  matches: string;
  when: (failure: Failure) => boolean;
  rule: KindRuleInput;
}

const codeIn =
  (...codes: string[]) =>
  (failure: Failure) =>
    failure.code !== null && codes.includes(failure.code);
const from =
  (provider: Failure['provider'], ...codes: string[]) =>
  (failure: Failure) =>
    failure.provider === provider && codeIn(...codes)(failure);
const ANYONE: EscalationTarget[] = ['human', 'credentials', 'review'];

/** Wait-states the provider flagged not retryable: waiting still passes, and so does stopping (docs/oracle.md). */
const waitStateNotRetryable = (kind: FailureKind): Refinement => ({
  kind,
  matches: '`retryable: false` / `is_retriable: false`',
  when: (f) => f.retryable === false,
  rule: {
    options: [
      { action: 'retry', require: [], allow: [], delay: 'wait' },
      { action: 'abort' },
      { action: 'escalate', to: ANYONE },
    ],
    level: 'should',
    says: 'flagged not retryable: abort, or escalate (to a human, credentials or review), or retry unchanged after a delay (≥ 100 ms), ≤3',
  },
});

/**
 * Per-code refinements of the table (docs/oracle.md, "Refinements"), as data: the first
 * refinement whose kind and condition match replaces the table's rule.
 *
 * @example
 * REFINEMENTS.filter((r) => r.kind === 'platform.timeout').length; // 2
 */
export const REFINEMENTS: readonly Refinement[] = [
  {
    kind: 'browser.navigation_failed',
    matches:
      'a network-shaped `net::ERR_*` code (reset, refused, closed, timed out, empty response, tunnel, network changed)',
    when: (f) => isNetErrorCode(f.code) && isNetworkShapedNetError(f.code),
    rule: {
      options: [{ action: 'retry', require: ['new_proxy', 'fresh_browser'], allow: ['new_proxy', 'fresh_browser'] }],
      level: 'should',
      maxRetries: 2,
      says: 'network-shaped net error: retry with new_proxy or fresh_browser, ≤2',
    },
  },
  {
    kind: 'browser.navigation_failed',
    matches: 'any other `net::ERR_*` code (name not resolved, certificate, invalid URL, blocked)',
    when: (f) => isNetErrorCode(f.code),
    rule: {
      options: [{ action: 'abort' }],
      level: 'should',
      says: 'name, certificate, invalid-URL or blocked net error: abort',
    },
  },
  {
    // The proxy's CONNECT answered 502 or 403: the proxy or the way past it failed; either swap may cure it.
    kind: 'browser.proxy_failed',
    matches: '`net::ERR_TUNNEL_CONNECTION_FAILED` (the proxy answered CONNECT with 502 or 403)',
    when: codeIn('net::ERR_TUNNEL_CONNECTION_FAILED'),
    rule: {
      options: [{ action: 'retry', require: ['new_proxy', 'fresh_browser'], allow: ['new_proxy', 'fresh_browser'] }],
      maxRetries: 2,
      says: 'tunnel through the proxy failed: retry with new_proxy or fresh_browser, ≤2; never unchanged',
    },
  },
  {
    kind: 'platform.timeout',
    matches: 'code `BROWSER_HEALTH_TIMEOUT`',
    when: codeIn('BROWSER_HEALTH_TIMEOUT'),
    rule: {
      options: [{ action: 'retry', require: ['fresh_browser'], allow: ['new_proxy'] }],
      level: 'should',
      says: 'browser health timeout: retry with fresh_browser, ≤3',
    },
  },
  {
    kind: 'platform.timeout',
    matches: 'code `QUICK_ACTION_TIMEOUT`',
    when: codeIn('QUICK_ACTION_TIMEOUT'),
    rule: {
      options: [{ action: 'retry', require: ['narrow_task'] }],
      level: 'should',
      says: 'quick action timeout: retry with narrow_task, ≤3',
    },
  },
  {
    kind: 'platform.not_found',
    matches: 'code `BROWSER_NOT_FOUND`, `SESSION_NOT_FOUND` or `browser_not_found`',
    when: codeIn('BROWSER_NOT_FOUND', 'SESSION_NOT_FOUND', 'browser_not_found'),
    rule: {
      options: [{ action: 'abort' }, { action: 'retry', require: ['fresh_browser'] }],
      says: 'the lost thing was a browser: abort, or retry with fresh_browser, ≤3',
    },
  },
  waitStateNotRetryable('platform.wrong_state'),
  waitStateNotRetryable('platform.idempotency_in_flight'),
  {
    kind: 'platform.wrong_state',
    matches: 'Webcompute code `browser_configuring`',
    when: from('webcompute', 'browser_configuring'),
    rule: {
      options: [{ action: 'retry', require: [], allow: [], delay: 'wait' }],
      level: 'should',
      retryAtLeast: 1,
      says: 'the browser is still configuring: retry unchanged after a delay (≥ 100 ms), at least once (seed 002), ≤3',
    },
  },
  {
    kind: 'platform.internal',
    matches: 'H Company `error_code: internal`',
    when: from('hcompany', 'internal'),
    rule: {
      options: [{ action: 'retry', require: [] }],
      level: 'should',
      maxRetries: 1,
      bound: 'must',
      retryAtLeast: 1,
      says: 'H Company internal: retry unchanged at least once and at most once, then stop (seed 000: "Yes, once")',
    },
  },
  {
    kind: 'agent.out_of_budget',
    matches: 'H Company `error_code: no_answer`',
    when: from('hcompany', 'no_answer'),
    rule: {
      options: [{ action: 'retry', require: ['raise_budget', 'narrow_task'], allow: ['raise_budget', 'narrow_task'] }],
      maxRetries: 2,
      retryAtLeast: 1,
      says: 'H Company no_answer: retry with raise_budget or narrow_task, at least once (seed 000), ≤2; never unchanged',
    },
  },
  {
    kind: 'agent.timed_out',
    matches: 'H Company `error_code: timeout`',
    when: from('hcompany', 'timeout'),
    rule: {
      options: [{ action: 'retry', require: ['raise_budget', 'narrow_task'], allow: ['raise_budget', 'narrow_task'] }],
      maxRetries: 2,
      retryAtLeast: 1,
      says: 'H Company timeout: retry with raise_budget or narrow_task, at least once (seed 000), ≤2; never unchanged',
    },
  },
  {
    kind: 'browser.crashed',
    matches: 'H Company `error_code: environment_error`',
    when: from('hcompany', 'environment_error'),
    rule: {
      options: [{ action: 'retry', require: [], allow: ['fresh_browser', 'new_proxy'] }],
      level: 'should',
      retryAtLeast: 1,
      says: 'H Company environment_error: retry as is (fresh_browser or new_proxy accepted), at least once (seed 000), ≤3',
    },
  },
  {
    kind: 'browser.crashed',
    matches: 'a Skyvern `failed` run without an error code',
    when: from('skyvern', 'failed'),
    rule: {
      options: [{ action: 'retry', require: [], allow: ['fresh_browser', 'new_proxy'] }],
      level: 'should',
      says: 'Skyvern failed run (infrastructure): retry, as is or with fresh_browser or new_proxy, ≤3',
    },
  },
  {
    // A failed run whose code comes from the user's error_code_mapping means what the user decided.
    kind: 'browser.crashed',
    matches: "a Skyvern `failed` run with a code from the user's `error_code_mapping`",
    when: (f) => f.provider === 'skyvern',
    rule: {
      options: [
        { action: 'retry', require: [], allow: ['fresh_browser', 'new_proxy'] },
        { action: 'abort' },
        { action: 'escalate', to: ANYONE },
      ],
      level: 'should',
      says: 'Skyvern failed run with a user-mapped code: retry as is or with fresh_browser or new_proxy (≤3), or abort, or escalate (to a human, credentials or review)',
    },
  },
];
