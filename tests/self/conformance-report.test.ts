import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveBrowser } from '../../harness/shared/browser-path.ts';

const scratch = mkdtempSync(join(tmpdir(), 'faultline-report-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const SUBSET = 'hcompany/outcome|webcompute/rate-limited|playwright/renderer-crash';
const HANDLERS = 'harness/handlers/reference.ts,harness/handlers/naive-retry-all.ts';
let run: ReturnType<typeof spawnSync>;

beforeAll(() => {
  run = spawnSync('npx', ['playwright', 'test', '-g', SUBSET], {
    encoding: 'utf8',
    timeout: 300_000,
    env: { ...process.env, FAULTLINE_SEED: '5', FAULTLINE_HANDLER: HANDLERS, FAULTLINE_REPORT_DIR: scratch },
  });
}, 300_000);

describe('the conformance report', () => {
  it('writes conformance.json, .md and .html next to the usual reports', () => {
    expect(run.status).toBe(1); // the naive handler is caught
    const report = JSON.parse(readFileSync(join(scratch, 'conformance.json'), 'utf8'));
    expect(report.seed).toBe(5);
    expect(report.summary.reference.fail).toBe(0);
    expect(report.summary['naive-retry-all'].fail).toBeGreaterThan(5);
    const crash = report.entries.find((e: { scenario: string; handler: string }) => e.scenario === 'playwright/renderer-crash' && e.handler === 'reference');
    expect(crash.decisions[0]).toMatchObject({ attempt: 1, kind: 'browser.crashed', action: 'retry', changes: ['fresh_browser'] });
    expect(readFileSync(join(scratch, 'conformance.md'), 'utf8')).toMatch(/\| hcompany\/outcome-infeasible \| ❌ \| ✅ \|/);
  });

  it('merge-reports of the same run writes the same conformance.json, and names the seed without FAULTLINE_SEED', () => {
    const blobs = join(scratch, 'blobs');
    const merged = join(scratch, 'merged');
    const env: NodeJS.ProcessEnv = { ...process.env, FAULTLINE_HANDLER: HANDLERS };
    spawnSync('npx', ['playwright', 'test', '-g', SUBSET, '--reporter=blob'], { encoding: 'utf8', timeout: 240_000, env: { ...env, FAULTLINE_SEED: '5', PLAYWRIGHT_BLOB_OUTPUT_DIR: blobs } });
    delete env.FAULTLINE_SEED;
    const merge = spawnSync('npx', ['playwright', 'merge-reports', '--reporter=./harness/report/reporter.ts', blobs], { encoding: 'utf8', timeout: 60_000, env: { ...env, FAULTLINE_REPORT_DIR: merged } });
    expect(merge.status, merge.stderr).toBe(0);
    expect(readFileSync(join(merged, 'conformance.json'), 'utf8')).toBe(readFileSync(join(scratch, 'conformance.json'), 'utf8'));
  }, 300_000);

  it('the HTML page shows a heatmap, filters it, and shows a cell\'s traces (checked in real Chromium)', async () => {
    const browser = await chromium.launch({ executablePath: resolveBrowser(process.env, chromium.executablePath()).executablePath });
    try {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(join(scratch, 'conformance.html')).href);
      await expect.poll(() => page.locator('#heatmap th').first().textContent()).toBe('kind');
      const rows = page.locator('#heatmap tr[data-kind]');
      const kinds = await rows.count();
      expect(kinds).toBeGreaterThan(3);
      expect(await page.locator('#heatmap tr').first().locator('th').allTextContents()).toEqual(['kind', 'naive-retry-all', 'reference']);
      const captcha = page.locator('tr[data-kind="agent.captcha"]');
      expect(await captcha.locator('td').allTextContents()).toEqual(['0/1', '1/1']);

      await page.fill('#filter', 'rate_limited');
      expect(await page.locator('#heatmap tr[data-kind]:not([hidden])').count()).toBeLessThan(kinds);
      expect(await page.locator('tr[data-kind="platform.rate_limited"]').isVisible()).toBe(true);
      expect(await captcha.isVisible()).toBe(false);
      await page.fill('#filter', 'renderer-crash');
      expect(await page.locator('#heatmap tr[data-kind]:not([hidden])').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.kind))).toEqual(['browser.crashed']);
      await page.fill('#filter', '');
      expect(await page.locator('#heatmap tr[data-kind]:not([hidden])').count()).toBe(kinds);

      await page.click('td[data-kind="platform.rate_limited"][data-handler="naive-retry-all"]');
      await expect.poll(() => page.locator('#details h2').textContent()).toBe('platform.rate_limited × naive-retry-all');
      const cases = await page.locator('#details section.case').count();
      expect(cases).toBeGreaterThan(1);
      const trace = await page.locator('#details .case.fail .trace li').first().textContent();
      expect(trace).toMatch(/^\+0 ms {2}#1 platform\.rate_limited → retry after 1,000 ms$/);
      expect(await page.locator('#details .problem').first().textContent()).toMatch(/rule retry-after/);
      // The filter narrows the cell's scenarios too.
      await page.fill('#filter', 'retry-after');
      expect(await page.locator('#details section.case:not([hidden]) h3').allTextContents()).toEqual([expect.stringMatching(/^FAIL {2}webcompute\/rate-limited-retry-after {2}\(seed \d+\)$/)]);
      await page.fill('#filter', '');
      expect(await page.locator('#details section.case:not([hidden])').count()).toBe(cases);

      // Keyboard: a focused cell opens with Enter.
      await page.focus('td[data-kind="agent.captcha"][data-handler="reference"]');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#details h2').textContent()).toBe('agent.captcha × reference');
      expect(await page.locator('#details .case.pass .trace li').first().textContent()).toMatch(/#1 agent\.captcha → escalate to human$/);

      const shot = join(scratch, 'conformance.png');
      await page.screenshot({ path: shot, fullPage: true });
      expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
      expect(statSync(shot).size).toBeGreaterThan(5_000);
    } finally {
      await browser.close();
    }
  });
});
