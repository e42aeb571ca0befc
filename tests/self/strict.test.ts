import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { playwrightTest } from './playwright-test.ts';

const scratch = mkdtempSync(join(tmpdir(), 'faultline-strict-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// The conservative handler gives up on a second 502 after one fresh-browser retry (the bound is
// three): a should-level departure, graded non-strict.
const HANDLER = 'harness/handlers/correct/conservative.ts';
const SCENARIO = 'webcompute/daytona-upstream';

function run(env: Record<string, string>) {
  return playwrightTest([SCENARIO], {
    FAULTLINE_SEED: '7',
    FAULTLINE_HANDLER: HANDLER,
    FAULTLINE_REPORT_DIR: scratch,
    ...env,
  });
}

describe('a non-strict verdict', () => {
  it('passes its test by default, with a warning line and the grade in the report', () => {
    const lenient = run({});
    expect(lenient.status, lenient.stdout + lenient.stderr).toBe(0);
    expect(lenient.stdout + lenient.stderr).toMatch(
      /⚠ non-strict: webcompute\/daytona-upstream × "conservative" broke should-level rules: early-give-up \(FAULTLINE_STRICT=1 fails it\)/,
    );
    const report = JSON.parse(readFileSync(join(scratch, 'conformance.json'), 'utf8'));
    expect(report.entries[0]).toMatchObject({
      scenario: SCENARIO,
      verdict: 'non-strict',
      broken: [{ rule: 'early-give-up', level: 'should', attempt: expect.any(Number) }],
    });
  }, 180_000);

  it('fails it with FAULTLINE_STRICT=1 (tests/runner/strict-config.test.ts checks strict: true in the config)', () => {
    const strict = run({ FAULTLINE_STRICT: '1' });
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(
      /scenario webcompute\/daytona-upstream × handler "conservative": non-strict, 1 problem/,
    );
  }, 180_000);
});
