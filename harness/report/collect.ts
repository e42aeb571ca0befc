import { readFileSync } from 'node:fs';
import type { TestCase, TestResult } from '@playwright/test/reporter';
import { ProviderSchema } from '../contract/kinds.ts';
import type { ReportDecision, ReportEntry } from './entry.ts';

/** The trace `registerScenarioTest` attaches (see harness/runner/report-result.ts). */
interface AttachedTrace {
  seed: number;
  problems: string[];
  attempts: Array<{ n: number; atMs: number; failure: { kind: string } | null; decision: Record<string, unknown> & { action: string } }>;
}

/** Terminal colours in Playwright's error messages. */
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * The report entry of one test result: the verdict from Playwright, the decisions and problems
 * from the attached `faultline-trace.json` (present in merged blob reports too). A failure the
 * trace does not explain (no trace, or a trace without problems) gets Playwright's error messages.
 *
 * @example
 * entries.set(test.id, entryOf(test, result));
 */
export function entryOf(test: TestCase, result: TestResult): ReportEntry {
  const trace = attachedTrace(result);
  const verdict = result.status === 'skipped' ? 'skipped' : result.status === 'passed' ? 'passed' : 'failed';
  const skipReason = [...result.annotations, ...test.annotations].find((a) => a.type === 'skip')?.description;
  const errors = result.errors.map((e) => (e.message ?? String(e.value)).replace(ANSI, ''));
  const problems = trace?.problems.length ? trace.problems : verdict === 'skipped' ? [skipReason || 'skipped'] : verdict === 'failed' ? errors : [];
  return {
    scenario: test.title,
    handler: test.parent.project()?.name ?? '',
    provider: ProviderSchema.options.find((p) => test.tags.includes(`@${p}`)) ?? '',
    kinds: (test.annotations.find((a) => a.type === 'kinds')?.description ?? '').split(', ').filter(Boolean),
    verdict,
    problems,
    decisions: (trace?.attempts ?? []).map(decisionOf),
    seed: trace?.seed ?? null,
  };
}

function decisionOf(attempt: AttachedTrace['attempts'][number]): ReportDecision {
  const { action, delayMs, changes, to, reason } = attempt.decision as { action: string; delayMs?: number; changes?: string[]; to?: string; reason?: string };
  return { attempt: attempt.n, atMs: attempt.atMs, kind: attempt.failure?.kind ?? null, action, delayMs, changes, to, reason };
}

function attachedTrace(result: TestResult): AttachedTrace | null {
  const attachment = result.attachments.find((a) => a.name === 'faultline-trace.json');
  if (!attachment) return null;
  try {
    const text = attachment.body ? attachment.body.toString('utf8') : attachment.path ? readFileSync(attachment.path, 'utf8') : '';
    return JSON.parse(text) as AttachedTrace;
  } catch {
    return null;
  }
}
