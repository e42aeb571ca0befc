import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestCase, TestResult } from '@playwright/test/reporter';
import { afterAll, describe, expect, it } from 'vitest';
import { entryOf } from '../../harness/report/collect.ts';

const scratch = mkdtempSync(join(tmpdir(), 'faultline-collect-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const trace = {
  scenario: 'webcompute/rate-limited-retry-after',
  handler: 'naive-retry-all',
  seed: 2334892090,
  grade: 'fail',
  attempts: [
    {
      n: 1,
      atMs: 0,
      failure: { kind: 'platform.rate_limited', retryAfterMs: 2_000 },
      decision: { action: 'retry', delayMs: 1_000, changes: [] },
    },
    { n: 2, atMs: 1_000, failure: null, decision: { action: 'accept' } },
  ],
  violations: [{ attempt: 1, rule: 'retry-after', message: 'attempt 1: …' }],
  problems: ['attempt 1: … (rule retry-after: a retry must wait at least what the provider asked)'],
  events: [
    { atMs: 0, attempt: 1, type: 'fired', data: { fault: 'webcompute.gateway', evidence: 'answered HTTP 429' } },
    { atMs: 1_000, attempt: 2, type: 'fired', data: { fault: 'success' } },
  ],
};

const testCase = (
  annotations: TestCase['annotations'] = [
    { type: 'kinds', description: 'platform.rate_limited, platform.unavailable' },
  ],
) =>
  ({
    title: 'webcompute/rate-limited-retry-after',
    tags: ['@webcompute', '@policy', '@client'],
    annotations,
    parent: { project: () => ({ name: 'naive-retry-all' }) },
  }) as unknown as TestCase;

const result = (
  status: TestResult['status'],
  attachments: TestResult['attachments'],
  errors: TestResult['errors'] = [],
  annotations: TestResult['annotations'] = [],
) => ({ status, attachments, errors, annotations }) as unknown as TestResult;

describe('collecting a test result', () => {
  it('reads the attached trace from its body (as after merge-reports)', () => {
    const entry = entryOf(
      testCase(),
      result(
        'failed',
        [{ name: 'faultline-trace.json', contentType: 'application/json', body: Buffer.from(JSON.stringify(trace)) }],
        [{ message: 'long message' }],
      ),
    );
    expect(entry).toEqual({
      scenario: 'webcompute/rate-limited-retry-after',
      handler: 'naive-retry-all',
      provider: 'webcompute',
      kinds: ['platform.rate_limited', 'platform.unavailable'],
      verdict: 'fail',
      broken: [{ rule: 'retry-after', level: 'must', attempt: 1 }],
      problems: trace.problems,
      decisions: [
        {
          attempt: 1,
          atMs: 0,
          kind: 'platform.rate_limited',
          fault: 'webcompute.gateway',
          askedMs: 2_000,
          action: 'retry',
          delayMs: 1_000,
          changes: [],
        },
        { attempt: 2, atMs: 1_000, kind: null, fault: null, askedMs: null, action: 'accept' },
      ],
      seed: 2334892090,
    });
  });

  it('reads the attached trace from its path', () => {
    const path = join(scratch, 'trace.json');
    writeFileSync(path, JSON.stringify({ ...trace, grade: 'pass', violations: [], problems: [] }));
    const entry = entryOf(
      testCase(),
      result('passed', [{ name: 'faultline-trace.json', contentType: 'application/json', path }]),
    );
    expect(entry).toMatchObject({ verdict: 'pass', broken: [], problems: [], seed: 2334892090 });
    expect(entry.decisions).toHaveLength(2);
  });

  it("a failure without a trace keeps Playwright's error messages, without terminal colours", () => {
    const entry = entryOf(
      testCase(),
      result('timedOut', [], [{ message: '\u001b[31mTest timeout of 30000ms exceeded.\u001b[39m' }]),
    );
    expect(entry).toMatchObject({
      verdict: 'fail',
      broken: [],
      problems: ['Test timeout of 30000ms exceeded.'],
      decisions: [],
      seed: null,
    });
  });

  it('a skipped test gives its reason; an unreadable trace counts as none', () => {
    const skip = entryOf(testCase([]), result('skipped', [], [], [{ type: 'skip', description: 'no client mode: …' }]));
    expect(skip).toMatchObject({
      verdict: 'skipped',
      broken: [],
      problems: ['no client mode: …'],
      kinds: [],
      seed: null,
    });
    const garbled = entryOf(
      testCase(),
      result('passed', [
        { name: 'faultline-trace.json', contentType: 'application/json', body: Buffer.from('{"seed": 1, "attem') },
      ]),
    );
    expect(garbled).toMatchObject({ verdict: 'pass', problems: [], decisions: [], seed: null });
  });

  it('takes the grade and the rule levels from a trace that carries them', () => {
    const graded = {
      ...trace,
      grade: 'non-strict',
      violations: [{ attempt: 3, rule: 'backoff-jitter', level: 'should', message: '…' }],
    };
    const attach = (t: object) => [
      { name: 'faultline-trace.json', contentType: 'application/json', body: Buffer.from(JSON.stringify(t)) },
    ];
    // Non-strict passes the Playwright test by default; in strict mode the test fails, and the grade stays non-strict.
    for (const status of ['passed', 'failed'] as const) {
      expect(entryOf(testCase(), result(status, attach(graded)))).toMatchObject({
        verdict: 'non-strict',
        broken: [{ rule: 'backoff-jitter', level: 'should', attempt: 3 }],
      });
    }
    // A test Playwright failed after a passing trace (a timeout in teardown) is never reported as passing.
    expect(
      entryOf(
        testCase(),
        result('failed', attach({ ...trace, grade: 'pass', violations: [], problems: [] }), [
          { message: 'teardown timeout' },
        ]),
      ).verdict,
    ).toBe('fail');
  });
});
