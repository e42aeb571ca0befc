import type { Failure, FailureKind } from '../contract/index.ts';
import { isNetErrorCode, isNetworkShapedNetError } from '../classify/shared/net-errors.ts';
import type { KindRuleInput } from './schema.ts';

/** A refinement of a kind's rule for the failures it matches. */
interface Refinement {
  kind: FailureKind;
  when: (failure: Failure) => boolean;
  rule: KindRuleInput;
}

const codeIn = (...codes: string[]) => (failure: Failure) => failure.code !== null && codes.includes(failure.code);

/**
 * Per-code refinements of the table (DESIGN.md, "Exact judgement rules"), as data: the first
 * refinement whose kind and condition match replaces the table's rule.
 *
 * @example
 * REFINEMENTS.filter((r) => r.kind === 'platform.timeout').length; // 2
 */
export const REFINEMENTS: readonly Refinement[] = [
  {
    kind: 'browser.navigation_failed',
    when: (f) => isNetErrorCode(f.code) && isNetworkShapedNetError(f.code),
    rule: {
      options: [{ action: 'retry', require: ['new_proxy', 'fresh_browser'], allow: ['new_proxy', 'fresh_browser'] }],
      maxRetries: 2,
      says: 'network-shaped net error: retry with new_proxy or fresh_browser, ≤2',
    },
  },
  {
    kind: 'browser.navigation_failed',
    when: (f) => isNetErrorCode(f.code),
    rule: { options: [{ action: 'abort' }], says: 'name, certificate, invalid-URL or blocked net error: abort' },
  },
  {
    kind: 'platform.timeout',
    when: codeIn('BROWSER_HEALTH_TIMEOUT'),
    rule: { options: [{ action: 'retry', require: ['fresh_browser'], allow: ['new_proxy'] }], says: 'browser health timeout: retry with fresh_browser' },
  },
  {
    kind: 'platform.timeout',
    when: codeIn('QUICK_ACTION_TIMEOUT'),
    rule: { options: [{ action: 'retry', require: ['narrow_task'] }], says: 'quick action timeout: retry with narrow_task' },
  },
  {
    kind: 'platform.not_found',
    when: codeIn('BROWSER_NOT_FOUND', 'SESSION_NOT_FOUND', 'browser_not_found'),
    rule: {
      options: [{ action: 'abort' }, { action: 'retry', require: ['fresh_browser'] }],
      says: 'the lost thing was a browser: abort, or retry with fresh_browser',
    },
  },
  {
    kind: 'browser.crashed',
    when: (f) => f.provider === 'hcompany' && f.code === 'environment_error',
    rule: {
      options: [{ action: 'retry', require: [], allow: ['fresh_browser'] }],
      says: 'H Company environment_error: retry as is (fresh_browser accepted), ≤3',
    },
  },
  {
    kind: 'browser.crashed',
    when: (f) => f.provider === 'skyvern' && f.code === 'failed',
    rule: {
      options: [{ action: 'retry', require: [], allow: ['fresh_browser', 'new_proxy'] }],
      says: 'Skyvern failed run (infrastructure): retry, as is or with fresh_browser or new_proxy, ≤3',
    },
  },
];
