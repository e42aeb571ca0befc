import { describe, expect, it } from 'vitest';
import type { Decision, Failure } from '../../harness/contract/index.ts';
import { describeDecision, describeFailure, formatMs } from '../../harness/oracle/index.ts';
import { failure } from './helpers.ts';

describe('describeDecision', () => {
  it.each<[Decision, string]>([
    [{ action: 'retry', delayMs: 2000, changes: ['fresh_browser'] }, 'retry after 2,000 ms with fresh_browser'],
    [{ action: 'retry', delayMs: 500, changes: [] }, 'retry after 500 ms unchanged'],
    [
      { action: 'retry', delayMs: 0, changes: ['raise_budget', 'narrow_task'] },
      'retry after 0 ms with raise_budget, narrow_task',
    ],
    [{ action: 'escalate', to: 'human', reason: 'captcha wall' }, 'escalate to human: captcha wall'],
    [{ action: 'escalate', to: 'credentials', reason: '' }, 'escalate to credentials'],
    [{ action: 'abort', reason: 'infeasible' }, 'abort: infeasible'],
    [{ action: 'accept' }, 'accept'],
  ])('%o', (decision, words) => {
    expect(describeDecision(decision)).toBe(words);
  });
});

describe('describeFailure', () => {
  it.each<[Partial<Failure>, string]>([
    [{}, 'platform.rate_limited from webcompute'],
    [
      { code: 'RATE_LIMITED', status: 429, retryAfterMs: 2000 },
      'platform.rate_limited from webcompute (code RATE_LIMITED, HTTP 429, Retry-After 2,000 ms)',
    ],
    [
      { provider: 'problem', retryable: false, next: 'abort' },
      'platform.rate_limited from problem (retryable false, next abort)',
    ],
  ])('%o', (fields, words) => {
    expect(describeFailure(failure('platform.rate_limited', fields))).toBe(words);
  });
});

describe('formatMs', () => {
  it.each<[number, string]>([
    [0, '0 ms'],
    [999.6, '1,000 ms'],
    [10_800_000, '10,800,000 ms'],
  ])('%d', (ms, words) => {
    expect(formatMs(ms)).toBe(words);
  });
});
