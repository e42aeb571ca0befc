import { readFileSync } from 'node:fs';
import type { TestCase, TestResult } from '@playwright/test/reporter';
import { ProviderSchema } from '../contract/kinds.ts';
import type { BrokenRule, ReportDecision, ReportEntry, ReportVerdict, RuleLevel } from './entry.ts';

/** The trace `registerScenarioTest` attaches (see harness/runner/report-result.ts). */
interface AttachedTrace {
  seed: number;
  /** The grade, in traces that carry one. */
  grade?: Exclude<ReportVerdict, 'skipped'>;
  problems: string[];
  violations?: Array<{ attempt: number | null; rule: string; level?: RuleLevel }>;
  attempts: Array<{
    n: number;
    atMs: number;
    failure: { kind: string; retryAfterMs?: number | null } | null;
    decision: Record<string, unknown> & { action: string };
  }>;
  events?: Array<{ attempt: number; type: string; data: unknown }>;
}

/** Terminal colours in Playwright's error messages. */
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * The report entry of one test result: the verdict from Playwright and the trace, the decisions,
 * broken rules and problems from the attached `faultline-trace.json` (present in merged blob
 * reports too). A failure the trace does not explain (no trace, or a trace without problems) gets
 * Playwright's error messages.
 *
 * @example
 * entries.set(test.id, entryOf(test, result));
 */
export function entryOf(test: TestCase, result: TestResult): ReportEntry {
  const trace = attachedTrace(result);
  const status = result.status === 'skipped' ? 'skipped' : result.status === 'passed' ? 'passed' : 'failed';
  const { verdict, broken } = verdictOf(status, trace);
  const skipReason = [...result.annotations, ...test.annotations].find((a) => a.type === 'skip')?.description;
  const errors = result.errors.map((e) => (e.message ?? String(e.value)).replace(ANSI, ''));
  const problems = trace?.problems.length
    ? trace.problems
    : verdict === 'skipped'
      ? [skipReason || 'skipped']
      : verdict === 'fail'
        ? errors
        : [];
  const fired = firedFaults(trace);
  return {
    scenario: test.title,
    handler: test.parent.project()?.name ?? '',
    provider: ProviderSchema.options.find((p) => test.tags.includes(`@${p}`)) ?? '',
    kinds: (test.annotations.find((a) => a.type === 'kinds')?.description ?? '').split(', ').filter(Boolean),
    verdict,
    broken,
    problems,
    decisions: (trace?.attempts ?? []).map((attempt) => decisionOf(attempt, fired.get(attempt.n) ?? null)),
    seed: trace?.seed ?? null,
  };
}

/**
 * The verdict and the broken rules with their levels: the trace's grade where it has one (else
 * Playwright's status: passed is `pass`, failed is `fail`), and each violation's level (else
 * `must`). A test Playwright failed is never reported as passing.
 */
function verdictOf(
  status: 'passed' | 'failed' | 'skipped',
  trace: AttachedTrace | null,
): { verdict: ReportVerdict; broken: BrokenRule[] } {
  if (status === 'skipped') return { verdict: 'skipped', broken: [] };
  const graded = trace?.grade ?? (status === 'passed' ? 'pass' : 'fail');
  const broken = (trace?.violations ?? []).map(({ rule, level, attempt }) => ({
    rule,
    level: level ?? 'must',
    attempt,
  }));
  return { verdict: status === 'failed' && graded === 'pass' ? 'fail' : graded, broken };
}

function decisionOf(attempt: AttachedTrace['attempts'][number], fault: string | null): ReportDecision {
  const { action, delayMs, changes, to, reason } = attempt.decision as {
    action: string;
    delayMs?: number;
    changes?: string[];
    to?: string;
    reason?: string;
  };
  const failure = attempt.failure;
  return {
    attempt: attempt.n,
    atMs: attempt.atMs,
    kind: failure?.kind ?? null,
    fault,
    askedMs: failure?.retryAfterMs ?? null,
    action,
    delayMs,
    changes,
    to,
    reason,
  };
}

/** The fault that fired on each attempt, from the trace's `fired` events (the clean success is none). */
function firedFaults(trace: AttachedTrace | null): Map<number, string> {
  const fired = new Map<number, string>();
  for (const event of trace?.events ?? []) {
    const fault = (event.data as { fault?: unknown } | null)?.fault;
    if (event.type === 'fired' && typeof fault === 'string' && fault !== 'success') fired.set(event.attempt, fault);
  }
  return fired;
}

function attachedTrace(result: TestResult): AttachedTrace | null {
  const attachment = result.attachments.find((a) => a.name === 'faultline-trace.json');
  if (!attachment) return null;
  try {
    const text = attachment.body
      ? attachment.body.toString('utf8')
      : attachment.path
        ? readFileSync(attachment.path, 'utf8')
        : '';
    return JSON.parse(text) as AttachedTrace;
  } catch {
    return null;
  }
}
