import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CANARIES } from '../../mocks/secrets.ts';
import { playwrightTest } from './playwright-test.ts';

const scratch = mkdtempSync(join(tmpdir(), 'faultline-secrets-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every file below `dir`, recursively. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** The decoded bodies of every attachment in a Playwright JSON report (they are stored base64). */
function attachmentBodies(reportFile: string): string[] {
  const bodies: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (Array.isArray(record.attachments)) {
      for (const a of record.attachments as Array<{ body?: string }>)
        if (a.body) bodies.push(Buffer.from(a.body, 'base64').toString('utf8'));
    }
    Object.values(record).forEach(visit);
  };
  visit(JSON.parse(readFileSync(reportFile, 'utf8')));
  return bodies;
}

describe('secrets never reach logs, traces or reports', () => {
  it('the canary API key and proxy password appear in no artifact of a run, passing or failing', () => {
    const outputDir = join(scratch, 'results');
    const run = playwrightTest(
      [
        'hcompany/unauthorized|skyvern/terminated-login-failed|webcompute/unauthorized-authenticate|problem/validation-not-retriable|cli/no-permission|playwright/proxy-resets-mid-response|webcompute/browser-proxy-auth-required|skyvern/browser-proxy-bad-gateway',
        '--reporter=line,json,junit,./harness/report/reporter.ts',
        `--output=${outputDir}`,
      ],
      {
        // Correct and naive handlers and clients, so failure messages and client traffic
        // (where the canary is the API key every request carries) are scanned too.
        FAULTLINE_HANDLER:
          'harness/handlers/reference.ts,harness/handlers/naive-retry-all.ts,harness/handlers/reference-client.ts,harness/handlers/naive-client.ts',
        FAULTLINE_REPORT_DIR: join(scratch, 'conformance'),
        PLAYWRIGHT_JSON_OUTPUT_NAME: join(scratch, 'report.json'),
        PLAYWRIGHT_JUNIT_OUTPUT_NAME: join(scratch, 'junit.xml'),
      },
    );
    const artifacts = files(scratch);
    expect(artifacts.filter((f) => f.includes(join(scratch, 'conformance'))).length).toBe(3);
    expect(run.stdout).toMatch(/failed/); // the naive handler fails: its messages are in the scan
    const traces = attachmentBodies(join(scratch, 'report.json'));
    expect(traces.length).toBeGreaterThan(5);
    const texts = [run.stdout, run.stderr, ...artifacts.map((f) => readFileSync(f, 'latin1')), ...traces];
    for (const canary of CANARIES) expect(texts.filter((t) => t.includes(canary))).toEqual([]);
    // The key did pass through: the trace shows where it was redacted.
    expect(texts.some((t) => t.includes('Invalid API key [redacted]'))).toBe(true);
  }, 300_000);
});
