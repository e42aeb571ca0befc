import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../harness/catalogue/load.ts';
import { clockPlan } from '../../harness/runner/process/clock-plan.ts';
import { CANARY_API_KEY } from '../../mocks/secrets.ts';

// The examples of "Test a client in any language", judged as a user runs them: `faultline judge`.
// CI installs python3, curl and faketime (.ci/run).
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const scratch = mkdtempSync(join(tmpdir(), 'faultline-judge-examples-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let clientScenarios: Record<string, number>;
beforeAll(async () => {
  clientScenarios = {};
  for (const s of await loadCatalogue()) if (s.client) clientScenarios[s.provider] = (clientScenarios[s.provider] ?? 0) + 1;
}, 60_000);

/** `faultline judge …`, its reports in a folder of their own. */
function judge(name: string, args: string[]) {
  const reports = join(scratch, name);
  const run = spawnSync('node', ['bin/faultline.mjs', 'judge', ...args], {
    env: { ...process.env, FAULTLINE_REPORT_DIR: reports, PLAYWRIGHT_JUNIT_OUTPUT_NAME: join(reports, 'junit.xml'), FAULTLINE_SEED: '20261129' },
    encoding: 'utf8',
    timeout: 600_000,
  });
  const conformance = JSON.parse(readFileSync(join(reports, 'conformance.json'), 'utf8')) as { summary: Record<string, { passed: number; failed: number; skipped: number }> };
  const junit = readFileSync(join(reports, 'junit.xml'), 'utf8');
  const everything = [run.stdout, run.stderr, junit, ...['json', 'md', 'html'].map((ext) => readFileSync(join(reports, `conformance.${ext}`), 'utf8'))].join('\n');
  return { run, summary: conformance.summary[args[args.indexOf('--name') + 1]!]!, junit, everything };
}

describe('the examples of "Test a client in any language"', () => {
  it('run on libfaketime here, as in CI', () => {
    expect(clockPlan({ name: 'py', command: [PYTHON], providers: ['hcompany'] }).kind, 'install faketime (apt-get install faketime)').toBe('faketime');
  });

  it('examples/python/reference_client.py passes every client-mode scenario of H Company and Skyvern', () => {
    const { run, summary, junit, everything } = judge('reference', ['--provider', 'hcompany', '--provider', 'skyvern', '--workers', '2', '--name', 'py-reference', '--', PYTHON, 'examples/python/reference_client.py']);
    expect(run.status, run.stdout.slice(-3_000)).toBe(0);
    expect(summary).toEqual({ passed: clientScenarios.hcompany! + clientScenarios.skyvern!, failed: 0, skipped: 0 });
    expect(junit).toMatch(/<testsuites [^>]*failures="0"/);
    expect(everything).not.toContain(CANARY_API_KEY);
  }, 600_000);

  it('examples/python/naive_client.py fails by name on Retry-After, a lost answer resent with a new key, and a captcha', () => {
    const { run, summary, everything } = judge('naive', ['--grep', 'hcompany/rate-limited-retry-after-30-thrice|hcompany/create-answer-lost|skyvern/captcha-in-errors', '--provider', 'hcompany', '--provider', 'skyvern', '--name', 'py-naive', '--', PYTHON, 'examples/python/naive_client.py']);
    expect(run.status).toBe(1);
    expect(summary).toEqual({ passed: 0, failed: 3, skipped: 0 });
    expect(run.stdout).toMatch(/hcompany\/rate-limited-retry-after-30-thrice × handler "py-naive"[\s\S]*?expected retry after ≥ 30,000 ms \(rule retry-after/);
    expect(run.stdout).toMatch(/hcompany\/create-answer-lost × handler "py-naive"[\s\S]*?resent a create whose answer was lost with Idempotency-Key .* two runs now exist/);
    expect(run.stdout).toMatch(/skyvern\/captcha-in-errors × handler "py-naive"[\s\S]*?agent\.captcha .* decided retry/);
    expect(everything).not.toContain(CANARY_API_KEY);
  }, 300_000);

  it('examples/shell/problem_client.sh (curl and sh) passes every client-mode scenario of the Problem API', () => {
    const { run, summary } = judge('shell', ['--provider', 'problem', '--workers', '2', '--name', 'sh-problem', '--', 'sh', 'examples/shell/problem_client.sh']);
    expect(run.status, run.stdout.slice(-3_000)).toBe(0);
    expect(summary).toEqual({ passed: clientScenarios.problem!, failed: 0, skipped: 0 });
  }, 600_000);
});
