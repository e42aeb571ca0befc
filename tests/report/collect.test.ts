import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestCase, TestResult } from '@playwright/test/reporter';
import { afterAll, describe, expect, it } from 'vitest';
import { entryOf } from '../../harness/report/collect.ts';

const scratch = mkdtempSync(join(tmpdir(), 'faultline-collect-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const trace = {
  scenario: 'webcompute/rate-limited-retry-after', handler: 'naive-retry-all', seed: 2334892090, grade: 'fail',
  attempts: [
    { n: 1, atMs: 0, failure: { kind: 'platform.rate_limited' }, decision: { action: 'retry', delayMs: 1_000, changes: [] } },
    { n: 2, atMs: 1_000, failure: null, decision: { action: 'accept' } },
  ],
  violations: [
    { attempt: 1, rule: 'retry-after', level: 'must', message: '…' },
    { attempt: 1, rule: 'backoff-min', level: 'should', message: '…' },
    { attempt: 2, rule: 'retry-after', level: 'must', message: '…' },
  ],
  problems: ['attempt 1: … (rule retry-after, must: a retry must wait at least what the provider asked)'], events: [],
};

const testCase = (annotations: TestCase['annotations'] = [{ type: 'kinds', description: 'platform.rate_limited, platform.unavailable' }]) => ({
  title: 'webcompute/rate-limited-retry-after',
  tags: ['@webcompute', '@policy', '@client'],
  annotations,
  parent: { project: () => ({ name: 'naive-retry-all' }) },
}) as unknown as TestCase;

const result = (status: TestResult['status'], attachments: TestResult['attachments'], errors: TestResult['errors'] = [], annotations: TestResult['annotations'] = []) =>
  ({ status, attachments, errors, annotations }) as unknown as TestResult;

describe('collecting a test result', () => {
  it('reads the attached trace from its body (as after merge-reports)', () => {
    const entry = entryOf(testCase(), result('failed', [{ name: 'faultline-trace.json', contentType: 'application/json', body: Buffer.from(JSON.stringify(trace)) }], [{ message: 'long message' }]));
    expect(entry).toEqual({
      scenario: 'webcompute/rate-limited-retry-after',
      handler: 'naive-retry-all',
      provider: 'webcompute',
      kinds: ['platform.rate_limited', 'platform.unavailable'],
      verdict: 'fail',
      rules: [{ rule: 'backoff-min', level: 'should' }, { rule: 'retry-after', level: 'must' }],
      problems: trace.problems,
      decisions: [
        { attempt: 1, atMs: 0, kind: 'platform.rate_limited', action: 'retry', delayMs: 1_000, changes: [] },
        { attempt: 2, atMs: 1_000, kind: null, action: 'accept' },
      ],
      seed: 2334892090,
    });
  });

  it('reads the attached trace from its path', () => {
    const path = join(scratch, 'trace.json');
    writeFileSync(path, JSON.stringify({ ...trace, grade: 'pass', violations: [], problems: [] }));
    const entry = entryOf(testCase(), result('passed', [{ name: 'faultline-trace.json', contentType: 'application/json', path }]));
    expect(entry).toMatchObject({ verdict: 'pass', rules: [], problems: [], seed: 2334892090 });
    expect(entry.decisions).toHaveLength(2);
  });

  it('a failure without a trace keeps Playwright\'s error messages, without terminal colours', () => {
    const entry = entryOf(testCase(), result('timedOut', [], [{ message: '\u001b[31mTest timeout of 30000ms exceeded.\u001b[39m' }]));
    expect(entry).toMatchObject({ verdict: 'fail', problems: ['Test timeout of 30000ms exceeded.'], decisions: [], seed: null });
  });

  it('a non-strict verdict stays non-strict whether its test passed (default) or failed (strict mode)', () => {
    const lenient = { ...trace, grade: 'non-strict', violations: [{ attempt: 3, rule: 'backoff-jitter', level: 'should', message: '…' }] };
    const attached = [{ name: 'faultline-trace.json', contentType: 'application/json', body: Buffer.from(JSON.stringify(lenient)) }];
    for (const status of ['passed', 'failed'] as const) {
      expect(entryOf(testCase(), result(status, attached))).toMatchObject({ verdict: 'non-strict', rules: [{ rule: 'backoff-jitter', level: 'should' }] });
    }
  });

  it('a test that failed after its trace said pass is a fail', () => {
    const passing = { ...trace, grade: 'pass', violations: [], problems: [] };
    const entry = entryOf(testCase(), result('failed', [{ name: 'faultline-trace.json', contentType: 'application/json', body: Buffer.from(JSON.stringify(passing)) }], [{ message: 'worker teardown failed' }]));
    expect(entry).toMatchObject({ verdict: 'fail', problems: ['worker teardown failed'] });
  });

  it('a skipped test gives its reason; an unreadable trace counts as none', () => {
    const skip = entryOf(testCase([]), result('skipped', [], [], [{ type: 'skip', description: 'no client mode: …' }]));
    expect(skip).toMatchObject({ verdict: 'skipped', problems: ['no client mode: …'], kinds: [], seed: null });
    const garbled = entryOf(testCase(), result('passed', [{ name: 'faultline-trace.json', contentType: 'application/json', body: Buffer.from('{"seed": 1, "attem') }]));
    expect(garbled).toMatchObject({ verdict: 'pass', problems: [], decisions: [], seed: null });
  });
});
