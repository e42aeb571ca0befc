import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs `npx playwright test --list` as a user would, with the given env. */
function listTests(env: Record<string, string>) {
  return spawnSync('npx', ['playwright', 'test', '--list'], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });
}

describe('npx playwright test with FAULTLINE_HANDLER', () => {
  it('stops before any test runs, with one clear error, when the handler file is missing', () => {
    const run = listTests({ FAULTLINE_HANDLER: './missing-handler.ts' });
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toMatch(/handler module not found: \.\/missing-handler\.ts/);
  });

  it('gives one project per handler, each running the whole catalogue', () => {
    const run = listTests({ FAULTLINE_HANDLER: 'harness/handlers/naive-retry-all.ts,harness/handlers/naive-never-retry.ts' });
    expect(run.status).toBe(0);
    const out = run.stdout;
    const count = (project: string) => out.split('\n').filter((line) => line.includes(`[${project}]`)).length;
    expect(count('naive-retry-all')).toBeGreaterThanOrEqual(25);
    expect(count('naive-retry-all')).toBe(count('naive-never-retry'));
  });

  it('refuses a FAULTLINE_SEED that is not a number', () => {
    const run = listTests({ FAULTLINE_SEED: 'banana' });
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toMatch(/FAULTLINE_SEED must be a whole number/);
  });

  it('stops with one clear error when the output folder cannot be written', () => {
    const run = spawnSync('npx', ['playwright', 'test', '--output=/sys/faultline-results', '-g', 'hcompany/outcome-infeasible'], { encoding: 'utf8', timeout: 120_000 });
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toMatch(/the output folder \(--output \/ outputDir\) \/sys\/faultline-results is not writable/);
  });
});
