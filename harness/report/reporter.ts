import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { faultlineEnv } from '../env.ts';
import { assertWritable } from '../runner/output-folder.ts';
import { entryOf } from './collect.ts';
import { compareReports } from './compare.ts';
import type { ReportEntry } from './entry.ts';
import { conformanceHtml } from './html.ts';
import { conformanceJson } from './json.ts';
import { conformanceMarkdown } from './markdown.ts';
import { readConformanceReport, type ConformanceReport } from './read-report.ts';
import { reportSeed } from './seed.ts';

/** Where the reports go unless `FAULTLINE_REPORT_DIR` says otherwise. */
export const DEFAULT_REPORT_DIR = 'conformance-report';

/** Where the reports go, and the previous report to compare with. */
export interface ReportSettings {
  folder: string;
  previous: ConformanceReport | null;
}

/**
 * The report folder (`FAULTLINE_REPORT_DIR`), checked writable, and the previous report
 * (`FAULTLINE_PREVIOUS_REPORT`), read and checked. Throws an InputError naming the folder or file.
 * The config calls it so a bad one stops the run before any test starts.
 *
 * @example
 * reportSettings({ FAULTLINE_PREVIOUS_REPORT: 'last/conformance.json' }).previous?.entries.length; // 408
 */
export function reportSettings(env: Record<string, string | undefined> = process.env): ReportSettings {
  const settings = faultlineEnv(env);
  const folder = resolve(settings.FAULTLINE_REPORT_DIR ?? DEFAULT_REPORT_DIR);
  assertWritable(folder, 'the conformance report folder (FAULTLINE_REPORT_DIR)');
  const previous = settings.FAULTLINE_PREVIOUS_REPORT
    ? readConformanceReport(settings.FAULTLINE_PREVIOUS_REPORT)
    : null;
  return { folder, previous };
}

/**
 * A Playwright reporter that writes `conformance.json`, `conformance.md` and `conformance.html`
 * (to `FAULTLINE_REPORT_DIR`, default `conformance-report/`) next to Playwright's own reports;
 * with `FAULTLINE_PREVIOUS_REPORT`, the md and html also show what changed since that report.
 * It also works under `npx playwright merge-reports`, so shards merge into one report.
 *
 * @example
 * // playwright.config.ts
 * reporter: [['list'], ['faultline/reporter']]
 */
export default class ConformanceReporter implements Reporter {
  private readonly entries = new Map<string, ReportEntry>();
  /** Null until onBegin has checked the settings: a bad one is reported once, and nothing is written. */
  private settings: ReportSettings | null = null;

  onBegin(): void {
    this.settings = reportSettings();
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    // A retried test reports once per run: the last one counts.
    this.entries.set(test.id, entryOf(test, result));
  }

  onEnd(): void {
    if (!this.settings) return;
    const { folder, previous } = this.settings;
    const entries = [...this.entries.values()];
    const seed = reportSeed(entries, faultlineEnv().FAULTLINE_SEED);
    const comparison = previous ? compareReports(previous.entries, entries) : undefined;
    writeFileSync(join(folder, 'conformance.json'), conformanceJson(entries, seed));
    writeFileSync(join(folder, 'conformance.md'), conformanceMarkdown(entries, seed, comparison));
    writeFileSync(join(folder, 'conformance.html'), conformanceHtml(entries, seed, comparison));
  }

  printsToStdio(): boolean {
    return false;
  }
}
