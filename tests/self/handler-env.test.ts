import { describe, expect, it } from 'vitest';
import { playwrightTest } from './playwright-test.ts';

/** A Node stack frame, or Node's report of an uncaught error. */
const STACK = /^\s+at |node:internal|triggerUncaughtException|Node\.js v\d/m;

describe('npx playwright test with bad input', () => {
  it.each([
    [
      'a missing handler file',
      { FAULTLINE_HANDLER: './missing-handler.ts' },
      [],
      /^handler module not found: \.\/missing-handler\.ts \(looked at .*missing-handler\.ts\)$/m,
    ],
    [
      'a seed that is not a number',
      { FAULTLINE_SEED: 'banana' },
      [],
      /^FAULTLINE_SEED="banana": expected a whole number$/m,
    ],
    [
      'a missing browser',
      { FAULTLINE_CHROMIUM: '/nonexistent/chrome' },
      [],
      /^FAULTLINE_CHROMIUM=\/nonexistent\/chrome: no executable at that path$/m,
    ],
    [
      'an output folder that cannot be written',
      {},
      ['--output=/sys/faultline-results'],
      /^the output folder \(--output \/ outputDir\) \/sys\/faultline-results is not writable \(\w+\); point it at a writable folder$/m,
    ],
    [
      'a report folder that cannot be written',
      { FAULTLINE_REPORT_DIR: '/sys/faultline-report' },
      [],
      /^the conformance report folder \(FAULTLINE_REPORT_DIR\) \/sys\/faultline-report is not writable/m,
    ],
    [
      'a previous report that is not there',
      { FAULTLINE_PREVIOUS_REPORT: '/nonexistent/conformance.json' },
      [],
      /^\/nonexistent\/conformance\.json: cannot read the conformance report \(ENOENT\)$/m,
    ],
  ])('%s stops the run before any test with the message alone, no stack trace', (_, env, args, message) => {
    const run = playwrightTest(['--list', ...args], env);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stdout + run.stderr).not.toMatch(STACK);
    expect(run.stdout).not.toMatch(/Total: \d+ tests?/);
  });
});

describe('npx playwright test with FAULTLINE_HANDLER', () => {
  it('gives one project per handler, each running the whole catalogue', () => {
    const run = playwrightTest(['--list'], {
      FAULTLINE_HANDLER: 'harness/handlers/naive-retry-all.ts,harness/handlers/naive-never-retry.ts',
    });
    expect(run.status).toBe(0);
    const out = run.stdout;
    const count = (project: string) => out.split('\n').filter((line) => line.includes(`[${project}]`)).length;
    expect(count('naive-retry-all')).toBeGreaterThanOrEqual(25);
    expect(count('naive-retry-all')).toBe(count('naive-never-retry'));
  });
});
