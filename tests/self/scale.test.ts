import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PLAYWRIGHT_CLI, playwrightTest, playwrightTestAsync } from './playwright-test.ts';

const SUBSET =
  'playwright/renderer-crash|webcompute/rate-limited-retry-after|hcompany/outcome-(infeasible|blocked-captcha)|skyvern/canceled|problem/unavailable-backoff';
const scratch = mkdtempSync(join(tmpdir(), 'faultline-scale-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A Playwright run of this repository, seeded. */
const playwright = (args: string[], env: Record<string, string> = {}) =>
  playwrightTest(args, { FAULTLINE_SEED: '7', ...env });
/** Like {@link playwright}, without blocking the event loop. */
const playwrightAsync = (args: string[], env: Record<string, string> = {}) =>
  playwrightTestAsync(args, { FAULTLINE_SEED: '7', ...env });

/** The outcome of every test in a Playwright JSON report: `project › title → status`. */
function outcomes(reportFile: string): string[] {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  const rows: string[] = [];
  const walk = (suite: {
    specs?: Array<{ title: string; tests: Array<{ projectName: string; status: string }> }>;
    suites?: unknown[];
  }) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests) rows.push(`${t.projectName} › ${spec.title} → ${t.status}`);
    for (const child of suite.suites ?? []) walk(child as typeof suite);
  };
  for (const suite of report.suites) walk(suite);
  return rows.sort();
}

describe('scale past one machine', () => {
  it('two shards merged give the same results and the same conformance report as one unsharded run', () => {
    const handlers = 'harness/handlers/reference.ts,harness/handlers/naive-retry-all.ts';
    const whole = join(scratch, 'whole.json');
    playwright([SUBSET, '--reporter=json,./harness/report/reporter.ts'], {
      FAULTLINE_HANDLER: handlers,
      PLAYWRIGHT_JSON_OUTPUT_NAME: whole,
      FAULTLINE_REPORT_DIR: join(scratch, 'whole-report'),
    });
    const merged = join(scratch, 'blobs');
    mkdirSync(merged);
    for (const shard of ['1/2', '2/2']) {
      const dir = join(scratch, `blob-${shard.replace('/', '-')}`);
      playwright([SUBSET, `--shard=${shard}`, '--reporter=blob'], {
        FAULTLINE_HANDLER: handlers,
        PLAYWRIGHT_BLOB_OUTPUT_DIR: dir,
      });
      for (const zip of readdirSync(dir)) copyFileSync(join(dir, zip), join(merged, zip));
    }
    const mergedJson = join(scratch, 'merged.json');
    const merge = spawnSync(PLAYWRIGHT_CLI, ['merge-reports', '--reporter=json,./harness/report/reporter.ts', merged], {
      env: {
        ...process.env,
        FAULTLINE_SEED: '7',
        PLAYWRIGHT_JSON_OUTPUT_NAME: mergedJson,
        FAULTLINE_HANDLER: handlers,
        FAULTLINE_REPORT_DIR: join(scratch, 'merged-report'),
      },
      encoding: 'utf8',
    });
    expect(merge.status, merge.stderr).toBe(0);
    const expected = outcomes(whole);
    expect(expected.length).toBeGreaterThan(10);
    expect(expected.some((row) => row.endsWith('→ unexpected'))).toBe(true); // the naive handler is caught
    expect(outcomes(mergedJson)).toEqual(expected);
    // The conformance report of the merged shards is the unsharded run's, byte for byte.
    const conformance = (dir: string) => readFileSync(join(scratch, dir, 'conformance.json'), 'utf8');
    expect(JSON.parse(conformance('whole-report')).entries.length).toBe(expected.length);
    expect(conformance('merged-report')).toBe(conformance('whole-report'));
  }, 300_000);

  it('FAULTLINE_WS_ENDPOINT runs the browser scenarios on a remote Playwright browser server', async () => {
    const server: ChildProcess = spawn(
      PLAYWRIGHT_CLI,
      ['run-server', '--port', '0', '--host', '127.0.0.1', '--unsafe'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
        env: { ...process.env, DEBUG: 'pw:server' },
      },
    );
    let serverLog = '';
    server.stderr!.on('data', (chunk: Buffer) => (serverLog += chunk));
    server.stdout!.on('data', (chunk: Buffer) => (serverLog += chunk));
    try {
      const endpoint = await new Promise<string>((resolve, reject) => {
        server.stdout!.on('data', (chunk: Buffer) => {
          const match = /ws:\/\/127\.0\.0\.1:\d+\/?/.exec(String(chunk));
          if (match) resolve(match[0]);
        });
        server.on('exit', () => reject(new Error('run-server exited')));
      });
      // Asynchronously: the server's log must keep flowing while the run goes on.
      const run = await playwrightAsync(
        ['playwright/(renderer-crash|navigation-timeout|proxy-refused)', '--reporter=line'],
        { FAULTLINE_WS_ENDPOINT: endpoint, DEBUG: 'pw:browser' },
      );
      expect(run.status, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toMatch(/3 passed/);
      // The server launched the browser; the workers launched none of their own.
      expect(serverLog).toMatch(/engaged launch mode for "chromium"/);
      expect(run.stderr).not.toMatch(/<launching>/);
    } finally {
      process.kill(-server.pid!, 'SIGINT');
    }
  }, 120_000);

  it('a run launches one browser, which every worker shares', async () => {
    const run = await playwrightAsync(
      ['playwright/(renderer-crash|navigation-timeout)', '--reporter=line', '--workers=2'],
      { DEBUG: 'pw:browser' },
    );
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/2 passed/);
    // The run's global setup launched it; no worker launched one of its own.
    expect(run.stderr).not.toMatch(/<launching>/);
  }, 120_000);
});
