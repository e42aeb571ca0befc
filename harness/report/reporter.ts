import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { faultlineEnv } from '../env.ts';
import { assertWritable } from '../runner/output-folder.ts';
import { entryOf } from './collect.ts';
import type { ReportEntry } from './entry.ts';
import { conformanceHtml } from './html.ts';
import { conformanceJson } from './json.ts';
import { conformanceMarkdown } from './markdown.ts';
import { reportSeed } from './seed.ts';

/** Where the reports go unless `FAULTLINE_REPORT_DIR` says otherwise. */
export const DEFAULT_REPORT_DIR = 'conformance-report';

/**
 * A Playwright reporter that writes `conformance.json`, `conformance.md` and `conformance.html`
 * (to `FAULTLINE_REPORT_DIR`, default `conformance-report/`) next to Playwright's own reports.
 * It also works under `npx playwright merge-reports`, so shards merge into one report.
 *
 * @example
 * // playwright.config.ts
 * reporter: [['list'], ['faultline/reporter']]
 */
export default class ConformanceReporter implements Reporter {
  private readonly entries = new Map<string, ReportEntry>();
  private readonly folder = resolve(faultlineEnv().FAULTLINE_REPORT_DIR ?? DEFAULT_REPORT_DIR);

  onBegin(): void {
    assertWritable(this.folder, 'the conformance report folder (FAULTLINE_REPORT_DIR)');
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    // A retried test reports once per run: the last one counts.
    this.entries.set(test.id, entryOf(test, result));
  }

  onEnd(): void {
    const entries = [...this.entries.values()];
    const seed = reportSeed(entries, faultlineEnv().FAULTLINE_SEED);
    writeFileSync(join(this.folder, 'conformance.json'), conformanceJson(entries, seed));
    writeFileSync(join(this.folder, 'conformance.md'), conformanceMarkdown(entries, seed));
    writeFileSync(join(this.folder, 'conformance.html'), conformanceHtml(entries, seed));
  }

  printsToStdio(): boolean {
    return false;
  }
}
