import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../harness/catalogue/load.ts';
import type { CommandClient } from '../../harness/contract/index.ts';
import { closeMswServer } from '../../harness/runner/client/msw-server.ts';
import { clockPlan } from '../../harness/runner/process/clock-plan.ts';
import { judgeCommand } from '../../harness/runner/process/judge-command.ts';
import { traceJson } from '../../harness/runner/report-result.ts';
import { knownSecrets } from '../../harness/runner/secrets.ts';
import type { Scenario } from '../../harness/scenario/define.ts';
import { CANARY_API_KEY } from '../../mocks/secrets.ts';

// The examples of "Test a client in any language": the reference clients as a user runs them
// (`faultline judge`: verdict lines, reports, JUnit), the naive one judged the same way in this
// process (no Playwright start per run). CI installs python3, curl and faketime (.ci/run).
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const scratch = mkdtempSync(join(tmpdir(), 'faultline-judge-examples-'));
afterAll(() => {
  closeMswServer();
  rmSync(scratch, { recursive: true, force: true });
});
let clientScenarios: Scenario[];
// Command clients run single tasks; fleets are for in-process clients (the judge skips them, saying why).
const count = (provider: string, tasks: 'single' | 'fleet' = 'single') =>
  clientScenarios.filter((s) => s.provider === provider && (s.tasks === 1) === (tasks === 'single')).length;
beforeAll(async () => {
  clientScenarios = (await loadCatalogue()).filter((s) => s.client);
}, 60_000);

/** Judges the client on the scenarios whose ids match, one after another: each failed one's problems. */
async function judged(client: CommandClient, ids: RegExp): Promise<{ ran: number; failed: Record<string, string> }> {
  const failed: Record<string, string> = {};
  const scenarios = clientScenarios.filter(
    (s) => client.providers.includes(s.provider as CommandClient['providers'][number]) && ids.test(s.id),
  );
  for (const scenario of scenarios) {
    const outcome = await judgeCommand(scenario, client, {
      seed: 20261129,
      realLimitMs: 25_000,
      secrets: knownSecrets(),
    });
    if (outcome.skipped !== null) throw new Error(`${scenario.id} skipped: ${outcome.skipped}`);
    expect(traceJson(outcome)).not.toContain(CANARY_API_KEY);
    if (outcome.grade !== 'pass') failed[scenario.id] = outcome.problems.join('\n');
  }
  return { ran: scenarios.length, failed };
}

/** `faultline judge …`, its reports in a folder of their own. */
function judge(name: string, args: string[]) {
  const reports = join(scratch, name);
  const run = spawnSync('node', ['bin/faultline.mjs', 'judge', ...args], {
    env: {
      ...process.env,
      FAULTLINE_REPORT_DIR: reports,
      PLAYWRIGHT_JUNIT_OUTPUT_NAME: join(reports, 'junit.xml'),
      FAULTLINE_SEED: '20261129',
    },
    encoding: 'utf8',
    timeout: 600_000,
  });
  const conformance = JSON.parse(readFileSync(join(reports, 'conformance.json'), 'utf8')) as {
    summary: Record<string, { overall: Record<string, number> }>;
  };
  const junit = readFileSync(join(reports, 'junit.xml'), 'utf8');
  const everything = [
    run.stdout,
    run.stderr,
    junit,
    ...['json', 'md', 'html'].map((ext) => readFileSync(join(reports, `conformance.${ext}`), 'utf8')),
  ].join('\n');
  return { run, summary: conformance.summary[args[args.indexOf('--name') + 1]!]!.overall, junit, everything };
}

describe('the examples of "Test a client in any language"', () => {
  it('run on libfaketime here, as in CI', () => {
    expect(
      clockPlan({ name: 'py', command: [PYTHON], providers: ['hcompany'] }).kind,
      'install faketime (apt-get install faketime)',
    ).toBe('faketime');
  });

  it('examples/python/reference_client.py passes every client-mode scenario of H Company and Skyvern', () => {
    const { run, summary, junit, everything } = judge('reference', [
      '--provider',
      'hcompany',
      '--provider',
      'skyvern',
      '--workers',
      '3',
      '--name',
      'py-reference',
      '--',
      PYTHON,
      'examples/python/reference_client.py',
    ]);
    expect(run.status, run.stdout.slice(-3_000)).toBe(0);
    expect(summary).toEqual({ pass: count('hcompany') + count('skyvern'), 'non-strict': 0, fail: 0, skipped: 0 });
    expect(junit).toMatch(/<testsuites [^>]*failures="0"/);
    expect(everything).not.toContain(CANARY_API_KEY);
  }, 600_000);

  it('examples/python/naive_client.py fails by name on Retry-After, a lost answer resent with a new key, and a captcha', async () => {
    const naive: CommandClient = {
      name: 'py-naive',
      command: [PYTHON, 'examples/python/naive_client.py'],
      providers: ['hcompany', 'skyvern'],
    };
    const { ran, failed } = await judged(
      naive,
      /^(hcompany\/rate-limited-retry-after-30-thrice|hcompany\/create-answer-lost|skyvern\/captcha-in-errors)$/,
    );
    expect(ran).toBe(3);
    expect(failed['hcompany/rate-limited-retry-after-30-thrice']).toMatch(
      /expected retry after ≥ 30,000 ms \(rule retry-after/,
    );
    expect(failed['hcompany/create-answer-lost']).toMatch(
      /resent a create whose answer was lost with Idempotency-Key .* two runs now exist/,
    );
    expect(failed['skyvern/captcha-in-errors']).toMatch(/agent\.captcha .* decided retry/);
  }, 300_000);

  it('examples/shell/problem_client.sh (curl and sh) passes every client-mode scenario of the Problem API', () => {
    const { run, summary } = judge('shell', [
      '--provider',
      'problem',
      '--workers',
      '3',
      '--name',
      'sh-problem',
      '--',
      'sh',
      'examples/shell/problem_client.sh',
    ]);
    expect(run.status, run.stdout.slice(-3_000)).toBe(0);
    expect(summary).toEqual({ pass: count('problem'), 'non-strict': 0, fail: 0, skipped: count('problem', 'fleet') });
  }, 600_000);
});
