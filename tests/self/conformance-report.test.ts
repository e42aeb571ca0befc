import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveBrowser } from '../../harness/shared/browser-path.ts';
import { PLAYWRIGHT_CLI, playwrightTest } from './playwright-test.ts';

const scratch = mkdtempSync(join(tmpdir(), 'faultline-report-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const SUBSET = 'hcompany/outcome|webcompute/rate-limited|playwright/renderer-crash';
const HANDLERS = 'harness/handlers/reference.ts,harness/handlers/naive-retry-all.ts';
let run: ReturnType<typeof playwrightTest>;

beforeAll(() => {
  // One run writes the reports and the blobs the merge test merges again.
  const reporters = '--reporter=list,blob,./harness/report/reporter.ts';
  run = playwrightTest(
    [SUBSET, reporters],
    {
      FAULTLINE_SEED: '5',
      FAULTLINE_HANDLER: HANDLERS,
      FAULTLINE_REPORT_DIR: scratch,
      PLAYWRIGHT_BLOB_OUTPUT_DIR: join(scratch, 'blobs'),
    },
    300_000,
  );
}, 300_000);

describe('the conformance report', () => {
  it('writes conformance.json, .md and .html next to the usual reports', () => {
    expect(run.status).toBe(1); // the naive handler is caught
    const report = JSON.parse(readFileSync(join(scratch, 'conformance.json'), 'utf8'));
    expect(report.seed).toBe(5);
    expect(report.summary.reference.overall.fail).toBe(0);
    expect(report.summary['naive-retry-all'].overall.fail).toBeGreaterThan(5);
    expect(report.summary['naive-retry-all'].layers.platform.fail).toBeGreaterThan(0);
    const crash = report.entries.find(
      (e: { scenario: string; handler: string }) =>
        e.scenario === 'playwright/renderer-crash' && e.handler === 'reference',
    );
    expect(crash.decisions[0]).toMatchObject({
      attempt: 1,
      kind: 'browser.crashed',
      action: 'retry',
      changes: ['fresh_browser'],
    });
    const retryAfter = report.entries.find(
      (e: { scenario: string; handler: string }) =>
        e.scenario === 'webcompute/rate-limited-retry-after' && e.handler === 'naive-retry-all',
    );
    expect(retryAfter.decisions[0]).toMatchObject({ fault: 'webcompute.gateway', askedMs: 2_000, delayMs: 1_000 });
    expect(retryAfter.broken).toContainEqual({ rule: 'retry-after', level: 'must', attempt: 1 });
    const md = readFileSync(join(scratch, 'conformance.md'), 'utf8');
    expect(md).toMatch(/^\| naive-retry-all \| 0 \| \d+ \| [1-9]\d* \| 0 \|/m); // no pass; some non-strict (should-level rules only), most fail
    expect(md).toMatch(/\| hcompany\/outcome-infeasible \| ❌ \| ✅ \|/);
  });

  it('merge-reports of the same run writes the same conformance.json, and names the seed without FAULTLINE_SEED; given a previous report, the md shows what changed', () => {
    const blobs = join(scratch, 'blobs');
    const merged = join(scratch, 'merged');
    // The previous report: the naive handler passed webcompute/rate-limited-retry-after then.
    const previous = JSON.parse(readFileSync(join(scratch, 'conformance.json'), 'utf8'));
    for (const e of previous.entries)
      if (e.scenario === 'webcompute/rate-limited-retry-after')
        Object.assign(e, { verdict: 'pass', broken: [], problems: [] });
    writeFileSync(join(scratch, 'previous.json'), JSON.stringify(previous));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      FAULTLINE_HANDLER: HANDLERS,
      FAULTLINE_PREVIOUS_REPORT: join(scratch, 'previous.json'),
    };
    delete env.FAULTLINE_SEED; // the merge works the seed out from the traces
    const merge = spawnSync(PLAYWRIGHT_CLI, ['merge-reports', '--reporter=./harness/report/reporter.ts', blobs], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...env, FAULTLINE_REPORT_DIR: merged },
    });
    expect(merge.status, merge.stderr).toBe(0);
    expect(readFileSync(join(merged, 'conformance.json'), 'utf8')).toBe(
      readFileSync(join(scratch, 'conformance.json'), 'utf8'),
    );
    expect(readFileSync(join(merged, 'conformance.md'), 'utf8')).toMatch(
      /## Since the previous report\n\n- \*\*worse\*\* · naive-retry-all · webcompute\/rate-limited-retry-after: pass → fail \(retry-after \(must\)\)\n\n/,
    );
  }, 300_000);

  it("the HTML page shows scores, the rules broken most, a heatmap with a filter, and a cell's decision timelines right under it (checked in real Chromium)", async () => {
    const browser = await chromium.launch({
      executablePath: resolveBrowser(process.env, chromium.executablePath()).executablePath,
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(pathToFileURL(join(scratch, 'conformance.html')).href);
      await expect.poll(() => page.locator('#heatmap th').first().textContent()).toBe('kind');

      // Scores at the top: per handler, overall and per layer.
      const naiveScore = page.locator('#scores tr[data-handler="naive-retry-all"]');
      expect(await page.locator('#scores tr').first().locator('th').allTextContents()).toEqual([
        'handler',
        'pass',
        'non-strict',
        'fail',
        'skipped',
        'transport',
        'platform',
        'browser',
        'agent',
        'answer',
      ]);
      expect(await page.locator('#scores tr[data-handler="reference"] td.fail').textContent()).toBe('0');
      expect(Number(await naiveScore.locator('td.fail').textContent())).toBeGreaterThan(5);
      expect(await naiveScore.locator('td[data-layer="platform"]').textContent()).toMatch(/^0 · \d+ · [1-9]\d*$/);
      expect(await naiveScore.locator('td[data-layer="answer"]').textContent()).toBe('–');
      expect(await page.locator('#changes').isHidden()).toBe(true);

      const rows = page.locator('#heatmap tr[data-kind]');
      const kinds = await rows.count();
      expect(kinds).toBeGreaterThan(3);
      expect(await page.locator('#heatmap tr').first().locator('th').allTextContents()).toEqual([
        'kind',
        'naive-retry-all',
        'reference',
      ]);
      const captcha = page.locator('tr[data-kind="agent.captcha"]');
      expect(await captcha.locator('td').allTextContents()).toEqual(['0/1', '1/1']);

      await page.fill('#filter', 'rate_limited');
      expect(await page.locator('#heatmap tr[data-kind]:not([hidden])').count()).toBeLessThan(kinds);
      expect(await page.locator('tr[data-kind="platform.rate_limited"]').isVisible()).toBe(true);
      expect(await captcha.isVisible()).toBe(false);
      await page.fill('#filter', 'renderer-crash');
      expect(
        await page
          .locator('#heatmap tr[data-kind]:not([hidden])')
          .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.kind)),
      ).toEqual(['browser.crashed']);
      await page.fill('#filter', '');
      expect(await page.locator('#heatmap tr[data-kind]:not([hidden])').count()).toBe(kinds);

      // A cell's scenarios open in a row right under the cell's row.
      await page.click('td[data-kind="platform.rate_limited"][data-handler="naive-retry-all"]');
      await expect
        .poll(() => page.locator('#details h2').textContent())
        .toBe('platform.rate_limited × naive-retry-all');
      expect(await page.locator('tr[data-kind="platform.rate_limited"] + tr.details #details').count()).toBe(1);
      const cellBox = await page
        .locator('td[data-kind="platform.rate_limited"][data-handler="naive-retry-all"]')
        .boundingBox();
      const detailsBox = await page.locator('#details').boundingBox();
      expect(detailsBox!.y - (cellBox!.y + cellBox!.height)).toBeLessThan(5);
      const cases = await page.locator('#details section.case').count();
      expect(cases).toBeGreaterThan(1);
      const trace = await page.locator('#details .case.fail .trace li').first().textContent();
      expect(trace).toMatch(/^\+0 ms {2}#1 platform\.rate_limited → retry after 1,000 ms \(asked [\d,]+ ms\)$/);
      expect(await page.locator('#details .problem').first().textContent()).toMatch(/rule retry-after/);

      // The timeline: a retry after 1 s where the platform asked for 2 s, the fault that fired, the rule broken.
      const retryAfter = page.locator(
        '#details section.case[data-scenario="webcompute/rate-limited-retry-after"] svg.timeline',
      );
      expect(await retryAfter.locator('text.label').allTextContents()).toEqual([
        '#1 platform.rate_limited',
        '#2 platform.rate_limited',
        '#3 platform.rate_limited',
        '#4 success',
      ]);
      expect(await retryAfter.locator('text.fault').allTextContents()).toEqual(Array(3).fill('webcompute.gateway'));
      expect(await retryAfter.locator('text.decision').allTextContents()).toEqual([
        ...Array(3).fill('retry after 1 s (asked 2 s)'),
        'accept',
      ]);
      expect(await retryAfter.locator('text.broken').allTextContents()).toEqual(Array(3).fill('✗ retry-after (must)'));
      const waited = await retryAfter.locator('rect.wait.must').first().boundingBox();
      const asked = await retryAfter.locator('rect.asked').first().boundingBox();
      expect(waited!.width / asked!.width).toBeCloseTo(0.5, 1);
      expect(await retryAfter.locator('text.tick').allTextContents()).toEqual(['0', '1 s', '2 s', '3 s', '4 s']);
      const shot = join(scratch, 'conformance.png');
      await page.screenshot({ path: shot, fullPage: true });
      expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
      expect(statSync(shot).size).toBeGreaterThan(5_000);

      // The filter narrows the cell's scenarios too.
      await page.fill('#filter', 'retry-after');
      expect(await page.locator('#details section.case:not([hidden]) h3').allTextContents()).toEqual([
        expect.stringMatching(/^FAIL {2}webcompute\/rate-limited-retry-after {2}\(seed \d+\)$/),
      ]);
      await page.fill('#filter', '');
      expect(await page.locator('#details section.case:not([hidden])').count()).toBe(cases);
      // A second click closes the cell.
      await page.click('td[data-kind="platform.rate_limited"][data-handler="naive-retry-all"]');
      expect(await page.locator('tr.details').count()).toBe(0);

      // Keyboard: a focused cell opens with Enter.
      await page.focus('td[data-kind="agent.captcha"][data-handler="reference"]');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#details h2').textContent()).toBe('agent.captcha × reference');
      expect(await page.locator('#details .case.pass .trace li').first().textContent()).toMatch(
        /#1 agent\.captcha → escalate to human$/,
      );
      expect(await page.locator('#details .case.pass svg.timeline circle.mark.ok').count()).toBe(1);

      // Rules broken most: each scenario links to its timeline.
      const rules = page.locator('#rules li[data-handler="naive-retry-all"]');
      expect(await rules.count()).toBeGreaterThan(1);
      const retryAfterRule = page.locator('#rules li[data-handler="naive-retry-all"][data-rule="retry-after"]');
      expect(await retryAfterRule.textContent()).toMatch(
        /^retry-after must \d+ scenarios?: .*webcompute\/rate-limited-retry-after/,
      );
      await retryAfterRule.locator('a', { hasText: 'webcompute/rate-limited-retry-after' }).click();
      await expect
        .poll(() => page.locator('#details h2').textContent())
        .toBe('platform.rate_limited × naive-retry-all');
      expect(await page.locator('#details section.case.focus').getAttribute('data-scenario')).toBe(
        'webcompute/rate-limited-retry-after',
      );
      expect(await page.locator('#details section.case.focus').isVisible()).toBe(true);
      expect(pageErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('the HTML page given a previous report shows what got worse, linked to its timeline (checked in real Chromium)', async () => {
    const browser = await chromium.launch({
      executablePath: resolveBrowser(process.env, chromium.executablePath()).executablePath,
    });
    try {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(join(scratch, 'merged', 'conformance.html')).href);
      const worse = page.locator('#changes li[data-change="worse"]');
      await expect.poll(() => worse.count()).toBe(1);
      expect(await worse.textContent()).toBe(
        'worse naive-retry-all · webcompute/rate-limited-retry-after: pass → fail (retry-after (must))',
      );
      await worse.locator('a').click();
      await expect
        .poll(() => page.locator('#details section.case.focus .was').textContent())
        .toBe('was pass in the previous report');
    } finally {
      await browser.close();
    }
  });
});
