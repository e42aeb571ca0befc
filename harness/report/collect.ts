import { readFileSync } from 'node:fs';
import type { TestCase, TestResult } from '@playwright/test/reporter';
import { ProviderSchema } from '../contract/kinds.ts';
import type { BrokenRule, ReportDecision, ReportEntry, ReportVerdict } from './entry.ts';

/** The trace `registerScenarioTest` attaches (see harness/runner/report-result.ts). */
interface AttachedTrace {
  seed: number;
  grade?: 'pass' | 'non-strict' | 'fail';
  violations?: BrokenRule[];
  problems: string[];
  attempts: Array<{ n: number; atMs: number; failure: { kind: string } | null; decision: Record<string, unknown> & { action: string } }>;
}

/** Terminal colours in Playwright's error messages. */
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * The verdict of a test result: skipped, else the grade the attached trace gives (a non-strict
 * verdict stays non-strict when strict mode failed its test), else Playwright's status; a test
 * that failed although its trace says pass (it failed after judging) is a fail.
 */
function verdictOf(result: TestResult, trace: AttachedTrace | null): ReportVerdict {
  if (result.status === 'skipped') return 'skipped';
  if (trace?.grade && !(trace.grade === 'pass' && result.status !== 'passed')) return trace.grade;
  return result.status === 'passed' ? 'pass' : 'fail';
}

/** Each broken rule once, with its strongest level, sorted by rule. */
function brokenRules(trace: AttachedTrace | null): BrokenRule[] {
  const levels = new Map<string, BrokenRule['level']>();
  for (const { rule, level } of trace?.violations ?? []) if (levels.get(rule) !== 'must') levels.set(rule, level);
  return [...levels].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([rule, level]) => ({ rule, level }));
}

/**
 * The report entry of one test result: the verdict (the trace's grade), the broken rules with
 * their levels, the decisions and problems from the attached `faultline-trace.json` (present in
 * merged blob reports too). A failure the trace does not explain (no trace, or a trace without
 * problems) gets Playwright's error messages.
 *
 * @example
 * entries.set(test.id, entryOf(test, result));
 */
export function entryOf(test: TestCase, result: TestResult): ReportEntry {
  const trace = attachedTrace(result);
  const verdict = verdictOf(result, trace);
  const skipReason = [...result.annotations, ...test.annotations].find((a) => a.type === 'skip')?.description;
  const errors = result.errors.map((e) => (e.message ?? String(e.value)).replace(ANSI, ''));
  const problems = trace?.problems.length ? trace.problems : verdict === 'skipped' ? [skipReason || 'skipped'] : verdict === 'fail' ? errors : [];
  return {
    scenario: test.title,
    handler: test.parent.project()?.name ?? '',
    provider: ProviderSchema.options.find((p) => test.tags.includes(`@${p}`)) ?? '',
    kinds: (test.annotations.find((a) => a.type === 'kinds')?.description ?? '').split(', ').filter(Boolean),
    verdict,
    rules: brokenRules(trace),
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
